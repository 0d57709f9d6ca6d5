# ExitStack and contextmanager: exception chaining, suppression and re-raising.
from contextlib import ExitStack, contextmanager, suppress, AbstractContextManager, ContextDecorator


def chain(exc):
    names = []
    while exc is not None:
        names.append('%s(%s)' % (type(exc).__name__, exc))
        exc = exc.__context__
    return ' <- '.join(names)


def raiser(exc):
    def cb(*args):
        raise exc
    return cb


try:
    with ExitStack() as st:
        st.callback(raiser(KeyError('first registered')))
        st.callback(raiser(ValueError('second registered')))
        raise IndexError('body')
except Exception as e:
    print('caught', chain(e))

try:
    with ExitStack() as st:
        st.callback(raiser(KeyError('only')))
except KeyError as e:
    print('caught', chain(e))

log = []
with ExitStack() as st:
    st.push(lambda t, v, tb: log.append(('suppressor', t.__name__ if t else None)) or True)
    st.callback(raiser(RuntimeError('replaced')))
    raise IndexError('body2')
print('suppressed all', log)

class Tracker(AbstractContextManager):
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.swallow

with ExitStack() as st:
    st.enter_context(Tracker('outer', swallow=True))
    st.enter_context(Tracker('inner'))
    raise ZeroDivisionError('zd')
print('after outer swallow')

with Tracker('plain') as t:
    print(t.name)


@contextmanager
def transaction(name):
    print('begin', name)
    try:
        yield name
    except ValueError as e:
        print('rollback', name, e)
        raise
    else:
        print('commit', name)
    finally:
        print('end', name)

try:
    with transaction('t1'):
        raise ValueError('bad data')
except ValueError as e:
    print('propagated', e)
with transaction('t2') as n:
    print('inside', n)


@contextmanager
def converts():
    try:
        yield
    except KeyError as e:
        raise LookupError('converted') from e

try:
    with converts():
        {}['k']
except LookupError as e:
    print('converted', type(e.__cause__).__name__, e.__cause__)


@contextmanager
def stop_inside():
    yield

try:
    with stop_inside():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration passes', e)


class Deco(ContextDecorator):
    def __enter__(self):
        print('deco enter')
    def __exit__(self, *exc):
        print('deco exit', exc[0].__name__ if exc[0] else None)
        return False

@Deco()
def work(x):
    return x * 2
print(work(21))

with suppress():
    print('suppress nothing')
try:
    with suppress(TypeError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError', e)
with suppress(ArithmeticError):
    1 / 0
print('base class suppressed')
stack = ExitStack()
with stack:
    stack.callback(print, 'closing 1')
    with stack.pop_all() as moved:
        moved.callback(print, 'moved runs first')
    print('body ends')
