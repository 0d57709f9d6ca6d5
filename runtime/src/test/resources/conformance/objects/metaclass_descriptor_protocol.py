# descriptors as libraries built on metaclasses inspect them
def f(): pass
def is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
for o in (f, classmethod(f), staticmethod(f), property(f), len, 5, "s"):
    print(type(o).__name__, is_descriptor(o), hasattr(o, '__set__'), hasattr(o, '__delete__'))
print(classmethod(f).__func__ is f, staticmethod(f).__func__ is f)
class A:
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(x): return x * 2
    def __init__(self): self._v = 1
    def _get(self): return self._v
    def _del(self): print("deleting"); del self._v
    v = property(_get, None, _del)
class B(A): pass
print(A.__dict__['c'].__get__(None, B)(), A.__dict__['c'].__get__(B())(), A.__dict__['s'].__get__(None, A)(4))
print(property(lambda s: 5).__get__(1), f.__get__(3).__func__ is f)
a = A()
A.__dict__['v'].__delete__(a)
print(hasattr(a, '_v'))

class Members(type):
    def __new__(mcs, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith('_') and not is_descriptor(v)}
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = members
        return cls
class Color(metaclass=Members):
    RED = 1
    GREEN = 2
    def describe(self): return "d"
    @classmethod
    def default(cls): return cls.RED
    @staticmethod
    def helper(): return "h"
    @property
    def p(self): return "p"
print(sorted(Color._members.items()), Color.default(), Color.helper())
print({"a": 1}.keys(), {"a": 1}.values(), {"a": 1}.items())
class Proxy(type):
    def __str__(cls):
        return "Proxy:" + cls.__name__
class IntLike(int):
    pass
IntLike.__str__ = int.__repr__
print(str(IntLike(7)), str(Proxy("Named", (), {})))
class R(int):
    def __repr__(self): return "R!"
print(str(R(3)), repr(R(3)))
