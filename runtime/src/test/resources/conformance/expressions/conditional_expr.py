for n in range(-2, 3):
    s = 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
    print(n, s)
print([x if x % 2 else -x for x in range(6)])
f = lambda n: 'even' if n % 2 == 0 else 'odd'
print(f(3), f(4))
a = None
print(a if a is not None else 'default')
print((1 if True else 2) + (3 if False else 4))
