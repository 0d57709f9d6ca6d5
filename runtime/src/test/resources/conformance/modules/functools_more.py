from functools import reduce, partial, lru_cache, wraps, cmp_to_key
import operator
compose = lambda *fs: reduce(lambda f, g: lambda x: f(g(x)), fs)
inc = partial(operator.add, 1)
dbl = partial(operator.mul, 2)
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(reduce(lambda acc, w: acc + [len(w)], ['ab', 'cde', ''], []))
@lru_cache(maxsize=128)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache_info().hits > 0)
def timed_name(fn):
    @wraps(fn)
    def inner(*a):
        return fn.__name__ + ':' + str(fn(*a))
    return inner
@timed_name
def area(w, h):
    """Area of a rectangle."""
    return w * h
print(area(3, 4), area.__name__, area.__doc__)
people = [('ann', 31), ('bob', 25), ('cy', 31)]
def by_age_then_name(a, b):
    if a[1] != b[1]:
        return b[1] - a[1]
    return (a[0] > b[0]) - (a[0] < b[0])
print(sorted(people, key=cmp_to_key(by_age_then_name)))
p = partial(print, sep='|')
p('a', 'b', 'c')
print(partial(partial(int, base=16), '1f')())
