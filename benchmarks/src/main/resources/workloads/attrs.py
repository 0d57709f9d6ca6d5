"""Attribute-access program: instance attribute loads and stores, method calls (through a
class and a subclass at the same call site), a property, and a class whose __getattribute__
hook makes every access take the generic path. Each function takes n and returns a checksum.
Run:  python3 attrs.py N
"""
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def total(self):
        return self.x + self.y


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


class Hooked:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        return object.__getattribute__(self, name)


def loads(n):
    p = Point(1, 2)
    t = 0
    for _ in range(n):
        t += p.x + p.y
    return t


def stores(n):
    p = Point(0, 0)
    for i in range(n):
        p.x = i
        p.y = i
    return p.x + p.y


def methods(n):
    ps = [Point(1, -2), Point3(3, 4, 5)]
    t = 0
    for i in range(n):
        t += ps[i & 1].norm1()
    return t


def props(n):
    p = Point(3, 4)
    t = 0
    for _ in range(n):
        t += p.total
    return t


def hooked(n):
    h = Hooked()
    t = 0
    for _ in range(n):
        t += h.x
    return t


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    print(loads(n), stores(n), methods(n), props(n), hooked(n))
