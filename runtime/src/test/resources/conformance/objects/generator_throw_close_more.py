def worker():
    results = []
    try:
        while True:
            try:
                job = yield len(results)
                results.append(job * 2)
            except KeyError as e:
                results.append(f'skipped {e.args[0]}')
    finally:
        print('worker closing with', results)
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(KeyError('job-x')))
print(w.send(5))
w.close()
print('closed')
def inner():
    try:
        yield 'i1'
        yield 'i2'
    except ValueError:
        yield 'inner handled ValueError'
    finally:
        print('inner finally')
def outer():
    yield from inner()
    yield 'after inner'
o = outer()
print(next(o))
print(o.throw(ValueError))
print(next(o))
o.close()
def closes_cleanly():
    yield 1
c = closes_cleanly()
c.close()
print(list(c))
def catches_and_returns():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        return
g = catches_and_returns()
next(g)
g.close()
def throw_type():
    try:
        yield
    except TypeError as e:
        print('caught', repr(e))
        yield 'recovered'
t = throw_type()
next(t)
print(t.throw(TypeError('bad type')))
try:
    t.throw(IndexError('not caught'))
except IndexError as e:
    print('propagated', e)
