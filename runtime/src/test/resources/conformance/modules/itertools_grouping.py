from itertools import groupby, accumulate, chain, zip_longest, starmap
import operator
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot'])
for k, g in groupby(data, key=lambda s: s[0]):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby('aaabbcaaa')])
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(chain('ab', [1, 2], (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(operator.add, zip('ab', 'cd'))))
