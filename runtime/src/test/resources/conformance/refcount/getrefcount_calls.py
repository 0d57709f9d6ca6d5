import sys
class Obj:
    pass
o = Obj()
base = sys.getrefcount(o)
def noop(x):
    return None
for _ in range(100):
    noop(o)
print(sys.getrefcount(o) - base)
lst = []
for _ in range(10):
    lst.append(o)
print(sys.getrefcount(o) - base)
del lst[:5]
print(sys.getrefcount(o) - base)
lst = None
print(sys.getrefcount(o) - base)
d = dict.fromkeys(range(3), o)
print(sys.getrefcount(o) - base)
d = None
pair = (o, [o, {'k': o}])
print(sys.getrefcount(o) - base)
del pair
print(sys.getrefcount(o) - base)
it = iter([o])
print(sys.getrefcount(o) - base)
next(it)
print(sys.getrefcount(o) - base)
del it
print(sys.getrefcount(o) - base)
