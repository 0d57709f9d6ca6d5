import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name

events = []
a = Obj("a")
r = weakref.ref(a, lambda ref: events.append("callback"))
print(r() is a)
del a
print(r(), events)

d = weakref.WeakValueDictionary()
x = Obj("x"); y = Obj("y")
d["x"] = x; d["y"] = y
print(sorted(d.keys()))
del x
print(sorted(d.keys()), len(d))

k = weakref.WeakKeyDictionary()
key = Obj("k")
k[key] = 42
print(k[key], len(k))
del key
print(len(k))

s = weakref.WeakSet()
m = Obj("m"); n = Obj("n")
s.add(m); s.add(n)
print(len(s), m in s)
del m
print(len(s))

def cleanup(tag):
    events.append("finalize " + tag)
o = Obj("o")
f = weakref.finalize(o, cleanup, "o")
print(f.alive)
del o
print(f.alive, events)
