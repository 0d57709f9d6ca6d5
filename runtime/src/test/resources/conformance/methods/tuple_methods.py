t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.index(3), t.index(2, 2), len(t), t[1:4], t[::-1])
print(t + (4,), t * 0, (1,) * 3, 3 in t, min(t), max(t), sum(t))
print(tuple(sorted(t)), sorted(t, reverse=True))
a, b, *c = t
print(a, b, c)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
try:
    nested[0] = 9
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
print((1, 2) == (1, 2), (1, 2) != (1, 3), (2,) > (1, 99), () < (0,))
print(hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
