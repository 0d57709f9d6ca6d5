# Generator-based coroutines (pyperformance coroutines/generators flavour): a ring of relays.
def relay(nxt):
    while True:
        token = yield
        if nxt is not None:
            nxt.send(token + 1)
        else:
            results.append(token)
def consumer():
    total = 0
    while True:
        v = yield total
        total += v
results = []
ring = None
for _ in range(50):
    ring = relay(ring)
    next(ring)
for t in range(200):
    ring.send(t)
print(len(results), results[:5], results[-1], sum(results))
c = consumer()
next(c)
for i in range(1, 1001):
    last = c.send(i)
print(last)
def fib_coroutine():
    a, b = 0, 1
    while True:
        skip = yield a
        for _ in range(skip or 1):
            a, b = b, a + b
f = fib_coroutine()
print([next(f)] + [f.send(k % 3) for k in range(12)])
