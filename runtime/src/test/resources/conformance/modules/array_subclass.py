# array: Python subclasses of array.array (extra methods, __repr__, __new__ with extra arguments,
# __init__), their use as arrays, bytes-like and in comparisons.
from array import array
class Vec(array):
    def total(self):
        return sum(self)
    def __repr__(self):
        return 'Vec(%s)' % list(self)
v = Vec('d', [1.0, 2.5])
v.append(3)
print(v, v.total(), len(v), v[0], v[1:], type(v[1:]).__name__, isinstance(v, array), v.typecode)
print(v == array('d', [1.0, 2.5, 3.0]), v + array('d', [1]), bytes(v)[:8], v.tolist())
v[0] = 9
v.extend(array('d', [4]))
print(list(v), 9.0 in v, v.index(3.0))
class Tagged(array):
    def __new__(cls, tag, *args):
        self = super().__new__(cls, *args)
        self.tag = tag
        return self
t = Tagged('x', 'i', [1, 2])
print(t.tag, list(t), t.itemsize)
class Init(array):
    def __init__(self, typecode, values):
        self.n = len(values)
i = Init('b', [1, 2, 3])
print(i.n, list(i))
try:
    Vec('z')
except ValueError as e:
    print('ValueError', e)
