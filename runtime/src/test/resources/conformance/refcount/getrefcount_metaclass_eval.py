import sys, gc
class M(type):
    pass
class Base(metaclass=M):
    pass
gc.collect()
before_m = sys.getrefcount(M)
before_b = sys.getrefcount(Base)
for i in range(20):
    class A(Base):
        x = i
    ga = list[A]
    T = M("T", (Base,), {"y": i})
    t = T()
    del A, ga, T, t
gc.collect()
print("meta refs delta", sys.getrefcount(M) - before_m)
print("base refs delta", sys.getrefcount(Base) - before_b)
class Elem: pass
before_e = sys.getrefcount(Elem)
aliases = [dict[str, Elem] for _ in range(5)]
print("alias holds", sys.getrefcount(Elem) - before_e)
del aliases
print("alias released", sys.getrefcount(Elem) - before_e)
ns = {"v": Elem}
for _ in range(5):
    exec("w = v", ns)
    eval("v", ns)
    r = eval("v", ns)
del r
ns.clear()
print("exec/eval released", sys.getrefcount(Elem) - before_e)
def f():
    local = Elem
    d = locals()
    return d["local"] is Elem
for _ in range(5):
    f()
print("locals released", sys.getrefcount(Elem) - before_e)
