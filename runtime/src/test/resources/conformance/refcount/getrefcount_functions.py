import sys
class Thing:
    pass
t = Thing()
before = sys.getrefcount(t)
def take(obj):
    return sys.getrefcount(obj) - before
print(take(t) >= 1)
def store(obj, into):
    into.append(obj)
box = []
store(t, box)
print(sys.getrefcount(t) - before)
def closure_over(obj):
    def f():
        return obj
    return f
f = closure_over(t)
print(sys.getrefcount(t) - before)
del f
print(sys.getrefcount(t) - before)
s = {t}
print(sys.getrefcount(t) - before)
s.discard(t)
box.remove(t)
print(sys.getrefcount(t) - before)
lst = [t] * 5
print(sys.getrefcount(t) - before)
lst = None
print(sys.getrefcount(t) - before)
