from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import contextlib, sys

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('b') as t:
    print('body', t)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    raise KeyError('k')
print('after swallow')
try:
    with swallow():
        raise ValueError('v')
except ValueError as e:
    print('passed through', e)

@tag('deco')
def f(x):
    print('in f', x)
    return x * 2
print(f(3), f.__name__)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed', e)

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(42) as v:
    print(v)
with nullcontext() as v:
    print(v)

class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print('enter', self.n); return self.n
    def __exit__(self, *a):
        print('exit', self.n, a[0].__name__ if a[0] else None); return False

with ExitStack() as st:
    xs = [st.enter_context(CM(i)) for i in range(3)]
    st.callback(print, 'callback', 'args', sep='-')
    print(xs)

try:
    with ExitStack() as st:
        st.enter_context(CM('a'))
        st.callback(print, 'cb')
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

def raiser():
    raise KeyError('from cb')
try:
    with ExitStack() as st:
        st.callback(raiser)
        st.enter_context(CM('b'))
except KeyError as e:
    print('caught KeyError', e)

with ExitStack() as st:
    st.push(lambda *a: True)
    raise IndexError
print('push suppressed')

st = ExitStack()
st.callback(print, 'closed later')
st2 = st.pop_all()
st.close()
print('popped')
st2.close()

try:
    with ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print('TypeError', e)

class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
b = Buf()
with redirect_stdout(b):
    print('hidden', 1)
print('captured', repr(''.join(b.parts)))
print(isinstance(nullcontext(), contextlib.AbstractContextManager))
