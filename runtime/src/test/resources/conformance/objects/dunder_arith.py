class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return 'Vec' + repr(self.c)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __sub__(self, o): return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    def __rmul__(self, k):
        print('rmul')
        return self * k
    def __truediv__(self, k): return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k): return Vec(*(a // k for a in self.c))
    def __mod__(self, k): return Vec(*(a % k for a in self.c))
    def __pow__(self, k): return Vec(*(a ** k for a in self.c))
    def __neg__(self): return Vec(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __radd__(self, o):
        print('radd with', o)
        return self if o == 0 else NotImplemented
    def __iadd__(self, o):
        print('iadd')
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self
v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v - w, v * 3, 3 * v, w / 2, w // 2, w % 3, v ** 2, -v, +v, abs(w))
print(sum([v, w]))
u = v
u += w
print(u, v, u is v)
try:
    v + 1
except TypeError as e:
    print(e)
class Money:
    def __init__(self, n): self.n = n
    def __add__(self, o): return Money(self.n + (o.n if isinstance(o, Money) else o))
    __radd__ = __add__
    def __lshift__(self, k): return Money(self.n << k)
    def __and__(self, o): return self.n & o
    def __or__(self, o): return self.n | o
    def __xor__(self, o): return self.n ^ o
    def __rsub__(self, o): return Money(o - self.n)
print((5 + Money(3)).n, (Money(1) + Money(2)).n, (Money(3) << 2).n, Money(6) & 3, Money(6) | 1, Money(6) ^ 2, (10 - Money(4)).n)
