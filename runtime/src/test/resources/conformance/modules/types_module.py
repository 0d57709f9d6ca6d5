import types, sys
from types import SimpleNamespace
ns = SimpleNamespace(a=1, b='x')
ns.c = [1, 2]
print(ns, ns.a, ns.c, repr(SimpleNamespace()), ns == SimpleNamespace(a=1, b='x', c=[1, 2]), ns != SimpleNamespace(a=1))
del ns.b
print(ns, vars(ns), sorted(ns.__dict__))
ns.self = ns
print(ns)
class Sub(SimpleNamespace): pass
print(Sub(z=3), Sub(z=3) == SimpleNamespace(z=3))
try: SimpleNamespace(1)
except TypeError as e: print('TypeError', e)
def f(): pass
def g(): yield 1
class K:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType), isinstance(g, types.GeneratorType))
print(isinstance(K().m, types.MethodType), isinstance(K.m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(f.__code__, types.CodeType), types.NoneType is type(None), isinstance(..., types.EllipsisType), isinstance(NotImplemented, types.NotImplementedType))
print(isinstance(list[int], types.GenericAlias), types.FunctionType.__name__, types.ModuleType.__name__)
mp = types.MappingProxyType({'k': 1, 'j': 2})
print(mp['k'], 'j' in mp, len(mp), sorted(mp), mp.get('z', 0), sorted(mp.items()), mp == {'k': 1, 'j': 2})
try: mp['k'] = 2
except TypeError as e: print('TypeError', e)
try: types.MappingProxyType([1])
except TypeError as e: print('TypeError', e)
C = types.new_class('C', (K,), {}, lambda ns: ns.update(x=5, hello=lambda self: 'hi'))
print(C.__name__, C.x, C().hello(), issubclass(C, K))
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag')
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw): super().__init__(name, bases, ns)
D = types.new_class('D', (), {'metaclass': Meta, 'tag': 'red'})
print(type(D).__name__, D.tag)
meta, ns, kw = types.prepare_class('E', (), {'metaclass': Meta, 'x': 1})
print(meta.__name__, ns, kw)
print(types.resolve_bases((int, str)))
class Entry:
    def __mro_entries__(self, bases): return (K,)
print(types.resolve_bases((Entry(), int)) == (K, int))
class WithDyn:
    @types.DynamicClassAttribute
    def name(self): return 'instance-name'
print(WithDyn().name, hasattr(WithDyn, 'name'))
