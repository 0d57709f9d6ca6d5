from itertools import islice, count, cycle, groupby, accumulate, chain, product, permutations, combinations, zip_longest, starmap, repeat
import operator
evens = (x for x in count() if x % 2 == 0)
print(list(islice(evens, 5)))
colors = cycle(['red', 'green'])
print([(i, next(colors)) for i in range(5)])
runs = [(k, sum(1 for _ in g)) for k, g in groupby([1, 1, 2, 2, 2, 1, 3, 3])]
print(runs)
print(list(accumulate(range(1, 8), operator.mul)))
grid = [''.join(p) for p in product('AB', '12', repeat=1)]
print(grid)
print([''.join(p) for p in permutations('xyz', 2)], list(combinations(range(4), 2)))
print(list(zip_longest(range(3), repeat('-', 1), fillvalue='.')))
print(sum(starmap(operator.mul, zip(range(5), range(5, 10)))))
print(list(chain.from_iterable(repeat([1, 2], 3))))
print(list(islice(accumulate(cycle([1, -1, 2])), 9)))
