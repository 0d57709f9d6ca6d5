# BaseExceptionGroup / ExceptionGroup (PEP 654): construction, validation, message and
# exceptions, str/repr, split/subgroup by type, tuple and predicate, derive, and the metadata
# (traceback, cause, context, notes) the parts of a split keep.


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', type(r).__name__, repr(r))


attempt('no args', lambda: ExceptionGroup())
attempt('one arg', lambda: ExceptionGroup('m'))
attempt('three args', lambda: BaseExceptionGroup('m', [ValueError()], 3))
attempt('empty', lambda: ExceptionGroup('m', []))
attempt('empty tuple', lambda: BaseExceptionGroup('m', ()))
attempt('msg not str', lambda: ExceptionGroup(1, [ValueError()]))
attempt('not a sequence', lambda: ExceptionGroup('m', ValueError()))
attempt('a set', lambda: ExceptionGroup('m', {1}))
attempt('item not exc', lambda: ExceptionGroup('m', [ValueError(), 2]))
attempt('class not instance', lambda: ExceptionGroup('m', [ValueError]))
attempt('base in EG', lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
attempt('base in BEG', lambda: BaseExceptionGroup('m', [KeyboardInterrupt(), ValueError()]))
attempt('BEG of Exceptions', lambda: BaseExceptionGroup('m', [ValueError(), TypeError()]))
attempt('keywords', lambda: ExceptionGroup(message='m', exceptions=[ValueError()]))
attempt('tuple arg', lambda: ExceptionGroup('t', (ValueError(1),)))

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(ExceptionGroup.__name__, ExceptionGroup.__module__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])

eg = ExceptionGroup('top', [ValueError(1), TypeError('t'), ExceptionGroup('inner', [ValueError(2), KeyError('k')])])
print(eg.message, type(eg.exceptions).__name__, len(eg.exceptions))
print(str(eg), '|', repr(eg))
print(eg.args[0], type(eg.args[1]).__name__)
print(str(ExceptionGroup('one', [OSError()])))
print(repr(ExceptionGroup('', [ValueError()])), str(ExceptionGroup('', [ValueError()])))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
for attr in ('message', 'exceptions'):
    try:
        setattr(eg, attr, None)
    except AttributeError as e:
        print(attr, 'AttributeError:', e)

# split and subgroup
match, rest = eg.split(ValueError)
print('split V:', repr(match), '|', repr(rest))
match, rest = eg.split((TypeError, KeyError))
print('split T,K:', repr(match), '|', repr(rest))
print('split all:', eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print('split none:', eg.split(ZeroDivisionError))
print('split EG:', eg.split(ExceptionGroup)[0] is eg)
print('split pred:', eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 2))
print('pred on groups:', eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner'))
print('subgroup V:', repr(eg.subgroup(ValueError)))
print('subgroup none:', eg.subgroup(OSError))
print('subgroup all:', eg.subgroup(lambda e: True) is eg)
print('subgroup leaf not same:', eg.subgroup(ValueError) is eg)
for bad in (3, (ValueError, 3), 'x', [ValueError]):
    try:
        eg.split(bad)
    except TypeError as e:
        print('split', repr(bad), 'TypeError:', e)
try:
    eg.subgroup(None)
except TypeError as e:
    print('subgroup None TypeError:', e)

# derive
d = eg.derive([KeyError(9)])
print('derive:', type(d).__name__, repr(d), d.message)
d = eg.derive([KeyboardInterrupt()])
print('derive base:', type(d).__name__, repr(d))

# metadata copied into each part
try:
    try:
        raise OSError('ctx')
    except OSError:
        raise ExceptionGroup('meta', [ValueError('a'), TypeError('b')]) from KeyError('cause')
except ExceptionGroup as e:
    caught = e
caught.add_note('note 1')
m, r = caught.split(ValueError)
print(repr(m.__cause__), repr(m.__context__), m.__suppress_context__)
print(m.__traceback__.tb_lineno, r.__traceback__.tb_lineno == caught.__traceback__.tb_lineno)
print(m.__notes__, r.__notes__, m.__notes__ is caught.__notes__)
m.add_note('only on match')
print(caught.__notes__, m.__notes__, r.__notes__)
print(m.exceptions[0] is caught.exceptions[0])
print(repr(m.exceptions[0].__traceback__))

plain = ExceptionGroup('plain', [ValueError()])
m, r = plain.split(ValueError)
print(m.__cause__, m.__context__, m.__suppress_context__, m.__traceback__, hasattr(m, '__notes__'))


# a subclass keeps its type only where derive says so
class MyGroup(ExceptionGroup):
    pass


class CodedGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return CodedGroup(self.message, excs, self.code)


g = MyGroup('mine', [ValueError(1), TypeError(2)])
print(repr(g), type(g.split(ValueError)[0]).__name__, type(g.subgroup(TypeError)).__name__)
print(repr(g.derive([ValueError()])))
c = CodedGroup('coded', [ValueError(1), TypeError(2)], 42)
print(repr(c), c.args, c.code)
cm, cr = c.split(TypeError)
print(type(cm).__name__, cm.code, repr(cm.exceptions), type(cr).__name__, cr.code)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5


try:
    BadDerive('bad', [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print('BadDerive TypeError:', e)


class MyBase(BaseExceptionGroup):
    pass


print(repr(MyBase('b', [ValueError()])), type(MyBase('b', [KeyboardInterrupt()])).__name__)
try:
    MyGroup('x', [SystemExit()])
except TypeError as e:
    print('MyGroup TypeError:', e)
bg = BaseExceptionGroup('bg', [KeyboardInterrupt(), ValueError(1)])
print(type(bg).__name__, repr(bg.split(Exception)))
print(type(bg.subgroup(Exception)).__name__, type(bg.subgroup(KeyboardInterrupt)).__name__)

# the exceptions tuple is fixed at construction
src = [ValueError(1)]
g2 = ExceptionGroup('src', src)
src.append(TypeError(2))
print(len(g2.exceptions), g2.args[1] is src, len(g2.args[1]))
print(ExceptionGroup('it', iter([ValueError()])) if False else 'iterator skipped')
