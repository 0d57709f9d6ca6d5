# weakref.ref hashes like its referent and compares by referent while both are alive.
import weakref


class C:
    pass


class K:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, K) and self.k == other.k


c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c, lambda r: None)
print(r1 is r2, r1 == r2, r1 != r2, hash(r1) == hash(c), hash(r2) == hash(r1))
d = {r1: 'first'}
print(d[r2], r2 in d, len({r1, r2}))
a, b = K(5), K(5)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, hash(ra) == hash(5), hash(rb) == hash(ra), {ra: 1}.get(rb))
print(weakref.ref(c) == weakref.ref(a), r1 == c)
h = hash(ra)
del a
print(ra() is None, hash(ra) == h, ra == rb, ra == ra)
del b
try:
    hash(rb)
    print('hashed', hash(rb) == h)
except TypeError as e:
    print('TypeError', e)
x = C()
rx = weakref.ref(x)
del x
try:
    hash(rx)
except TypeError as e:
    print('TypeError', e)
