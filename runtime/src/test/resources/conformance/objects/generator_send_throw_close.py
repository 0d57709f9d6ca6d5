def averager():
    total = count = 0
    avg = None
    while True:
        try:
            v = yield avg
        except ValueError as e:
            print('caught inside:', e)
            avg = 'reset'
            total = count = 0
            continue
        except GeneratorExit:
            print('closing with count', count)
            raise
        total += v
        count += 1
        avg = total / count
g = averager()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.throw(ValueError('bad value')))
print(g.send(5))
g.close()
g.close()
try:
    g.send(1)
except StopIteration:
    print('StopIteration after close')
def simple():
    yield 1
    yield 2
s = simple()
next(s)
try:
    s.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
try:
    next(s)
except StopIteration:
    print('exhausted')
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print(e)
def with_finally():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('finally in generator')
w = with_finally()
print(next(w))
w.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignores_exit()
next(ie)
try:
    ie.close()
except RuntimeError as e:
    print('RuntimeError', e)
