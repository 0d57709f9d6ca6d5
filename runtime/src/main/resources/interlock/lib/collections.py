"""Container datatypes: deque, defaultdict, OrderedDict, Counter and namedtuple.

Interlock's pure-Python collections, with CPython 3.11's behaviour and reprs.

* deque: a double-ended queue on a ring buffer (a list used circularly), so both ends
  are O(1); optionally bounded by maxlen.
* defaultdict: a dict subclass whose __missing__ calls default_factory.
* OrderedDict: a dict subclass; plain dicts keep insertion order, so it only adds
  move_to_end, popitem(last=) and order-sensitive equality.
* Counter: a dict subclass counting hashable items, missing keys count 0.
* namedtuple: a factory building tuple subclasses with named fields.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque',
           'namedtuple']

_MAXSIZE = 9223372036854775807

# Objects whose repr is being computed, by id: a container that contains itself
# shows as [...] (deque) or ... (others) instead of recursing forever.
_repr_running = set()


def _same(a, b):
    # Identity first, then ==, as CPython's container comparisons do.
    return a is b or a == b


################################################################################
# deque
################################################################################

from _thread import allocate_lock as _allocate_lock


class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints.
    """

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
            maxlen = int(maxlen)
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0          # buffer index of the leftmost item
        self._len = 0
        self._state = 0         # bumped by every change of length, checked by iterators
        # append/appendleft/pop/popleft/clear/rotate are atomic in CPython (one C call under
        # the GIL, a critical section in free-threaded builds); here they are several
        # bytecodes with calls in between, where any policy may switch threads, so they take
        # this lock (threads helper: issue 4, "what CPython documents as atomic stays atomic").
        self._mutex = _allocate_lock()
        _extend(self, iterable)

    # -- ring buffer primitives -------------------------------------------------

    def _slot(self, i):
        return (self._head + i) % len(self._buf)

    def _grow(self):
        old = self._buf
        cap = len(old)
        new = [None] * (cap * 2)
        for i in range(self._len):
            new[i] = old[(self._head + i) % cap]
        self._buf = new
        self._head = 0

    def _push_right(self, x):
        if self._len == len(self._buf):
            self._grow()
        self._buf[self._slot(self._len)] = x
        self._len += 1

    def _push_left(self, x):
        if self._len == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._len += 1

    def _take_right(self):
        i = self._slot(self._len - 1)
        x = self._buf[i]
        self._buf[i] = None
        self._len -= 1
        return x

    def _take_left(self):
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._len -= 1
        return x

    def _reset(self, items):
        cap = 8
        while cap < len(items):
            cap *= 2
        self._buf = list(items) + [None] * (cap - len(items))
        self._head = 0
        self._len = len(items)
        self._state += 1

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError('deque index out of range')
        return i

    # -- public API -------------------------------------------------------------

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # The public methods call module-level helpers, never each other, so that a
    # subclass overriding one (say append) does not change the others, as in CPython.

    def append(self, x):
        """Add an element to the right side of the deque."""
        _append(self, x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        _appendleft(self, x)

    def pop(self):
        """Remove and return the rightmost element."""
        return _pop(self)

    def popleft(self):
        """Remove and return the leftmost element."""
        return _popleft(self)

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        _extend(self, iterable)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            _appendleft(self, x)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1); left if n is negative."""
        _rotate(self, n)

    def clear(self):
        """Remove all elements from the deque."""
        _clear(self)

    def copy(self):
        """Return a shallow copy of a deque."""
        return _copy(self)

    def __copy__(self):
        return _copy(self)

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for i in range(self._len):
            item = self._buf[self._slot(i)]
            if _same(item, value):
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_MAXSIZE):
        """Return first index of value; raise ValueError if it is not present."""
        n = self._len
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            item = self._buf[self._slot(i)]
            if _same(item, value):
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self)
        items.insert(index, value)
        self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        for i in range(self._len):
            if _same(self._buf[self._slot(i)], value):
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = list(self)
        items.reverse()
        state = self._state
        self._reset(items)
        self._state = state

    # -- sequence protocol ------------------------------------------------------

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def __getitem__(self, index):
        return self._buf[self._slot(self._index(index))]

    def __setitem__(self, index, value):
        self._buf[self._slot(self._index(index))] = value

    def __delitem__(self, index):
        i = self._index(index)
        # Rotate the doomed item to an end, drop it, rotate back.
        if i < self._len // 2:
            _rotate(self, -i)
            _popleft(self)
            _rotate(self, i)
        else:
            k = self._len - 1 - i
            _rotate(self, k)
            _pop(self)
            _rotate(self, -k)

    def __iter__(self):
        # State and length are taken now, when the iterator is made, as CPython does.
        return self._iterate(self._state, self._len, False)

    def __reversed__(self):
        return self._iterate(self._state, self._len, True)

    def _iterate(self, state, n, backwards):
        for i in range(n):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            j = n - 1 - i if backwards else i
            yield self._buf[self._slot(j)]
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __contains__(self, value):
        state = self._state
        for i in range(self._len):
            if _same(self._buf[self._slot(i)], value):
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(list(self))
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'

    # -- comparisons and arithmetic ---------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            other_name = type(other).__name__
            raise TypeError(f'can only concatenate deque (not "{other_name}") to deque')
        result = _copy(self)
        _extend(result, other)
        return result

    def __iadd__(self, other):
        _extend(self, other)
        return self

    def __mul__(self, n):
        result = _copy(self)
        _repeat(result, n)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        _repeat(self, n)
        return self


def _append(d, x):
    with d._mutex:
        d._state += 1
        if d._maxlen is not None and d._len >= d._maxlen:
            if d._maxlen == 0:
                return
            d._take_left()
        d._push_right(x)


def _appendleft(d, x):
    with d._mutex:
        d._state += 1
        if d._maxlen is not None and d._len >= d._maxlen:
            if d._maxlen == 0:
                return
            d._take_right()
        d._push_left(x)


def _pop(d):
    with d._mutex:
        if d._len == 0:
            raise IndexError('pop from an empty deque')
        d._state += 1
        return d._take_right()


def _popleft(d):
    with d._mutex:
        if d._len == 0:
            raise IndexError('pop from an empty deque')
        d._state += 1
        return d._take_left()


def _extend(d, iterable):
    if iterable is d:
        iterable = list(iterable)
    for x in iterable:
        _append(d, x)


def _clear(d):
    with d._mutex:
        d._buf = [None] * 8
        d._head = 0
        d._len = 0
        d._state += 1


def _rotate(d, n):
    with d._mutex:
        size = d._len
        if size <= 1:
            return
        n %= size
        # Move whichever side is shorter.
        if n <= size // 2:
            for _ in range(n):
                d._push_left(d._take_right())
        else:
            for _ in range(size - n):
                d._push_right(d._take_left())
        d._state += 1


def _repeat(d, n):
    items = list(d)
    _clear(d)
    if n > 0:
        for _ in range(n):
            _extend(d, items)


def _copy(d):
    # A subclass is copied through its constructor, as CPython does.
    if type(d) is deque:
        return deque(d, d._maxlen)
    if d._maxlen is None:
        return type(d)(d)
    return type(d)(d, d._maxlen)


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce a new value when a key
    is not present, in __getitem__ only. All other arguments are those of dict().
    """

    def __init__(self, *args, **kwargs):
        factory = None
        if args:
            factory = args[0]
            args = args[1:]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = dict.__repr__(self)
            factory_repr = '...' if factory is self else repr(factory)
        finally:
            _repr_running.discard(key)
        return f'{type(self).__name__}({factory_repr}, {body})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order and can reorder its keys."""

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return (key, value)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        if not dict.__contains__(self, key):
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
            return
        # The underlying dict can only append, so rebuild with key first.
        value = dict.__getitem__(self, key)
        items = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in items:
            if not _same(k, key):
                dict.__setitem__(self, k, v)

    def __reversed__(self):
        keys = list(dict.keys(self))
        keys.reverse()
        return iter(keys)

    def keys(self):
        """A set-like view of the keys, in order."""
        return _OrderedView(self, 'keys')

    def values(self):
        """A view of the values, in order."""
        return _OrderedView(self, 'values')

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return _OrderedView(self, 'items')

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return f'{type(self).__name__}({list(self.items())!r})'
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not _same(a, b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


class _OrderedView:
    """odict_keys / odict_values / odict_items: live views of an OrderedDict.

    Keys and items views are set-like (comparisons and & | - ^ give sets, as dict
    views do); the values view compares by identity only.
    """

    def __init__(self, mapping, kind):
        self._mapping = mapping
        self._kind = kind

    def _live(self):
        if self._kind == 'keys':
            return dict.keys(self._mapping)
        if self._kind == 'values':
            return dict.values(self._mapping)
        return dict.items(self._mapping)

    def __iter__(self):
        return iter(self._live())

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, item):
        return item in self._live()

    def __reversed__(self):
        items = list(self._live())
        items.reverse()
        return iter(items)

    def __repr__(self):
        return f'odict_{self._kind}({list(self._live())!r})'

    def _set(self):
        if self._kind == 'values':
            raise TypeError("unsupported operand type(s) for set operation: 'odict_values'")
        return set(self._live())

    def isdisjoint(self, other):
        for item in other:
            if item in self._live():
                return False
        return True

    def __eq__(self, other):
        if self._kind == 'values':
            return self is other
        if isinstance(other, (set, frozenset, _OrderedView)) or type(other).__name__ in (
                'dict_keys', 'dict_items'):
            return self._set() == set(other)
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __le__(self, other):
        return self._set() <= set(other)

    def __lt__(self, other):
        return self._set() < set(other)

    def __ge__(self, other):
        return self._set() >= set(other)

    def __gt__(self, other):
        return self._set() > set(other)

    def __and__(self, other):
        return self._set() & set(other)

    def __or__(self, other):
        return self._set() | set(other)

    def __sub__(self, other):
        return self._set() - set(other)

    def __xor__(self, other):
        return self._set() ^ set(other)

    def __rand__(self, other):
        return set(other) & self._set()

    def __ror__(self, other):
        return set(other) | self._set()

    def __rsub__(self, other):
        return set(other) - self._set()

    def __rxor__(self, other):
        return set(other) ^ self._set()


