# Descriptors: __get__/__set__/__delete__, data vs non-data priority, class access.

class Data:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return "Data on class " + owner.__name__
        return ("data", self.name, obj.__dict__.get("_" + self.name))

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value

    def __delete__(self, obj):
        del obj.__dict__["_" + self.name]
        print("deleted", self.name)


class NonData:
    def __get__(self, obj, owner):
        return ("nondata", obj is None, owner.__name__)


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class DeleteOnly:
    def __get__(self, obj, owner):
        return "DeleteOnly.get"

    def __delete__(self, obj):
        print("DeleteOnly.__delete__")


class C:
    d = Data("d")
    n = NonData()
    s = SetOnly()
    x = DeleteOnly()


c = C()
print(C.d, C.n)
print(c.d, c.n)
c.d = 5
print(c.d, c.__dict__)
c.__dict__["d"] = "shadow"        # a data descriptor wins over the instance dict
print(c.d)
c.__dict__["n"] = "shadow n"      # the instance dict wins over a non-data descriptor
print(c.n)
del c.d
print(c.d)
c.s = 9
print(type(c.s).__name__)         # SetOnly has no __get__: the descriptor itself
c.__dict__["s"] = "inst s"
print(c.s)                        # data descriptor without __get__: instance dict shows through
del c.x
print(c.x)
try:
    c.x = 1
except AttributeError as e:
    print("AttributeError", e)
del c.n                           # removes the instance's entry
print(c.n)
try:
    del c.n
except AttributeError as e:
    print("AttributeError", e)


# Reads in a loop see descriptors added, replaced and removed on the class (caches must notice).
class K:
    pass

class KSub(K):
    pass

def read(o):
    return o.attr

o = KSub()
o.attr = "instance"
out = []
for step in range(6):
    if step == 1:
        K.attr = NonData()          # non-data: the instance still wins
    elif step == 2:
        K.attr = Data("attr")       # data: the descriptor wins
    elif step == 3:
        KSub.attr = "class value"   # a plain class attribute on the subclass: instance wins
    elif step == 4:
        del KSub.attr               # back to K's data descriptor
    elif step == 5:
        del K.attr
    out.append(read(o))
print(out)


# Methods: instance attributes shadow functions; bound method identity of self.
class M:
    def f(self):
        return "method"

m = M()
def call(o):
    return o.f()
print([call(m) for _ in range(3)])
m.f = lambda: "instance callable"
print(call(m))
del m.f
M.f = lambda self: "replaced"
print(call(m))


# property with setter and deleter, through a subclass
class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value + 1

    @v.deleter
    def v(self):
        print("deleting v")
        self._v = None

class PropSub(Prop):
    pass

ps = PropSub()
for i in range(3):
    ps.v = i
print(ps.v)
del ps.v
print(ps.v)


# super() with descriptors
class A:
    d = Data("sd")

    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B<" + super().who() + ">"

    def viasuper(self):
        return super().d

b = B()
b.d = "val"
print(b.who(), b.viasuper(), super(B, b).__getattribute__("who")())
