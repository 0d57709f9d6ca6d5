sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
kw = lambda *a, **k: (a, sorted(k.items()))
print(kw(1, 2, z=3, y=4))
print((lambda: 'no args')())
print((lambda x, *, y: x - y)(10, y=3))
