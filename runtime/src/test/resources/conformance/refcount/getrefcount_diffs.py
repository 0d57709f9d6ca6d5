import sys
class Fresh:
    pass
x = Fresh()
base = sys.getrefcount(x)
holder = []
holder.append(x)
print(sys.getrefcount(x) - base)
holder.append(x)
print(sys.getrefcount(x) - base)
holder.pop()
print(sys.getrefcount(x) - base)
y = x
print(sys.getrefcount(x) - base)
del y
print(sys.getrefcount(x) - base)
d = {'k': x}
print(sys.getrefcount(x) - base)
d['k2'] = x
print(sys.getrefcount(x) - base)
d.clear()
holder.clear()
print(sys.getrefcount(x) - base)
t = (x, x, x)
print(sys.getrefcount(x) - base)
del t
print(sys.getrefcount(x) - base)
class Holder:
    pass
h = Holder()
h.attr = x
print(sys.getrefcount(x) - base)
del h.attr
print(sys.getrefcount(x) - base)
