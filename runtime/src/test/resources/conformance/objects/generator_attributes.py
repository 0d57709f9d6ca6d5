# Generator and coroutine introspection: gi_frame (None once finished), gi_running (True
# only while the body runs), gi_code, gi_yieldfrom, gi_suspended, and the cr_* twins.
import sys


def sub():
    yield 'a'
    yield 'b'
    return 'subret'


def gen(n):
    x = n * 2
    here = sys._getframe()
    same = g.gi_frame.f_code is here.f_code
    del here
    print('inside: running', g.gi_running, 'suspended', g.gi_suspended, 'same frame', same)
    line = getattr(g.gi_frame, 'f_lineno')
    print('inside: line', line, sorted(g.gi_frame.f_locals))
    yield x
    r = yield from sub()
    y = x + 1
    yield r


g = gen(3)
print(type(g).__name__, g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(g.gi_code.co_name, g.gi_code is gen.__code__, type(g.gi_code).__name__, g.gi_code.co_firstlineno)
print('new frame:', type(g.gi_frame).__name__, g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, g.gi_frame.f_locals)
print(next(g))
print('at first yield:', g.gi_frame.f_lineno, g.gi_suspended, g.gi_running, sorted(g.gi_frame.f_locals))
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name, g.gi_frame.f_lineno)
inner = g.gi_yieldfrom
print('delegate:', inner.gi_frame.f_lineno, inner.gi_running, inner.gi_suspended)
print(next(g), g.gi_yieldfrom is inner)
print(next(g), g.gi_yieldfrom, inner.gi_frame, inner.gi_suspended)
print(sorted(g.gi_frame.f_locals.items()))
for v in g:
    print('rest', v)
print('finished:', g.gi_frame, g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_code.co_name)

g2 = gen(1)
g2.close()
print('closed before start:', g2.gi_frame, g2.gi_suspended)

g3 = (i * i for i in range(3))
print(g3.gi_code.co_name, g3.gi_frame.f_lineno, next(g3), g3.gi_frame is not None, g3.gi_suspended)
print(list(g3), g3.gi_frame)


def fail():
    yield 1
    raise ValueError('boom')


g4 = fail()
next(g4)
try:
    next(g4)
except ValueError as e:
    print('raised:', e, g4.gi_frame, g4.gi_running)


def closer():
    try:
        yield 1
    finally:
        print('finally: running', c1.gi_running, 'frame', c1.gi_frame is not None)


c1 = closer()
next(c1)
c1.close()
print('after close:', c1.gi_frame, c1.gi_suspended)


def reentrant():
    try:
        next(r1)
    except ValueError as e:
        print('re-entered:', e)
    yield 'ok'


r1 = reentrant()
print(next(r1))


def delegating_to_iter():
    yield from [1, 2]


d = delegating_to_iter()
next(d)
print('list iterator delegate:', type(d.gi_yieldfrom).__name__)


async def co():
    return 1


c = co()
print('coroutine:', c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_frame.f_lineno, c.cr_origin, c.cr_suspended)
print(hasattr(c, 'gi_frame'), hasattr(g, 'cr_frame'))
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value, c.cr_frame, c.cr_running)
