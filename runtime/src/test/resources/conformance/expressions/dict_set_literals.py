d = {'one': 1, 'two': 2, **{'three': 3}}
print(d, len(d))
d2 = {**d, 'one': 100}
print(d2)
print({1: 'a', 1.0: 'b', True: 'c'})
s = {3, 1, 2, 1, 3}
print(sorted(s), len(s), 2 in s)
print({*[1, 2], *(2, 3)} == {1, 2, 3})
print([*range(3), *'ab'], (*[1], 2))
empty = {}
print(type(empty).__name__, type(set()).__name__, set())
print({(1, 2): 'tuple key'}[(1, 2)])
print({frozenset([1]): 'fs'}[frozenset([1])])
