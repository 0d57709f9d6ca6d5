# Conformance test for copy: every line must match CPython 3.11's output.
import copy
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

print(sorted(copy.__all__), issubclass(copy.Error, Exception), copy.error is copy.Error)

print('--- atomic and builtin containers')
for value in [None, 1, 2.5, True, 'str', b'bytes', (1, 2), frozenset([1]), range(3), len, int]:
    print(type(value).__name__, copy.copy(value) is value)


def f():
    pass


print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(int) is int)
lst = [1, [2, 3], {'k': [4]}]
s = copy.copy(lst)
d = copy.deepcopy(lst)
print(s == lst, s is lst, s[1] is lst[1], d == lst, d[1] is lst[1], d[2]['k'] is lst[2]['k'])
dct = {'a': [1], 'b': {'c': 2}}
s = copy.copy(dct)
d = copy.deepcopy(dct)
print(s == dct, s is dct, s['a'] is dct['a'], d == dct, d['a'] is dct['a'], d['b'] is dct['b'])
st = {1, 2, (3, 4)}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st)
fs = frozenset([1, 2])
print(copy.deepcopy(fs) == fs)
ba = bytearray(b'xyz')
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))
t = (1, 2, 'three')
print(copy.deepcopy(t) is t)
t2 = (1, [2])
dt2 = copy.deepcopy(t2)
print(dt2 == t2, dt2 is t2, dt2[1] is t2[1])
print(copy.deepcopy(()) == (), copy.deepcopy([]) == [])

print('--- shared references and cycles')
shared = [1, 2]
outer = [shared, shared]
dup = copy.deepcopy(outer)
print(dup, dup[0] is dup[1], dup[0] is shared)
cyc = [1]
cyc.append(cyc)
dcyc = copy.deepcopy(cyc)
print(dcyc[1] is dcyc, dcyc is not cyc, dcyc[0])
dcy = {'self': None}
dcy['self'] = dcy
dd = copy.deepcopy(dcy)
print(dd['self'] is dd, dd is not dcy)
tc = ([],)
tc[0].append(tc)
dtc = copy.deepcopy(tc)
print(dtc[0][0] is dtc, dtc is not tc)
memo = {}
a = [1]
b1 = copy.deepcopy(a, memo)
b2 = copy.deepcopy(a, memo)
print(b1 is b2, id(a) in memo)

print('--- instances')


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        print('  __init__ called')

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, type(q).__name__, q is p, q.y is p.y, r.y is p.y, q.__dict__ == p.__dict__)
q.x = 100
print(p.x, q.x)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)


root = Node('root')
root.add(Node('a'))
root.add(Node('b'))
clone = copy.deepcopy(root)
print(clone.name, [c.name for c in clone.children], clone.children[0].parent is clone)
print(clone.children[0] is root.children[0], clone is not root)


class Slotted:
    __slots__ = ('a', 'b', '__hidden')

    def __init__(self):
        self.a = [1]
        self.__hidden = 'h'

    def hidden(self):
        return self.__hidden


sl = Slotted()
cs = copy.copy(sl)
ds = copy.deepcopy(sl)
print(cs.a, cs.a is sl.a, ds.a is sl.a, hasattr(cs, 'b'), cs.hidden(), ds.hidden())


class WithCopy:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('  __copy__')
        return WithCopy('shallow-' + self.v)

    def __deepcopy__(self, memo):
        print('  __deepcopy__', type(memo).__name__)
        return WithCopy('deep-' + self.v)


w = WithCopy('w')
print(copy.copy(w).v, copy.deepcopy(w).v, copy.deepcopy([w, w])[0].v)


class State:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'expensive'

    def __getstate__(self):
        state = dict(self.__dict__)
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


so = State()
sc = copy.copy(so)
sd = copy.deepcopy(so)
print(sc.data, sc.cache, sc.data is so.data, sd.data, sd.cache, sd.data is so.data)


class Reduced:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))


rc = copy.copy(Reduced(5))
print(rc.a, rc.b, copy.deepcopy(Reduced([1])).a)


class Empty:
    pass


e = Empty()
ec = copy.copy(e)
print(type(ec).__name__, ec is not e, ec.__dict__)

print('--- subclasses of builtins')


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = 'tag'
c1 = copy.copy(ml)
c2 = copy.deepcopy(ml)
print(type(c1).__name__, c1, c1.tag, c1[1] is ml[1], type(c2).__name__, c2, c2.tag, c2[1] is ml[1])


class MyDict(dict):
    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value)


md = MyDict(a=[1])
md.note = 'n'
c1 = copy.copy(md)
c2 = copy.deepcopy(md)
print(type(c1).__name__, c1, c1.note, c1['a'] is md['a'], c2, c2['a'] is md['a'])


class MyInt(int):
    pass


mi = MyInt(42)
mi.extra = 'x'
print(type(copy.copy(mi)).__name__, copy.copy(mi), copy.copy(mi).extra, copy.deepcopy(mi) == 42)


class MyStr(str):
    pass


print(type(copy.deepcopy(MyStr('hi'))).__name__, copy.deepcopy(MyStr('hi')))


class MyTuple(tuple):
    pass


mt = MyTuple([1, [2]])
cm = copy.deepcopy(mt)
print(type(cm).__name__, cm, cm[1] is mt[1])


class MySet(set):
    pass


ms = MySet([3, 1])
print(type(copy.copy(ms)).__name__, sorted(copy.copy(ms)), sorted(copy.deepcopy(ms)))

print('--- collections')
od = OrderedDict([('b', [1]), ('a', [2])])
c1 = copy.copy(od)
c2 = copy.deepcopy(od)
print(c1, c2, type(c1).__name__, c1['b'] is od['b'], c2['b'] is od['b'])
dd = defaultdict(list, {'x': [1]})
c1 = copy.copy(dd)
c2 = copy.deepcopy(dd)
c2['new'].append(1)
print(c1, c1['x'] is dd['x'], c2['x'] is dd['x'], sorted(c2), c2.default_factory)
cn = Counter('aab')
print(copy.copy(cn), copy.deepcopy(cn), type(copy.deepcopy(cn)).__name__)
dq = deque([[1], [2]], maxlen=5)
c1 = copy.copy(dq)
c2 = copy.deepcopy(dq)
print(c1, c2, c1[0] is dq[0], c2[0] is dq[0], c2.maxlen)
c2.append('more')
print(len(dq), len(c2))
Pt = namedtuple('Pt', 'x y')
pt = Pt(1, [2])
c1 = copy.copy(pt)
c2 = copy.deepcopy(pt)
print(c1, c2, c1 is pt, c2.y is pt.y, type(c2).__name__)
nested = {'list': [Pt(0, [0])], 'od': OrderedDict(k=deque([1]))}
cp = copy.deepcopy(nested)
print(cp, cp['list'][0].y is nested['list'][0].y)
