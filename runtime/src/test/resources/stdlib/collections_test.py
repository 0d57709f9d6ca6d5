# Conformance test for collections: every line must match CPython 3.11's output.
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap


def check(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


print('--- deque')
d = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), bool(d), d[0], d[-1], d[1])
d.extend([3, 4])
d.extendleft('ab')
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(13)
print(d)
print(d.count(1), d.count('x'), d.index(1), d.index(3, 1), 3 in d, 'zz' in d)
d.insert(1, 'i')
d.insert(-1, 'j')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('i')
print(d)
d.reverse()
print(d, list(reversed(d)))
d[0] = 'first'
d[-1] = 'last'
del d[1]
del d[-2]
print(d)
d.clear()
print(d, len(d))
check('pop empty', lambda: deque().pop())
check('popleft empty', lambda: deque().popleft())
check('index range', lambda: deque([1])[1])
check('index neg range', lambda: deque([1])[-2])
check('index str', lambda: deque([1])['a'])
check('slice', lambda: deque([1, 2])[1:])
check('remove missing', lambda: deque([1]).remove(2))
check('index missing', lambda: deque([1, 2, 3]).index(3, 0, 2))
try:
    hash(deque())
except TypeError:
    print('deque unhashable')
check('maxlen neg', lambda: deque(maxlen=-1))
check('maxlen str', lambda: deque(maxlen='a'))

b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(5)
print(b)
b.appendleft(0)
print(b)
b.extend([7, 8])
print(b)
b.extendleft([1, 2])
print(b)
check('insert full', lambda: b.insert(0, 9))
z = deque([1, 2], maxlen=0)
z.append(3)
z.appendleft(4)
print(z)
print(deque('abc', 5), repr(deque([], 2)))

# a long run exercising the ring buffer's wrap-around and growth
r = deque()
model = []
for i in range(200):
    if i % 3 == 0:
        r.appendleft(i)
        model.insert(0, i)
    elif i % 7 == 0 and r:
        r.popleft()
        model.pop(0)
    else:
        r.append(i)
        model.append(i)
    if i % 11 == 0 and r:
        r.pop()
        model.pop()
print(list(r) == model, len(r), r[0], r[-1], r[len(r) // 2], sum(r))
r.rotate(37)
model = model[-37:] + model[:-37]
print(list(r) == model)
r.rotate(-55)
model = model[55:] + model[:55]
print(list(r) == model)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 5]))
print(deque([1]) + deque([2, 3]), deque([1], 2) + deque([2, 3]))
check('add list', lambda: deque([1]) + [2])
print(deque([1, 2]) * 2, 2 * deque([1]), deque([1], 2) * 3, deque([1, 2]) * 0)
x = deque([1])
x += [2, 3]
x *= 2
print(x)
x.extend(x)
print(x)
y = x.copy()
y.append('new')
print(len(x), len(y), type(y).__name__)
cyc = deque([1])
cyc.append(cyc)
print(cyc)
it = iter(deque([1, 2]))
dd = deque([1, 2, 3])
it = iter(dd)
print(next(it))
dd.append(4)
check('mutated', lambda: next(it))
dd2 = deque([1, 2, 3])
for v in dd2:
    dd2[0] = 'ok'
print(dd2)


class MyDeque(deque):
    pass


md = MyDeque([1, 2], 4)
print(md, md.copy(), type(md.copy()).__name__)


class LoggingDeque(deque):
    def append(self, x):
        print('  append', x)
        deque.append(self, x)

    def popleft(self):
        print('  popleft')
        return deque.popleft(self)


ld = LoggingDeque([1, 2])
ld.extend([3])
ld.append(4)
ld.rotate(1)
del ld[1]
ld.remove(3)
ld += [6]
print(ld, ld + deque([5]), ld * 2, type(ld * 2).__name__)

print('--- defaultdict')
dl = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dl[k].append(v)
print(dl, dl['a'], len(dl), 'zz' in dl, dl.get('zz'))
print(dl['new'], dl)
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(sorted(di.items()))
print(isinstance(di, dict), di.default_factory)
dn = defaultdict()
check('no factory', lambda: dn['x'])
print(repr(dn), repr(defaultdict(None, {1: 2})))
check('bad factory', lambda: defaultdict(1))
print(defaultdict(list, {1: 2}, a=3))
print(defaultdict(lambda: 'dflt', [(1, 'one')])[2])
c = dl.copy()
c['a'].append(99)
c['c'].append(0)
print(sorted(c.keys()), dl['a'], type(c).__name__, c.default_factory)
print(defaultdict(set, a={1}) | {'b': {2}})
print(dict(defaultdict(int, x=1)))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(nested['a']['b'], dict(nested['a']))

