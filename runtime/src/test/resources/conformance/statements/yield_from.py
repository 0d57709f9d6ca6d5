def inner():
    yield 1
    yield 2
    return 'inner-result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield from range(3, 5)
    yield from 'ab'
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def echo():
    while True:
        got = yield
        if got is None:
            return 'echo done'
        print('echo', got)
def delegator():
    r = yield from echo()
    yield r
d = delegator()
next(d)
d.send('a')
d.send('b')
print(d.send(None))
def tree(n):
    if n == 0:
        yield 'leaf'
        return
    yield from tree(n - 1)
    yield 'node%d' % n
    yield from tree(n - 1)
print(list(tree(2)))
