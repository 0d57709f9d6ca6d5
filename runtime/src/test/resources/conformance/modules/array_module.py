# array: construction per typecode, the sequence protocol, conversions, comparisons and
# CPython's error messages (overflow wording differs per C type).
import array
from array import array as A


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(array.typecodes, array.ArrayType is A, A)
for tc in array.typecodes:
    a = A(tc) if tc != 'u' else A(tc, 'xy')
    print(tc, a.typecode, a.itemsize, repr(a), len(a))

# overflow at both ends of every integer type
limits = {'b': 8, 'h': 16, 'i': 32, 'l': 64, 'q': 64}
for tc, bits in limits.items():
    lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    print(tc, A(tc, [lo, hi]).tolist())
    attempt(tc + ' hi+1', lambda: A(tc, [hi + 1]))
    attempt(tc + ' lo-1', lambda: A(tc, [lo - 1]))
for tc, bits in {'B': 8, 'H': 16, 'I': 32, 'L': 64, 'Q': 64}.items():
    hi = (1 << bits) - 1
    print(tc, A(tc, [0, hi]).tolist())
    attempt(tc + ' hi+1', lambda: A(tc, [hi + 1]))
    attempt(tc + ' -1', lambda: A(tc, [-1]))
attempt('I huge', lambda: A('I', [1 << 70]))
attempt('i str', lambda: A('i', ['x']))
attempt('i float', lambda: A('i', [1.5]))
attempt('d str', lambda: A('d', ['x']))
attempt('u int', lambda: A('u', [1]))
attempt('u two', lambda: A('u', ['ab']))
attempt('bad code', lambda: A('z'))
attempt('long code', lambda: A('ii'))
attempt('int code', lambda: A(1))
attempt('str init', lambda: A('i', 'abc'))
attempt('unicode init', lambda: A('i', A('u', 'ab')))
attempt('float array to int', lambda: A('i', A('d', [1.0])))
attempt('no args', lambda: A())
attempt('keyword', lambda: A('i', initializer=[1]))


class Idx:
    def __index__(self):
        return 7


print(A('d', A('i', [1, 2])), A('i', (x * x for x in range(4))), A('h', [Idx()]))
print(A('b', b'\x01\xff'), A('h', bytearray(b'\x01\x00\xff\xff')), A('i', range(3)))
attempt('odd bytes', lambda: A('i', b'abc'))
print(A('f', [0.1, 1.5]), A('d', [0.1, 1e300, -0.0]), A('d', [1, True]))
print(A('f', [0.1])[0], A('d', [0.1])[0], A('f', [1e39]).tolist())

# methods
a = A('i', [3, 1, 4, 1, 5])
a.append(9)
a.extend([2, 6])
a.extend(A('i', [5]))
a.insert(0, 0)
a.insert(-1, 8)
a.insert(100, 7)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.count(1), a.count(99), a.index(1), a.index(1, 2), a.index(5, -3))
a.remove(1)
print(a)
a.reverse()
print(a, a.tolist())
attempt('pop range', lambda: a.pop(50))
attempt('pop empty', lambda: A('i').pop())
attempt('remove', lambda: a.remove(99))
attempt('index', lambda: a.index(99))
attempt('index start', lambda: a.index(3, 50))
attempt('append none', lambda: a.append())
attempt('append two', lambda: a.append(1, 2))
attempt('tolist arg', lambda: a.tolist(1))
attempt('insert one', lambda: a.insert(0))
attempt('extend other kind', lambda: a.extend(A('d', [1.0])))
attempt('extend int', lambda: a.extend(5))
b = A('i', [1, 2])
attempt('extend bad item', lambda: b.extend([3, 'x', 4]))
print(b)
attempt('fromlist tuple', lambda: b.fromlist((1,)))
attempt('fromlist bad item', lambda: b.fromlist([5, 'x']))
b.fromlist([7, 8])
print(b)

# bytes
h = A('H', [1, 258, 65535])
print(h.tobytes(), bytes(h), bytearray(h), list(h))
h.byteswap()
print(h)
h.frombytes(b'\x02\x00')
print(h)
attempt('frombytes odd', lambda: h.frombytes(b'abc'))
attempt('frombytes str', lambda: h.frombytes('ab'))
q = A('q', [-2, 1 << 40])
print(q.tobytes().hex(), A('q', q.tobytes()), A('Q', q.tobytes()))
f = A('f', [1.5, -2.25])
f2 = A('f')
f2.frombytes(f.tobytes())
print(f.tobytes().hex(), f2, f == f2)
f.byteswap()
f.byteswap()
print(f)
d = A('d', [0.5])
d.byteswap()
print(d.tobytes().hex())

