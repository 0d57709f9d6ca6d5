# Sets of small ints iterate in a deterministic order in CPython (hash(i) == i).
s = {5, 3, 1, 4, 2}
print(s)
print(list({10, 2, 7}))
print({x % 5 for x in range(20)})
t = set(range(10))
t.discard(4)
print(t)
print(frozenset({3, 2, 1}))
