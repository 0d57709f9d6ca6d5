def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8))
print(f(*[1, 2, 3], c=0, e=9, **{'z': 1}))
args = (10, 20)
kwargs = {'c': 30, 'd': 40, 'extra': 50}
print(f(*args, **kwargs))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, 3), g(1, 2, z=4))
def h(*, key):
    return key
print(h(key='k'))
def many(*a, **k):
    return len(a), len(k)
print(many(), many(*range(5), **dict(a=1, b=2)))
print(f(1, *[2], *[3, 4], c=5, **{'p': 1}, **{'q': 2}))
print(max(*[3, 9, 2]), print('inner', sep='', end='|\n'))
