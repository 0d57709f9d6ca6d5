def v(x):
    print('eval', x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
a = 5
print(0 <= a < 10, a == 5 != 6, 1 < a > 2)
print('a' < 'b' < 'c', [1, 2] < [1, 3], (1, 2, 3) > (1, 2))
print(1 == 1.0, 'x' in 'xyz', 3 not in [1, 2], None is None, [] is not [])
x = [1]
y = x
print(x is y, x == [1], x is [1])
print(1 < 2 == 2 < 3, 1 in [1] in [[1]])