################################################################################
# Counter
################################################################################

def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, 'items')
                                     and hasattr(obj, '__getitem__'))


class Counter(dict):
    """Dict subclass for counting hashable items (a multiset).

    Elements are stored as dictionary keys and their counts as values; a missing
    element counts zero.
    """

    def __init__(self, *args, **kwds):
        # The iterable is positional-only: Counter(iterable=1) counts a key 'iterable'.
        if len(args) > 1:
            _too_many('__init__', args)
        dict.__init__(self)
        self.update(*args, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts, most common first.

        Elements with equal counts keep the order in which they were first seen.
        """
        ordered = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ordered
        if n < 0:
            n = 0
        return ordered[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return self._elements(list(self.items()))

    def _elements(self, items):
        for elem, count in items:
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, *args, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if len(args) > 1:
            _too_many('update', args)
        iterable = args[0] if args else None
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, *args, **kwds):
        """Like dict.update() but subtract counts instead of replacing them."""
        if len(args) > 1:
            _too_many('subtract', args)
        iterable = args[0] if args else None
        if iterable is not None:
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown in insertion order.
            shown = dict(self)
        return f'{self.__class__.__name__}({shown!r})'

    # Rich comparisons treat missing elements as having zero count.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _op_eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _op_le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _op_ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def _all_counts(self, other, test):
        for source in (self, other):
            for elem in source:
                if not test(self[elem], other[elem]):
                    return False
        return True

    # Multiset arithmetic keeps only positive counts in its results.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _too_many(name, args):
    given = len(args) + 1
    raise TypeError(f'Counter.{name}() takes from 1 to 2 positional arguments '
                    f'but {given} were given')


def _count_of(item):
    return item[1]


def _op_eq(a, b):
    return a == b


def _op_le(a, b):
    return a <= b


def _op_ge(a, b):
    return a >= b


################################################################################
# namedtuple
################################################################################

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield',
])


def _quoted_names(names):
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


class _tuplegetter:
    """The descriptor for one namedtuple field: reads item `index`, refuses writes."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not isinstance(instance, tuple):
            raise TypeError(f"descriptor for index '{self._index}' for tuple subclasses "
                            f"doesn't apply to '{type(instance).__name__}' object")
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._index}, {self.__doc__!r})'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)

    Without sys._getframe the caller's module is unknown: pass module= to set
    __module__ (it defaults to '__main__').
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        first = len(field_names) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[first + i]] = defaults[i]

    fields = tuple(field_names)
    num_fields = len(fields)
    required = num_fields - len(field_defaults)
    arg_list = ', '.join(fields)

    def __new__(_cls, *args, **kwargs):
        # Binds arguments as a generated `def __new__(_cls, f1, f2=d2, ...)` would,
        # with CPython's messages and its order of checks.
        where = typename + '.__new__()'
        values = list(args[:num_fields])
        given = [True] * len(values) + [False] * (num_fields - len(values))
        values = values + [None] * (num_fields - len(values))
        for key in kwargs:
            if key not in fields:
                raise TypeError(f"{where} got an unexpected keyword argument '{key}'")
            i = fields.index(key)
            if given[i]:
                raise TypeError(f"{where} got multiple values for argument '{key}'")
            values[i] = kwargs[key]
            given[i] = True
        if len(args) > num_fields:
            if required == num_fields:
                expected = str(num_fields + 1)
            else:
                expected = f'from {required + 1} to {num_fields + 1}'
            plural = '' if expected == '1' else 's'
            was = 'was' if len(args) + 1 == 1 else 'were'
            given = len(args) + 1
            raise TypeError(f'{where} takes {expected} positional argument{plural} '
                            f'but {given} {was} given')
        missing = []
        for i in range(num_fields):
            if not given[i]:
                if fields[i] in field_defaults:
                    values[i] = field_defaults[fields[i]]
                else:
                    missing.append(fields[i])
        if missing:
            plural = '' if len(missing) == 1 else 's'
            names = _quoted_names(missing)
            raise TypeError(f'{where} missing {len(missing)} required positional '
                            f'argument{plural}: {names}')
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        """Make a new object from a sequence or iterable"""
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, **kwds):
        """Return a new object replacing specified fields with new values"""
        values = []
        for name, value in zip(fields, self):
            values.append(kwds.pop(name, value))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    def __repr__(self):
        """Return a nicely formatted representation string"""
        body = ', '.join([f'{name}={value!r}' for name, value in zip(fields, self)])
        return f'{self.__class__.__name__}({body})'

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
        '__module__': '__main__' if module is None else module,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
    return type(typename, (tuple,), namespace)


