import collections.abc
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence,
                             MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible)
from collections import OrderedDict, defaultdict, deque, Counter
import collections
print(collections.abc is collections.abc.Mapping.__module__ and 0 or collections.abc.__name__.endswith('abc'))
def gen():
    yield 1
samples = [[1], (1,), 'ab', b'ab', {1: 2}, {1}, frozenset(), range(3), iter([]), gen(), len, 3, 2.5, None, OrderedDict(), defaultdict(int), Counter(), deque()]
names = ['list', 'tuple', 'str', 'bytes', 'dict', 'set', 'frozenset', 'range', 'list_iter', 'gen', 'len', 'int', 'float', 'None', 'OD', 'DD', 'Counter', 'deque']
for abc_ in (Iterable, Iterator, Sized, Container, Callable, Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible):
    print(abc_.__name__.ljust(16), ' '.join(n for n, s in zip(names, samples) if isinstance(s, abc_)))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(isinstance(Countdown(3), Iterator), issubclass(Countdown, Iterable), list(Countdown(3)), isinstance(Countdown(1), Sized))
class Unhashable:
    __hash__ = None
print(isinstance(Unhashable(), Hashable), isinstance(Countdown(1), Hashable))
class Bag(Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
b = Bag(a=1, b=2)
print(b.get('a'), b.get('z', 0), 'b' in b, 'z' in b, sorted(b.keys()), sorted(b.items()), sorted(b.values()), b == {'a': 1, 'b': 2}, b == Bag(a=1), len(b))
print(isinstance(b.keys(), Set), b.keys() & {'a', 'q'}, b.keys() - {'a'}, ('a', 1) in b.items(), 2 in b.values())
class Store(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
s = Store()
s.update({'x': 1}, y=2); s.update([('z', 3)]); print(s.setdefault('x', 9), s.setdefault('w', 4), s.pop('y'), s.pop('nope', -1), s.popitem(), dict(s))
try: s.pop('nope')
except KeyError as e: print('KeyError', e)
s.clear(); print(len(s))
class Seq(Sequence):
    def __init__(self, *a): self._a = a
    def __getitem__(self, i): return self._a[i]
    def __len__(self): return len(self._a)
q = Seq(3, 1, 4, 1, 5)
print(list(q), 4 in q, 9 in q, list(reversed(q)), q.index(1), q.index(1, 2), q.count(1))
try: q.index(9)
except ValueError: print('ValueError')
class MSeq(MutableSequence):
    def __init__(self): self._a = []
    def __getitem__(self, i): return self._a[i]
    def __setitem__(self, i, v): self._a[i] = v
    def __delitem__(self, i): del self._a[i]
    def __len__(self): return len(self._a)
    def insert(self, i, v): self._a.insert(i, v)
m = MSeq(); m.append(1); m.extend([2, 3, 4]); m.reverse(); print(list(m), m.pop(), m.pop(0)); m.remove(3); m += [7, 8]; print(list(m))
class ListSet(MutableSet):
    def __init__(self, it=()):
        self._items = []
        for x in it: self.add(x)
    def __contains__(self, x): return x in self._items
    def __iter__(self): return iter(self._items)
    def __len__(self): return len(self._items)
    def add(self, x):
        if x not in self._items: self._items.append(x)
    def discard(self, x):
        if x in self._items: self._items.remove(x)
a, c = ListSet([1, 2, 3]), ListSet([3, 4])
print(list(a | c), list(a & c), list(a - c), list(a ^ c), a <= ListSet([1, 2, 3, 4]), a < a, a == ListSet([3, 2, 1]), a.isdisjoint([9]))
a |= [9]; a -= [1]; print(list(a), a.pop(), list(a))
try: ListSet().remove(1)
except KeyError: print('KeyError')
try: Sequence()
except TypeError as e: print('TypeError', e)
