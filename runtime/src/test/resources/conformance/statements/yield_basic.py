def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def with_return():
    yield 1
    yield 2
    return 'done'
g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)
def gen_expr_yield():
    x = yield
    print('received', x)
    yield x * 2
g = gen_expr_yield()
next(g)
print(g.send(21))
print(type(countdown(1)).__name__)
def empty():
    return
    yield
print(list(empty()))
