import weakref

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return "Obj(%d)" % self.n

log = []
a = Obj(1)
r1 = weakref.ref(a)
r2 = weakref.ref(a)
r3 = weakref.ref(a, lambda r: log.append(("cb", r() is None)))
print(r1 is r2, r1 == r3, r1() is a, weakref.getweakrefcount(a))
print(hash(r1) == hash(a), len(weakref.getweakrefs(a)))
p = weakref.proxy(a)
print(p.n, repr(p.n), isinstance(p, weakref.ProxyType))
del a
print(log, r1(), r1 == r2, weakref.getweakrefcount(r1))
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(3)
except TypeError as e:
    print("TypeError:", e)
class C:
    def __init__(self): self.items = [3, 1, 2]
    def __call__(self, k): return k * 2
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
c = C()
q = weakref.proxy(c, lambda p: print("proxy callback", type(p).__name__))
print(type(q).__name__, q(21), len(q), q[1], list(q), sorted(q.items), bool(q), q.__class__.__name__, isinstance(q, C))
q.extra = 5; print(c.extra); del q.extra; print(hasattr(c, "extra"))
try:
    hash(q)
except TypeError as e:
    print(e)
print(weakref.getweakrefcount(c))
q2 = weakref.proxy(c)
print(q == c, q != c, q2 == q, q2 != q, c == q)
del c
print("end")
