# Attribute reads, writes and method calls at one site while classes change under them:
# the results must follow every change (the interpreter may cache lookups per site).

class Base:
    kind = "base"

    def who(self):
        return "Base.who"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self, v):
        self.v = v


def site(o):
    return (o.kind, o.who(), o.v if hasattr(o, "v") else None)


objs = [Leaf(1), Mid(), Leaf(2), Base()]
for o in objs:
    print(site(o))

Base.kind = "base2"                       # a base class attribute rebinds
print([site(o)[0] for o in objs])
Mid.who = lambda self: "Mid.who"           # a method appears in the middle of the MRO
print([site(o)[1] for o in objs])
del Mid.who
print([site(o)[1] for o in objs])
Leaf.kind = property(lambda self: "prop %d" % self.v)   # a data descriptor on the leaf class
print([site(o)[0] for o in objs])
objs[0].__dict__["kind"] = "inst"          # the property still wins
print(site(objs[0])[0])
del Leaf.kind                              # now the instance dict shows
print(site(objs[0])[0], site(objs[2])[0])
objs[0].who = lambda: "instance who"       # an instance attribute shadows the method
print(site(objs[0])[1], site(objs[2])[1])
del objs[0].who
print(site(objs[0])[1])


# One store site, three classes: plain, slots, and a property setter.
class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


class WithProp:
    def __init__(self):
        self._a = 0

    @property
    def a(self):
        return self._a

    @a.setter
    def a(self, v):
        self._a = v * 100


def put(o, v):
    o.a = v
    return o.a


for o in (Plain(), Slotted(), WithProp(), Plain(), Slotted(), WithProp()):
    print(type(o).__name__, put(o, 3))
try:
    put(object.__new__(type("S2", (), {"__slots__": ("b",)})), 1)
except AttributeError as e:
    print("AttributeError", e)


# A method replaced between calls at one site, and a function stored on the class later.
class Calc:
    def step(self, x):
        return x + 1


def run(c, n):
    t = 0
    for i in range(n):
        t = c.step(t)
    return t


c = Calc()
print(run(c, 10))
Calc.step = lambda self, x: x + 2
print(run(c, 10))
Calc.step = staticmethod(lambda x: x + 3)
print(run(c, 10))
Calc.step = classmethod(lambda cls, x: x + len(cls.__name__))
print(run(c, 10))


# Loads of a missing attribute fall back to __getattr__ defined later.
class Late:
    pass


def get_missing(o):
    try:
        return o.missing
    except AttributeError as e:
        return "AttributeError: %s" % e


l = Late()
print(get_missing(l))
Late.__getattr__ = lambda self, name: "dyn " + name
print(get_missing(l))
del Late.__getattr__
print(get_missing(l))


# Class attribute values of many kinds read through instances.
class Vals:
    i = 7
    s = "str"
    t = (1, 2)
    n = None
    f = 1.5
    typ = int


def readall(o):
    return (o.i, o.s, o.t, o.n, o.f, o.typ)


v = Vals()
print(readall(v))
v.i = 8
print(readall(v), Vals.i)
Vals.typ = str
print(readall(v))
