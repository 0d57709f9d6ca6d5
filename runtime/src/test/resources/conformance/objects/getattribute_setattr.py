# __setattr__ / __delattr__ overrides, object.__setattr__, super().__setattr__.

class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.a = 1

    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value * 10 if isinstance(value, int) else value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

r = Recorder()
r.b = 2
for i in range(3):
    r.c = i
print(r.a, r.b, r.c)
del r.b
print(hasattr(r, "b"))
try:
    del r.zz
except AttributeError as e:
    print("AttributeError", e)
print(r.log)


class Frozen:
    def __init__(self, x):
        super().__setattr__("x", x)

    def __setattr__(self, name, value):
        raise AttributeError("frozen: cannot set " + name)

    def __delattr__(self, name):
        raise AttributeError("frozen: cannot delete " + name)

fz = Frozen(3)
print(fz.x)
for action in ("set", "del"):
    try:
        if action == "set":
            fz.x = 4
        else:
            del fz.x
    except AttributeError as e:
        print("AttributeError", e)
print(fz.x)


class Sub(Frozen):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, -value)

s = Sub(5)
s.y = 6
print(s.x, s.y)


# A __setattr__ installed after instances exist and after a store loop ran.
class Plain:
    pass

def store(o, n):
    for i in range(n):
        o.v = i
    return o.v

p = Plain()
print(store(p, 5))
Plain.__setattr__ = lambda self, name, value: object.__setattr__(self, name, ("wrapped", value))
print(store(p, 2))
del Plain.__setattr__
print(store(p, 3))


# setattr()/delattr() builtins go through the hooks too
rec = Recorder()
setattr(rec, "q", 4)
delattr(rec, "q")
print(rec.log)
