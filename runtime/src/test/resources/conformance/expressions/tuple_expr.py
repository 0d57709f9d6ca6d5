t = 1, 2, 3
print(t, type(t).__name__, len(t))
single = 1,
print(single, (), tuple())
a, b = b, a = 1, 2
print(a, b)
print((1, 2) + (3,), (1, 2) * 2, (1, [2]) [1], 2 in (1, 2))
print((1, 2) == (1, 2), (1, 2) < (1, 2, 0), (0, 'a') < (0, 'b'))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print(hash((1, 2)) == hash((1, 2)))
x, (y, z) = 1, (2, 3)
print(x, y, z)
