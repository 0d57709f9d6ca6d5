data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
recs = [('bob', 25), ('ann', 30), ('cid', 25), ('dan', 20)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
print(sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((3, 1, 2), reverse=True))
print(list(reversed([1, 2, 3])), ''.join(reversed('abc')), list(reversed(range(4))))
l = [3, 1, 2]
l.sort()
print(l)
l.sort(key=lambda x: -x)
print(l)
class R:
    def __len__(self): return 3
    def __getitem__(self, i): return 'rev%d' % i
print(list(reversed(R())))
stable = sorted([(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')], key=lambda t: t[0])
print(stable)
print(sorted([0.5, -1, 3, 2.25]), sorted([[2, 1], [1, 2], [1]]))
