a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) != id(c), a is b, a is not c, a == c)
ids = {id(x) for x in (a, b, c)}
print(len(ids))
class Obj:
    pass
objs = [Obj() for _ in range(5)]
print(len({id(o) for o in objs}))
s = 'interned'
print(id(None) == id(None), id(True) == id(True))
def same(x):
    return id(x)
print(same(a) == id(a))
t = (1, 2)
print(id(t) == id(t[:]) if False else t[:] is t)
print(id(a) == id(a[:]))
