# __getattribute__ overrides, object.__getattribute__, and the __getattr__ fallback.

class Const:
    def __getattribute__(self, name):
        return 42

c = Const()
print(c.x, c.anything, getattr(c, "y"), hasattr(c, "z"))
c.x = 5
print(c.x, object.__getattribute__(c, "x"))


class Logged:
    def __init__(self):
        self.a = 1
        self.log = []

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def meth(self):
        return "meth"

l = Logged()
print(l.a, l.meth(), type(l.meth).__name__)
print(l.log)
try:
    l.missing
except AttributeError as e:
    print("AttributeError", e)
print(l.log)


class Fallback:
    def __init__(self):
        self.real = "real"

    def __getattribute__(self, name):
        if name.startswith("hidden"):
            raise AttributeError("hidden: " + name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name

f = Fallback()
print(f.real, f.hidden_one, f.nothing)
print(getattr(f, "hidden2", "dflt"), hasattr(f, "hidden3"))


class NoFallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError("custom message for " + name)

n = NoFallback()
for attr in ("a", "boom"):
    try:
        getattr(n, attr)
    except AttributeError as e:
        print("AttributeError", e)
    except KeyError as e:
        print("KeyError", e)
print(getattr(n, "zz", "default"), hasattr(n, "zz"))


class Base:
    def __getattribute__(self, name):
        if name == "magic":
            return "from Base"
        return super().__getattribute__(name)


class Derived(Base):
    value = 10

    def __getattribute__(self, name):
        if name == "special":
            return "from Derived"
        return super().__getattribute__(name)

d = Derived()
print(d.special, d.magic, d.value)
try:
    d.nope
except AttributeError as e:
    print("AttributeError", e)


class Counting:
    count = 0

    def __getattribute__(self, name):
        type(self).count += 1
        return object.__getattribute__(self, name)

    def m(self, k):
        return k * 2

k = Counting()
total = 0
for i in range(50):
    total += k.m(i)
print(total, Counting.count)


# Adding a __getattribute__ to the class later takes effect at once (also in a loop that ran before).
class Late:
    def __init__(self):
        self.x = 1

    def get(self):
        return 2

def probe(o):
    return o.x, o.get()

lt = Late()
for _ in range(3):
    print(probe(lt))
Late.__getattribute__ = lambda self, name: "late " + name
print(lt.x, lt.get)
del Late.__getattribute__
print(probe(lt))


# Inherited __getattr__ only
class G:
    def __getattr__(self, name):
        if name == "secret":
            return 7
        raise AttributeError(name)

class H(G):
    pass

h = H()
print(h.secret, hasattr(h, "other"), getattr(h, "other", None))


# A property raising AttributeError falls back to __getattr__
class P:
    @property
    def p(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "getattr " + name

print(P().p)
