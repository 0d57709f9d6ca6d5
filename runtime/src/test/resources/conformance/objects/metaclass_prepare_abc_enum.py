class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            self.order.append(k)
        super().__setitem__(k, v)

class EMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return OrderedNS()
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls._order = list(ns.order)
        members = {}
        for k in ns.order:
            v = ns[k]
            if isinstance(v, int):
                m = object.__new__(cls)
                m.name = k
                m.value = v
                members[k] = m
                setattr(cls, k, m)
        cls._members = members
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, m):
        return m in cls._members.values()
    def __getitem__(cls, name):
        return cls._members[name]

class Enumish(metaclass=EMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value}>"

class Color(Enumish, extra=1):
    RED = 1
    GREEN = 2
    def describe(self):
        return self.name.lower()
    BLUE = 3

print(Color._order, len(Color), list(Color), Color['GREEN'], Color.RED in Color)
print(Color.BLUE.describe(), isinstance(Color.RED, Color))

class Abstract:
    pass

def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f

class ABCM(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        abstracts = {k for k, v in ns.items() if getattr(v, "__isabstractmethod__", False)}
        for b in bases:
            for k in getattr(b, "__abstractmethods__", set()):
                if getattr(getattr(cls, k, None), "__isabstractmethod__", False):
                    abstracts.add(k)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._registry = set()
        return cls
    def __call__(cls, *a, **kw):
        if cls.__abstractmethods__:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{'s' if len(cls.__abstractmethods__) > 1 else ''} " + ", ".join(sorted(cls.__abstractmethods__)))
        return super().__call__(*a, **kw)
    def register(cls, sub):
        cls._registry.add(sub)
        return sub
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))
    def __subclasscheck__(cls, sub):
        if sub in cls._registry:
            return True
        return cls in sub.__mro__

class Shape(metaclass=ABCM):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...

class Sq(Shape):
    def area(self): return 4

try:
    Shape()
except TypeError as e: print(e)
try:
    Sq()
except TypeError as e: print(e)
class Sq2(Sq):
    def name(self): return "sq"
print(Sq2().area(), Sq2().name())
@Shape.register
class Other: pass
print(isinstance(Other(), Shape), issubclass(Other, Shape), isinstance(3, Shape), issubclass(Sq2, Shape))

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        return self if obj is None else obj.__dict__.get(self.name, "unset")
class H:
    a = Desc()
    b = Desc()
print(H().a, H.b.name)

class Base:
    subclasses = []
    def __init_subclass__(cls, /, prefix="p", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix
        Base.subclasses.append(cls.__name__)
class S1(Base): pass
class S2(Base, prefix="q"): pass
print(S1.prefix, S2.prefix, Base.subclasses)
try:
    class S3(Base, bogus=1): pass
except TypeError as e: print(e)
T = type("T", (Base,), {}, prefix="zz")
print(T.prefix)
print(type(int), type(type), isinstance(type, type), type.__mro__)
class MetaAttr(type):
    counter = 10
class UsesMA(metaclass=MetaAttr): pass
print(UsesMA.counter)
try:
    UsesMA().counter
except AttributeError as e: print(e)
