import sys
def helper():
    return sys._getframe(1).f_globals['__name__']
def where():
    return sys._getframe(1).f_lineno
def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_code.co_filename.endswith('.py'))
    print(sorted(fr.f_locals))
    print(fr.f_back.f_code.co_name)
    print(sys._getframe().f_lineno - f.__code__.co_firstlineno)
    print(where() - f.__code__.co_firstlineno)
    return helper()
print(f(1))
def outer():
    x = 5
    def inner():
        return x, sys._getframe().f_locals
    return inner()
print(outer())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_globals is globals(), top.f_locals is globals())
try:
    sys._getframe(50)
except ValueError as e:
    print('ValueError', e)
class C:
    name = sys._getframe().f_locals.get('__qualname__')
    mod = sys._getframe(0).f_globals['__name__']
print(C.name, C.mod)
import enum
Color = enum.Enum('Color', 'RED GREEN')
print(Color.__module__)
def g():
    yield sys._getframe().f_code.co_name
print(next(g()))

print(type(sys._getframe()).__name__)
