# Two- and three-element swaps (compiled without a tuple) keep CPython's order: every value
# first, then the targets left to right; unpacking a non-iterable names its type.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'x', 'y', 'z'
x, y, z = z, x, y
print(x, y, z)
[p, q] = a + 1, b * 2
print(p, q)
l = [0, 0, 0]
i = 0
i, l[i] = 2, 5
print(i, l)


def order():
    log = []

    def f(v):
        log.append(v)
        return v

    class T:
        def __setattr__(self, k, v):
            log.append('set ' + k + '=' + str(v))

    t = T()
    t.a, t.b, t.c = f(1), f(2), f(3)
    t.a, t.b = f(4), f(5)
    print(log)


order()


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(90))
for bad in (1, None, 2.5):
    try:
        (m, n), o = bad, 2
    except TypeError as e:
        print(e)
    try:
        m, *n = bad
    except TypeError as e:
        print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)


class It:
    def __init__(self):
        self.calls = 0

    def __iter__(self):
        self.calls += 1
        return iter([1, 2])


it = It()
u, v = it
print(u, v, it.calls)
print(*[(s, t) for s, t in zip('ab', 'cd')])
