# Conformance test for itertools: every line must match CPython 3.11's output.
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, groupby, islice,
                       pairwise, permutations, product, repeat, starmap, takewhile, tee,
                       zip_longest)


def check(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


print(callable(itertools.count), callable(itertools.chain.from_iterable))

# count
c = count()
print([next(c) for _ in range(3)])
print(list(islice(count(10, 5), 4)))
print(list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(5, -1), 3)))
print(repr(count()), repr(count(3, 2)), repr(count(2, 1.0)))
c = count(7)
next(c)
print(repr(c))
check('count str', lambda: count('a'))

# cycle
print(list(islice(cycle('abc'), 7)))
print(list(cycle([])))
check('cycle int', lambda: cycle(5))


def noisy():
    for i in range(3):
        print('  produce', i)
        yield i


cy = cycle(noisy())
print([next(cy) for _ in range(5)])

# repeat
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)))
print(list(islice(repeat(None), 2)))
print(repr(repeat(1)), repr(repeat('a', 2)), repr(repeat(1, -5)))
r = repeat(4, 3)
next(r)
print(repr(r), list(r))
print(list(map(pow, range(5), repeat(2))))
print(list(repeat(times=2, object='k')))

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2], initial=None)))
check('accumulate int', lambda: accumulate(3))

# chain
print(list(chain('ab', [1, 2], (), range(2))))
print(list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print(list(chain.from_iterable(iter([range(3), [], 'z']))))
ch = chain([1], 5)
print(next(ch))
check('chain bad', lambda: next(ch))
print(isinstance(chain(), chain), iter(ch) is ch)


def lazy_sources():
    print('  source 1')
    yield [1, 2]
    print('  source 2')
    yield [3]


cf = chain.from_iterable(lazy_sources())
print('made')
print(list(cf))

# compress
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1, 1, 1, 1])), list(compress('ABCDE', [0, 1])))

# dropwhile / takewhile
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [1, 2])))
it = iter([1, 2, 10, 3, 4])
print(list(takewhile(lambda x: x < 5, it)), list(it))
check('takewhile None', lambda: list(takewhile(None, [1, 0])))

# filterfalse
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))

# pairwise
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))

# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3], [True])))
print(list(zip_longest()), list(zip_longest([], [])))
check('zip_longest int', lambda: zip_longest([], 1))

# islice
print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABCDEFG', 1, 6, 3)))
print(list(islice('ABCDEFG', None)))
print(list(islice('ABCDEFG', None, None, None)))
print(list(islice('AB', 5, 8)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 8, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))
check('islice -1', lambda: islice([], -1))
check('islice -1,3', lambda: islice([], -1, 3))
check('islice 1,-3', lambda: islice([], 1, -3))
check('islice step 0', lambda: islice([], 1, 3, 0))
check('islice step -1', lambda: islice([], 1, 3, -1))
check('islice str', lambda: islice([], 'a'))
check('islice float', lambda: islice([], 1.0))
check('islice no args', lambda: islice([]))
check('islice 5 args', lambda: islice([], 1, 2, 3, 4))
check('islice int', lambda: islice(5, 3))
check('islice -5', lambda: islice([], -5))
check('islice 3,-1', lambda: islice([], 3, -1))
check('islice a,3', lambda: islice([], 'a', 3))
check('islice -1,-1', lambda: islice([], -1, -1))
check('islice int bad stop', lambda: islice(5, -1))
check('islice step str', lambda: islice([], 0, 3, 'x'))
print(list(islice(range(10), True, 5, True)))

# product
print(list(product('ab', range(2))))
print(list(product([0, 1], repeat=2)))
print(list(product('ab', 'c', repeat=2)))
print(list(product()), list(product([])), list(product('ab', [])), list(product(repeat=0)))
print(len(list(product(range(3), repeat=3))))
check('product -1', lambda: product('a', repeat=-1))
gen_calls = []


def recorder():
    gen_calls.append('pulled')
    yield 1


p = product(recorder())
print(gen_calls)

# permutations
print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations('AB', 0)), list(permutations('AB', 3)), list(permutations([])))
print(len(list(permutations(range(5)))), len(list(permutations(range(6), 3))))
check('permutations -1', lambda: permutations('a', -1))
check('permutations str', lambda: permutations('a', 'b'))

# combinations
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations('AB', 0)), list(combinations('AB', 3)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))))
check('combinations -1', lambda: combinations('a', -1))

# combinations_with_replacement
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement('AB', 0)), list(combinations_with_replacement('A', 3)))
print(len(list(combinations_with_replacement(range(5), 3))))

# groupby
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(['apple', 'avocado', 'bean', 'beet', 'corn'],
                                          key=lambda w: w[0])])
print(list(groupby([])))
groups = list(groupby('AABBC'))
print([(k, list(g)) for k, g in groups])
gb = groupby('AAABBB')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
gb = groupby([1, 2, 2, 3])
k, g = next(gb)
print(k, list(g), list(g))
print(next(gb)[0], next(gb)[0])
check('groupby end', lambda: next(gb))
nan = float('nan')
print([(k is nan, len(list(g))) for k, g in groupby([nan, nan, 1])])

# tee
a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
print(tee([1]) != (), len(tee('abc', 3)), tee('x', 0))
a, b = tee(iter([1, 2, 3]))
c, d = tee(a)
print(list(c), list(d), list(b))
check('tee -1', lambda: tee([], -1))
src = iter('xyz')
x, y = tee(src)
print(next(x), next(src), list(y))
t1, t2, t3 = tee(noisy(), 3)
print(next(t1), next(t2), next(t1), next(t3), next(t3), next(t3))

# laziness and eager argument checks
print(type(islice([], 1)) is not list)
check('product int', lambda: product(1))
check('combinations int', lambda: combinations(1, 1))
check('compress int', lambda: compress([1], 1))
check('starmap int', lambda: starmap(pow, 1))
check('pairwise int', lambda: pairwise(1))
check('groupby int', lambda: groupby(1))
check('dropwhile int', lambda: dropwhile(bool, 1))
check('filterfalse int', lambda: filterfalse(bool, 1))

# recipes people write with these
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def roundrobin(*iterables):
    pending = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))


print(list(flatten([[1, 2], [3]])))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(powerset([1, 2, 3])))
print(list(roundrobin('ABC', 'D', 'EF')))
print(sum(1 for _ in zip(count(), 'abc')))
print(dict(zip(count(1), 'xyz')))
