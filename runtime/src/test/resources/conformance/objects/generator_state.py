def counter(start):
    n = start
    while True:
        cmd = yield n
        if cmd == 'reset':
            n = start
        elif cmd == 'stop':
            return f'stopped at {n}'
        else:
            n += 1
c = counter(10)
print(next(c), next(c), c.send(None), c.send('reset'), next(c))
try:
    c.send('stop')
except StopIteration as e:
    print(e.value)
def running_check():
    yield
gen = running_check()
print(next(gen), list(gen))
def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(pipeline())
def gen_with_exc():
    yield 1
    raise ValueError('inside generator')
g = gen_with_exc()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('ValueError', e)
print(list(g))
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print('RuntimeError', e)
