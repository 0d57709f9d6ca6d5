def outer(n):
    def mul(x):
        return x * n
    return mul

doubler = outer(2)
tripler = outer(3)
print(doubler(5), tripler(5), outer(10)(10))
print(doubler.__name__, outer.__name__)
funcs = {name: outer(k) for k, name in enumerate(['zero', 'one', 'two'])}
print([funcs[n](7) for n in ['zero', 'one', 'two']])
print((lambda f: f(f, 10))(lambda self, n: 1 if n <= 1 else n * self(self, n - 1)))