print('--- OrderedDict')
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
check('move missing', lambda: od.move_to_end('zz'))
print(od.popitem(), od.popitem(last=False), od)
check('popitem empty', lambda: OrderedDict().popitem())
check('popitem empty first', lambda: OrderedDict().popitem(False))
print(repr(OrderedDict()), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(a=1))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 != o2, o1 == dict(o2), dict(o1) == o2, o1 == OrderedDict(o1))
print(list(reversed(o1)), OrderedDict.fromkeys('xyz', 0))
o3 = o1.copy()
o3['z'] = 26
print(o1, o3, type(o3).__name__)
print(o1 | {'c': 3}, isinstance(o1, dict))
o1.update(b=20, q=0)
print(o1, o1.pop('q'), o1.setdefault('s', 5), o1)
del o1['a']
print(o1)
ov = OrderedDict(a=1, b=2)
print(ov.keys(), ov.values(), ov.items(), repr(OrderedDict().keys()))
print(list(reversed(ov.keys())), list(reversed(ov.items())), list(reversed(ov.values())))
print(sorted(ov.keys() & {'a'}), sorted(ov.keys() | ['c']), sorted(ov.keys() - {'a'}), sorted(ov.keys() ^ {'a', 'z'}))
print(ov.items() & {('a', 1)}, ov.keys() == {'a', 'b'}, ov.keys() == ['a', 'b'], ov.keys() <= {'a', 'b', 'c'})
print('a' in ov.keys(), ('a', 1) in ov.items(), 1 in ov.values(), len(ov.items()), ov.keys().isdisjoint({'z'}))
live = ov.keys()
ov['c'] = 3
print(live, len(live), sorted({'b', 'a'} - ov.keys()))

print('--- Counter')
cnt = Counter('abracadabra')
print(cnt)
print(cnt['a'], cnt['zzz'], 'zzz' in cnt, len(cnt))
print(cnt.most_common(), cnt.most_common(2), cnt.most_common(0), cnt.most_common(-1))
print(sorted(cnt.elements()), ''.join(Counter('aab').elements()))
print(Counter({'x': 3, 'y': -1}), Counter(cats=4, dogs=8), repr(Counter()))
cnt.update('aaz')
cnt.update({'b': 10})
cnt.update(q=2)
print(cnt)
cnt.subtract('aaaaaaaaa')
cnt.subtract({'q': 5})
print(cnt)
print(cnt.total(), Counter().total())
del cnt['not-there']
del cnt['z']
print(cnt)
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
check('add dict', lambda: a + {'a': 1})
c = Counter(a=3, b=1)
c += Counter(b=-1, c=2)
print(c)
c -= Counter(a=5)
print(c)
c = Counter(a=3, b=1)
c |= Counter(a=1, b=4, e=-1)
print(c)
c &= Counter(a=2, x=3)
print(c)
print(Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0))
print(Counter(a=1, b=1) > Counter(a=1), Counter(a=1) == {'a': 1}, Counter(a=1) != Counter(a=2))
check('fromkeys', lambda: Counter.fromkeys('ab'))
check('two iterables', lambda: Counter('a', 'b'))
check('update two', lambda: Counter().update('a', 'b'))
print(Counter(iterable=3), Counter('ab', iterable=1))
cc = Counter('hello').copy()
print(cc, type(cc).__name__)
print(Counter([1, 1, 2, 3, 3, 3]).most_common(1), dict(Counter('aab')))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
print(sorted(Counter(words).items()))
print(Counter({'a': 1.5, 'b': 0.5}), Counter({'a': 'x', 'b': 1}))


class Tally(Counter):
    pass


print(Tally('aab'), Tally('ab') + Tally('b'))

print('--- namedtuple')
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[1], len(p), p == (11, 22), isinstance(p, tuple), tuple(p))
print(Point._fields, Point.__name__, Point.__doc__, Point.x.__doc__, p._asdict())
x, y = p
print(x + y, p + (1,), p * 2, p[::-1], sorted([Point(2, 1), Point(1, 2)]))
print(p._replace(x=100), Point._make([5, 6]), hash(p) == hash((11, 22)))
check('missing', lambda: Point(1))
check('missing all', lambda: namedtuple('P', 'x y z')())
check('too many', lambda: Point(1, 2, 3))
check('unexpected kw', lambda: Point(1, 2, z=3))
check('multiple', lambda: Point(1, x=3))
check('make short', lambda: Point._make([1]))
check('replace bad', lambda: p._replace(z=1))
check('attribute', lambda: p.z)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.y
except AttributeError as e:
    print('AttributeError', e)
print(repr(Point.x), Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
check('getter on int', lambda: Point.y.__get__(5))
P3 = namedtuple('P3', 'a, b c')
print(P3(1, 2, 3), P3._fields)
D = namedtuple('D', 'a b c', defaults=[2, 3])
print(D(1), D(1, 5), D(a=0, c=9), D._field_defaults)
check('defaults too many', lambda: D(1, 2, 3, 4))
check('defaults missing', lambda: D())
check('too many defaults', lambda: namedtuple('E', 'a', defaults=[1, 2]))
check('underscore', lambda: namedtuple('P', 'x _y'))
check('duplicate', lambda: namedtuple('P', 'x x'))
check('keyword', lambda: namedtuple('P', 'x def'))
check('identifier', lambda: namedtuple('P', 'x 1a'))
check('typename', lambda: namedtuple('1P', 'x'))
print(namedtuple('R', 'x def x _y 1 ok', rename=True)._fields)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
check('empty extra', lambda: Empty(1))
print(namedtuple('M', 'a', module='mymod').__module__)


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(1, 2) + Vec(3, -4)
print(v, v.norm1, type(v).__name__, Vec._make((0, 0)), v._replace(y=0))
print(dict(zip(Point._fields, (1, 2))), Point(*[7, 8]), Point(**{'x': 1, 'y': 2}))
pts = {Point(1, 2): 'a'}
print(pts[(1, 2)], Point(1, 2) in pts)

print('--- ChainMap')
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), 'a' in cm, cm.get('zz', 'dflt'))
cm['a'] = 100
print(over, base, cm.maps[0] is over)
child = cm.new_child({'d': 4})
print(child['d'], child['a'], len(child.maps), child.parents.maps == cm.maps)
check('missing key', lambda: cm['nope'])
print(list(cm.items()))
