class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(p, '__dict__'))
class Q(P):
    __slots__ = ('z',)
q = Q(1, 2)
q.z = 3
print(q.x + q.y + q.z, hasattr(q, '__dict__'))
class R(P):
    pass
r = R(5, 6)
r.extra = 7
print(r.extra, sorted(vars(r)))
class Unset:
    __slots__ = ['a']
u = Unset()
try:
    u.a
except AttributeError as e:
    print('AttributeError', e)
u.a = 'set'
del u.a
print(hasattr(u, 'a'), P.__slots__)