# unicode
u = A('u', 'hé')
u.fromunicode('!x')
u.append('y')
print(u, u.tounicode(), len(u), u[1], u.itemsize, u.index('!'))
attempt('tounicode', lambda: A('i').tounicode())
attempt('fromunicode kind', lambda: A('i').fromunicode('x'))
attempt('fromunicode bytes', lambda: u.fromunicode(b'x'))

# indexing and slicing
s = A('i', range(10))
print(s[0], s[-1], s[2:5], s[::3], s[::-1], s[8:2:-2], s[100:], type(s[1:2]))
attempt('index high', lambda: s[10])
attempt('index low', lambda: s[-11])
attempt('index str', lambda: s['x'])
s[0] = 100
s[-1] = -100
print(s)
attempt('set high', lambda: s.__setitem__(10, 1))
attempt('set str', lambda: s.__setitem__(0, 'x'))
s[2:5] = A('i')
print(s)
s[1:1] = A('i', [7, 7, 7])
print(s)
s[::2] = A('i', [0] * 5)
print(s)
s[:] = s
print(s)
attempt('slice list', lambda: s.__setitem__(slice(0, 2), [1, 2]))
attempt('slice kind', lambda: s.__setitem__(slice(0, 2), A('d', [1.0])))
attempt('ext slice size', lambda: s.__setitem__(slice(0, 10, 3), A('i', [1])))
del s[0]
del s[-1]
print(s)
del s[::3]
print(s)
del s[1:3]
print(s)
del s[5:1]
print(s)
attempt('del high', lambda: s.__delitem__(50))

# operators
x = A('i', [1, 2])
y = A('i', [3])
print(x + y, x * 3, 2 * x, x * 0, x * -1, 3 in x, 2 in x, 2.0 in x, 'a' in x)
attempt('add list', lambda: x + [1])
attempt('add kind', lambda: x + A('d'))
attempt('mul str', lambda: x * 'x')
attempt('mul float', lambda: x * 1.5)
z = x
z += y
z *= 2
print(z, x is z)
attempt('iadd list', lambda: x.__iadd__([1]))
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) != A('i', [1, 2]), A('i', [1]) == [1])
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) < A('i', [1, 2, 0]), A('i', [2]) > A('i', [1, 9]))
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1]) < A('d', [1.5]), A('b', [-1]) < A('B', [1]))
print(A('i', [1, 2]) <= A('i', [1, 2]), A('i', [1, 2]) >= A('i', [1, 3]), A('d', [float('nan')]) == A('d', [float('nan')]))
print(A('Q', [1 << 63]) > A('q', [1]), A('u', 'ab') < A('u', 'b'))
attempt('lt list', lambda: A('i') < [1])
attempt('hash', lambda: hash(A('i')))
print(sorted([A('i', [3]), A('i', [1, 2]), A('i', [1])]))

# iteration is live
it = iter(A('i', [1, 2, 3]))
print(type(it).__name__, next(it), list(it), list(it))
grow = A('i', [1])
seen = []
for v in grow:
    seen.append(v)
    if v < 4:
        grow.append(v + 1)
print(seen, sum(A('d', [0.5, 0.25])), max(A('B', [3, 250])), list(enumerate(A('h', [5, 6]))))

import copy
c = A('l', [1, 2])
c1, c2 = copy.copy(c), copy.deepcopy(c)
c.append(3)
print(c1, c2, c1 is c, A('i', [1]).buffer_info()[1], str(A('b', [1])))
print(isinstance(c, A), type(c).__name__, type(c).__module__ if hasattr(type(c), '__module__') else '')

# which C conversion reports an out-of-range value depends on its size (b goes through short,
# H through int); the index of an assignment is checked before its value
for tc in 'bBhHiI':
    for v in [128, 256, -129, 2 ** 15, -2 ** 15 - 1, 2 ** 16, 2 ** 31, -2 ** 31 - 1, 2 ** 32, 2 ** 63, 2 ** 64]:
        attempt('%s %d' % (tc, v), lambda: A(tc, [v]))
attempt('index before value', lambda: A('b', [1]).__setitem__(5, 1000))
e = A('i', range(8))
e[::2] = A('i')
print(e)
e[::-3] = A('i')
print(e)
