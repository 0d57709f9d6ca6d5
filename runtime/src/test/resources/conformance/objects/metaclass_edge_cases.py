# metaclass edge cases
def meta_func(name, bases, ns, **kw):
    print("meta_func", name, sorted(k for k in ns if not k.startswith("__")), kw)
    return type(name, bases, ns)

class F(metaclass=meta_func, opt=2):
    a = 1
print(type(F).__name__, F.a)

class Weird(type):
    def __new__(mcs, name, bases, ns):
        if name == "Skip":
            return 42
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, *args):
        print("Weird.__init__", cls.__name__)
        super().__init__(*args)

class Ok(metaclass=Weird): pass
class Skip(metaclass=Weird): pass
print(Skip)

class Mapping:
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.log.append(k)
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]

class PM(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Mapping()
    def __new__(mcs, name, bases, ns):
        print("log", [k for k in ns.log if not k.startswith("__")])
        return super().__new__(mcs, name, bases, ns.data)

class UsesPM(metaclass=PM):
    x = 1
    y = x + 1
    print("inside body", len([1, 2]), y)
    tmp = 5
    del tmp
    def m(self):
        return self.y
print(UsesPM().m(), hasattr(UsesPM, "tmp"))

class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        inst = super().__call__(*a, **k)
        inst.serial = Counted.count
        return inst

class P(metaclass=Counted):
    def __init__(self, name):
        self.name = name
p1, p2 = P("a"), P(name="b")
print(p1.name, p1.serial, p2.name, p2.serial, Counted.count)

class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Single):
    def __init__(self):
        print("Conf init")
print(Conf() is Conf())

class Base(metaclass=Counted):
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def st():
        return "st"
class Sub(Base):
    @classmethod
    def make(cls):
        return "sub:" + super().make()
print(Sub.make(), Sub.st(), type(Sub) is Counted, Sub.__class__.__name__)

class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Reg.registry.append(name)
            cls.registered = True
class Plugin(metaclass=Reg): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Reg.registry, P1.registered, getattr(Plugin, "registered", None))
print([c.__name__ for c in Plugin.__subclasses__()])

class SlotMeta(type): pass
class Sl(metaclass=SlotMeta):
    __slots__ = ("a",)
s = Sl(); s.a = 3
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError", e)
print(s.a)

class A: pass
class B: pass
C = type("C", (A, B), {"hi": lambda self: "hi from C"})
print(C.__mro__ == (C, A, B, object), C().hi(), C.__module__, C.__qualname__)
try:
    type("D", (A, A), {})
except TypeError as e:
    print(e)
try:
    type("E", (1,), {})
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    type("E", (), [])
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(type.__call__(A).__class__.__name__, type.__new__(type, "Z", (), {}).__name__)
try:
    type.__new__(int, "Z", (), {})
except TypeError as e:
    print(e)

class MA(type):
    def __getattr__(cls, name):
        return "meta-getattr:" + name
class HasMA(metaclass=MA):
    real = 1
print(HasMA.real, HasMA.virtual)

class MDesc(type):
    @property
    def name_upper(cls):
        return cls.__name__.upper()
class Lower(metaclass=MDesc): pass
print(Lower.name_upper)
print(isinstance(Lower, MDesc), issubclass(MDesc, type), type(MDesc) is type)
ns = {"v": 1}
T2 = type("T2", (), ns)
print(sorted(ns))
