a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([5, 6], {7})
print(sorted(s), len(s))
s.discard(100)
s.remove(5)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print('KeyError', e)
c = s.copy()
c.clear()
print(sorted(s), c)
x = {1, 2, 3}
x |= {4}
x &= {2, 3, 4}
x -= {3}
x ^= {9, 2}
print(sorted(x))
fs = frozenset([1, 2])
print(sorted(fs | {3}), fs == {1, 2}, hash(fs) == hash(frozenset({2, 1})), fs.issubset(a))
print(len({(1, 2), (1, 2), (2, 1)}), sorted({'b', 'a', 'c'}), 2 in {1, 2})
p = {10, 20}
print(p.pop() in (10, 20), len(p))
words = {'apple', 'banana', 'cherry'}
print(sorted(w.upper() for w in words), sorted(words - {'banana'}))
print(set('abracadabra') == set('abcdr'), sorted(set('abracadabra')))
print({1, 2} == frozenset({1, 2}), {1} != {2})
