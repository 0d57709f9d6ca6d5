# A class hierarchy with a registry, abstract-style methods, sorting by key, __eq__/__hash__ and __repr__.
import math
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    @classmethod
    def create(cls, spec):
        kind, *nums = spec.split()
        return Shape.registry[kind](*map(float, nums))
    def area(self):
        raise NotImplementedError(type(self).__name__)
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()
    def __hash__(self):
        return hash((type(self).__name__, self.key()))
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{v:g}' for v in self.key())})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def key(self): return (self.r,)
    def area(self): return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def key(self): return (self.w, self.h)
    def area(self): return self.w * self.h
class Triangle(Shape):
    def __init__(self, a, b, c): self.a, self.b, self.c = a, b, c
    def key(self): return (self.a, self.b, self.c)
    def area(self):
        s = (self.a + self.b + self.c) / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))
specs = ['circle 1', 'rect 2 3', 'triangle 3 4 5', 'circle 0.5', 'rect 3 2', 'rect 2 3', 'triangle 5 5 6']
shapes = [Shape.create(s) for s in specs]
print(sorted(Shape.registry))
for s in sorted(shapes):
    print(f'{s!r:<22} {s.area():8.3f}')
print(len(set(shapes)), Rect(2, 3) == Rect(2, 3), Rect(2, 3) == Rect(3, 2), max(shapes))
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
try:
    Shape().area()
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    Shape.create('hexagon 1')
except KeyError as e:
    print('KeyError', e)
