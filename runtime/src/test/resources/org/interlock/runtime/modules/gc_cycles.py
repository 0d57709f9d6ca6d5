# Cyclic garbage: __del__ once (PEP 442), weakrefs cleared with callbacks, revival.
# Prints only what CPython guarantees (no exact counts).
import gc, weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)

a = Node("a"); b = Node("b")
a.other = b; b.other = a
w = weakref.ref(a, lambda r: print("callback, cleared:", r() is None))
del a, b
print("before collect")
print("found garbage:", gc.collect() >= 2)
print("weakref cleared:", w() is None)
print("nothing left:", gc.collect() == 0)

class Phoenix:
    saved = []
    def __del__(self):
        print("phoenix del")
        Phoenix.saved.append(self)
p = Phoenix(); p.me = p
del p
gc.collect()
print("revived:", len(Phoenix.saved), Phoenix.saved[0].me is Phoenix.saved[0])
Phoenix.saved.clear()
print("freed without a second __del__:", gc.collect() >= 1)

def make_closure():
    x = Node("closure")
    def f():
        return x, f
    x.f = f
    return weakref.ref(x)
cw = make_closure()
print("closure cycle alive:", cw() is not None)
gc.collect()
print("closure cycle freed:", cw() is None)

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
class Holder:
    pass
h = Holder(); h.g = gen(); next(h.g); h.me = h
hw = weakref.ref(h)
del h
gc.collect()
print("generator cycle freed:", hw() is None)

class M:
    def meth(self):
        pass
m = M(); m.bound = m.meth
mw = weakref.ref(m)
del m
gc.collect()
print("bound method cycle freed:", mw() is None)

live = [1]; live.append(live)
gc.collect()
print("live cycle kept:", live[1] is live)
print("end")