################################################################################
# ChainMap
################################################################################

class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together to create a single,
    updateable view. Lookups search the maps in order; writes go to the first one.
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(self._merged())

    def _merged(self):
        merged = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                merged[key] = None
        return merged

    def __iter__(self):
        return iter(self._merged())

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def keys(self):
        return list(self._merged())

    def items(self):
        return [(key, self[key]) for key in self._merged()]

    def values(self):
        return [self[key] for key in self._merged()]

    def __repr__(self):
        body = ', '.join(map(repr, self.maps))
        return f'{self.__class__.__name__}({body})'

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value; KeyError if missing there."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        return dict(self.items()) == other



# collections is a single module here, but a __path__ makes it a package to the importer,
# so "import collections.abc" loads lib/collections/abc.py (on first use only).
__path__ = ['<classpath>/interlock/lib/collections']


# ---------------------------------------------------------------------------------------------
# UserDict, UserList, UserString: wrappers around a real dict, list or str kept in .data,
# meant for subclassing (every operation goes through the overridable methods).

import _collections_abc as _cabc
from sys import maxsize as _sys_maxsize


class UserDict(_cabc.MutableMapping):
    """A dict-like class whose contents live in the dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_cabc.MutableSequence):
    """A list-like class whose contents live in the list self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_cabc.Sequence):
    """A str-like class whose value lives in the str self.data."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys_maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, end)

    def removeprefix(self, prefix, /):
        if isinstance(prefix, UserString):
            prefix = prefix.data
        return self.__class__(self.data.removeprefix(prefix))

    def removesuffix(self, suffix, /):
        if isinstance(suffix, UserString):
            suffix = suffix.data
        return self.__class__(self.data.removesuffix(suffix))

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys_maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys_maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys_maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_sys_maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, end)

    def rindex(self, sub, start=0, end=_sys_maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys_maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
