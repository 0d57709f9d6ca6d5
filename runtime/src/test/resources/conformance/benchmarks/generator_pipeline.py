# Generator pipelines (pyperformance generators style): producers, filters, windows, merge.
def integers(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    for _ in range(n):
        yield next(it)

def primes():
    found = []
    for n in integers(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)

def merge_sorted(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)

def tree_walk(depth):
    if depth == 0:
        yield 1
        return
    yield from tree_walk(depth - 1)
    yield depth
    yield from tree_walk(depth - 1)

ps = list(take(30, primes()))
print(ps)
gaps = [b - a for a, b in window(iter(ps), 2)]
print(gaps, max(gaps))
print(list(merge_sorted(range(0, 20, 3), range(1, 20, 4))))
print(sum(tree_walk(12)), len(list(tree_walk(10))))
evens = (x for x in integers() if x % 2 == 0)
squares = (x * x for x in evens)
print(list(take(10, squares)))
total = 0
for chunk in window(take(1000, integers()), 10):
    total += sum(chunk) % 7
print(total)
