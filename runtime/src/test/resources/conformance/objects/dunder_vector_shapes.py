# class hierarchies with dunders and properties
import functools

class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self): return f"<{self.x}, {self.y}>"
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __format__(self, spec): return f"({format(self.x, spec)}, {format(self.y, spec)})"

v, w = Vector(1, 2), Vector(3.5, -1)
print(v, repr(w), v + w, 3 * v, v * 2, -v, abs(Vector(3, 4)), bool(Vector()), bool(v))
print(sum([v, w, Vector(1, 1)]), list(v), v[1], v[-1], len(v), f"{w:.2f}", format(v, "03d"))
print(v == Vector(1, 2), v != Vector(1, 2), v == (1, 2), {v: 1}[Vector(1, 2)])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
x, y = w
print(x, y, *v, [*v, *w])

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), Version("1.0") <= Version("1.0"), Version("2") > Version("1.9.9"))

class Temperature:
    def __init__(self, c): self._c = c
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError(f"too cold: {v}")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); del self._c
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32

t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
for bad in (-300,):
    try: t.celsius = bad
    except ValueError as e: print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"), type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
        type(self).made = getattr(type(self), "made", 0) + 1
    def area(self): raise NotImplementedError(type(self).__name__ + ".area")
    def __repr__(self): return f"{type(self).__name__}({self.name!r}, area={self.area():.3f})"
    def __lt__(self, o): return self.area() < o.area()

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self): return self.w * self.h

class Square(Rect):
    def __init__(self, s): super().__init__(s, s, name="square")

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle"); self.r = r
    def area(self): return 3.14159 * self.r ** 2

shapes = [Rect(2, 3), Square(2), Circle(1), Square(1.5), Rect(1, 10)]
print(sorted(shapes))
print(Shape.count, Rect.made, Square.made, Circle.made, Square.__mro__[1].__name__)
print([type(s).__name__ for s in sorted(shapes, key=lambda s: s.name)])
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(Square(1), Rect), issubclass(Square, Shape), issubclass(Circle, Rect), Square.__bases__)
print(Square.__name__, Square.__qualname__, Rect.area.__qualname__, Square(3).area.__func__ is Rect.area)

class Container:
    def __init__(self, *items): self.items = list(items)
    def __contains__(self, x): print("contains", x); return x in self.items
    def __getitem__(self, i):
        if isinstance(i, slice): return Container(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __repr__(self): return f"Container{tuple(self.items)}"
    def __call__(self, *a, **k): return (a, sorted(k.items()))
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0].__name__ if exc[0] else None); return True

c = Container(1, 2, 3, 4)
print(3 in c, 9 not in c, c[1:3], c[::-1], c(1, b=2, a=1))
c[0] = 10; del c[1]; print(c)
with c as cc:
    print(cc is c)
    raise KeyError("swallowed")
print("after with")
class Old:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * i
print(list(Old()), 4 in Old(), 1 in Old())
