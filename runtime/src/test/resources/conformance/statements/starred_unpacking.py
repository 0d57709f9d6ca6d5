def f(*a):
    return a
print(f(*'abc', *[1, 2]))
a, *b = range(1)
print(a, b)
*a, b = [1, 2, 3]
print(a, b)
first, *_, last = 'python'
print(first, last)
rows = [(1, 'a', True), (2, 'b', False)]
for num, *others in rows:
    print(num, others)
merged = [*range(3), *[10, 11]]
print(merged)
t = (*'xy',)
print(t)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
