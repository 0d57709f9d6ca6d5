import weakref, sys
class O:
    pass
o = O()
cb = lambda r: None
r1 = weakref.ref(o)
r2 = weakref.ref(o)
r3 = weakref.ref(o, cb)
print(r1 is r2, r3 is r1, r1 == r3, r3.__callback__ is cb, r1.__callback__)
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
print(weakref.getweakrefcount(O()))
o2 = O()
print(weakref.ref(o2) == r1, weakref.ref(o2) != r1)
print(repr(r1).startswith("<weakref at 0x") and "to 'O'" in repr(r1))
del o
print(r1(), r3(), r1 == r3, repr(r1).endswith("; dead>"))
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
print(weakref.ref is weakref.ReferenceType)
# finalize
class X:
    pass
x = X()
f = weakref.finalize(x, print, "finalized", 1)
print(f.alive, f.peek()[1:] if f.peek() else None)
d = f.detach()
print(f.alive, d[1:])
del x, d
f2 = weakref.finalize(X(), print, "dead at once")
print(f2.alive)
y = X()
f3 = weakref.finalize(y, lambda: "ret")
print(f3(), f3.alive, f3())
# WeakValueDictionary
wvd = weakref.WeakValueDictionary()
a = X(); b = X()
wvd[1] = a; wvd[2] = b
print(1 in wvd, wvd.get(3, "none"), len(wvd), wvd[1] is a)
wvd[1] = b
del a
print(len(wvd), sorted(wvd.keys()))
print(wvd.pop(1) is b, len(wvd))
del b
print(len(wvd), list(wvd.items()))
# WeakKeyDictionary with equal-hash keys
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, other): return isinstance(other, K) and other.v == self.v
wkd = weakref.WeakKeyDictionary()
k1 = K(1)
wkd[k1] = "one"
print(wkd[K(1)] if False else wkd.get(k1), K(1) in wkd, len(wkd))
wkd[k1] = "uno"
print(list(wkd.values()), len(wkd))
del k1
print(len(wkd), list(wkd.items()))
# WeakSet
ws = weakref.WeakSet()
items = [X() for _ in range(3)]
for it in items: ws.add(it)
ws.add(items[0])
print(len(ws), items[1] in ws)
ws.discard(items[1])
print(len(ws))
items.pop()
print(len(ws), len(list(ws)))
# callback exception is unraisable, program continues
z = X()
wr = weakref.ref(z, lambda r: 1 / 0)
del z
print("after unraisable", wr())
