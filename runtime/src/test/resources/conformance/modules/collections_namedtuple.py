from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), tuple(p))
q = p._replace(x=10)
print(q, p)
print(p._asdict(), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
Person = namedtuple('Person', 'name age city', defaults=['unknown'])
print(Person('ann', 30), Person('bob', 4, 'paris'))
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
class P3(namedtuple('P3', 'x y z')):
    def norm2(self):
        return self.x ** 2 + self.y ** 2 + self.z ** 2
print(P3(1, 2, 3).norm2(), P3(1, 2, 3))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
