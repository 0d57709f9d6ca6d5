# traceback.format_exception / print_exception of exception groups: CPython 3.11's boxes
# ("+-+---- 1 ----"), nested groups, chained exceptions inside a group, notes, the
# "and N more exceptions" cut after 15 sub-exceptions, and groups without a traceback.
import sys
import traceback


def show(exc):
    text = ''.join(traceback.format_exception(exc))
    print(text.replace(__file__, 'FILE'), end='')
    print('-----')


def fail(n):
    raise ValueError(n)


def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup('collected', errors)


try:
    collect()
except ExceptionGroup as e:
    show(e)

show(ExceptionGroup('no traceback', [TypeError('t'), ExceptionGroup('nested', [KeyError('k'), OSError(2, 'gone')])]))

try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError('in handler')
except ExceptionGroup as e:
    show(e)

try:
    raise ExceptionGroup('caused', [ValueError('v')]) from KeyError('the cause')
except ExceptionGroup as e:
    e.add_note('first note')
    e.add_note('second\nnote')
    e.exceptions[0].add_note('leaf note')
    show(e)

show(ExceptionGroup('wide', [ValueError(i) for i in range(17)]))

deep = ValueError('bottom')
for i in range(12):
    deep = ExceptionGroup('level %d' % i, [deep])
show(deep)

# a sub-exception with its own context
try:
    try:
        raise ZeroDivisionError('zero')
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as e:
    inner = e
show(ExceptionGroup('ctx', [inner]))

# chain=False and print_exception to a file object
class Lines:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


out = Lines()
traceback.print_exception(ExceptionGroup('printed', [ValueError('p')]), file=out)
print(''.join(out.parts), end='')
print(''.join(traceback.format_exception_only(ExceptionGroup('only', [ValueError()]))), end='')

# TracebackException keeps the sub-exceptions of a group
te = traceback.TracebackException.from_exception(ExceptionGroup('te', [ValueError('a'), ExceptionGroup('b', [KeyError('k')])]))
print(te.exc_type.__name__, [x.exc_type.__name__ for x in te.exceptions], te.exceptions[1].exceptions[0].exc_type.__name__)
print(traceback.TracebackException.from_exception(ValueError()).exceptions)
print(''.join(te.format()), end='')
