"""Functional tools for creating and using iterators.

Interlock's pure-Python itertools, with CPython 3.11's behaviour: the same results, the
same laziness (arguments are checked and turned into iterators when the call is made,
items are pulled only when asked for) and the same exceptions. Most tools are generator
functions behind a small wrapper that does the eager part; count, repeat, chain, groupby
and tee are classes because their objects carry state or methods users reach for.
Reprs of the generator-based tools differ from CPython's (they are generators here).

Infinite iterators: count, cycle, repeat.
Iterators over the shortest input: accumulate, chain, chain.from_iterable, compress,
dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile, tee, zip_longest.
Combinatorics: product, permutations, combinations, combinations_with_replacement.
"""

__all__ = [
    'accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
    'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
    'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest',
]

_MAXSIZE = 9223372036854775807


def _is_number(x):
    # CPython's PyNumber_Check; complex is tested by name, the interpreter may lack it.
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    for method in ('__index__', '__int__', '__float__', '__complex__'):
        if hasattr(t, method):
            return True
    return t.__name__ == 'complex'


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        if isinstance(self._step, int) and self._step == 1:
            return f'{name}({self._next!r})'
        return f'{name}({self._next!r}, {self._step!r})'


def cycle(iterable):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ... (saves a copy of p's items)."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for item in it:
        yield item
        saved.append(item)
    if not saved:
        return
    while True:
        for item in saved:
            yield item


class repeat:
    """repeat(object [,times]) --> object, object, ... forever or `times` times."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._left = None
        else:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted "
                                "as an integer")
            self._left = int(times) if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._object
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._left})'


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of the two-argument func)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for item in it:
        if func is None:
            total = total + item
        else:
            total = func(total, item)
        yield total


class chain:
    """chain(*iterables) --> items of the first iterable, then of the next, and so on."""

    def __init__(self, *iterables):
        # Sources become iterators only when reached, as CPython does.
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> chain over the iterables iterable yields."""
        result = cls.__new__(cls)
        result._sources = iter(iterable)
        result._active = None
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._sources is None:
                raise StopIteration
            if self._active is None:
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(source)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    """compress(data, selectors) --> the items of data whose selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item, selector in zip(data, selectors):
        if selector:
            yield item


def dropwhile(predicate, iterable):
    """Drop items while predicate(item) is true, then yield every remaining item."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    for item in it:
        yield item


def takewhile(predicate, iterable):
    """Yield items while predicate(item) is true; stop at the first false one."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if not predicate(item):
            return
        yield item


def filterfalse(function, iterable):
    """Yield the items for which function(item) is false (or which are false, if None)."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    for item in it:
        if function is None:
            if not item:
                yield item
        elif not function(item):
            yield item


def starmap(function, iterable):
    """starmap(function, iterable) --> function(*args) for each args in iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def pairwise(iterable):
    """pairwise('ABCD') --> AB BC CD"""
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        previous = next(it)
    except StopIteration:
        return
    for item in it:
        yield (previous, item)
        previous = item


def zip_longest(*iterables, fillvalue=None):
    """Like zip, but runs until the longest iterable ends, padding with fillvalue."""
    return _zip_longest([iter(x) for x in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    if not iterators:
        return
    live = len(iterators)
    while True:
        row = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                iterators[i] = None
                live -= 1
                if live == 0:
                    return
                row.append(fillvalue)
        yield tuple(row)


def _as_index(value):
    """value as an index, or -1 if it is not an int in range (CPython's error value)."""
    if isinstance(value, int):
        if -_MAXSIZE - 1 <= value <= _MAXSIZE:
            return int(value)
        return -1
    method = getattr(type(value), '__index__', None)
    if method is None:
        return -1
    return _as_index(method(value))


_STOP_MESSAGE = ('Stop argument for islice() must be None or an integer: '
                 '0 <= x <= sys.maxsize.')
_INDICES_MESSAGE = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]).

    Like slicing a list, but lazy; negative values are not allowed.
    """
    if len(args) < 1:
        raise TypeError(f'islice expected at least 2 arguments, got {len(args) + 1}')
    if len(args) > 3:
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    # The checks and their order follow CPython's, where -1 means "no stop" and also
    # "conversion failed", which is why stop=-1 gets the Stop message and -2 the other.
    start = 0
    stop = -1
    step = 1
    if len(args) == 1:
        if args[0] is not None:
            stop = _as_index(args[0])
            if stop == -1:
                raise ValueError(_STOP_MESSAGE)
    else:
        if args[0] is not None:
            start = _as_index(args[0])
        if args[1] is not None:
            stop = _as_index(args[1])
            if stop == -1:
                raise ValueError(_STOP_MESSAGE)
    if start < 0 or stop < -1:
        raise ValueError(_INDICES_MESSAGE)
    if len(args) == 3 and args[2] is not None:
        step = _as_index(args[2])
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, None if stop == -1 else stop, step)


def _islice(it, wanted, stop, step):
    # Mirrors CPython's bookkeeping: `seen` counts items pulled, `wanted` is the index of
    # the next item to yield (capped at stop so the skip loop also consumes up to stop).
    seen = 0
    while True:
        while seen < wanted:
            try:
                next(it)
            except StopIteration:
                return
            seen += 1
        if stop is not None and seen >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        seen += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def product(*iterables, repeat=1):
    """Cartesian product: product('ab', range(2)) --> a0 a1 b0 b1."""
    if not isinstance(repeat, int):
        raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(x) for x in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        # Advance the rightmost index that can move (an odometer), resetting those after it.
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[k][indices[k]] for k in range(n))


def _r_arg(r):
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """Successive r-length permutations of the items, in lexicographic index order."""
    pool = tuple(iterable)
    r = len(pool) if r is None else _r_arg(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    # Generated from combinations of index positions, each in every order, by a
    # recursive walk that always picks the smallest unused index first.
    used = [False] * n
    chosen = []

    def walk(depth):
        if depth == r:
            yield tuple(pool[i] for i in chosen)
            return
        for i in range(n):
            if not used[i]:
                used[i] = True
                chosen.append(i)
                yield from walk(depth + 1)
                chosen.pop()
                used[i] = False

    yield from walk(0)


def combinations(iterable, r):
    """r-length subsequences of the items, in the order of their positions."""
    pool = tuple(iterable)
    return _combinations(pool, _r_arg(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        # Find the rightmost index not yet at its highest possible position.
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[k] for k in indices)


def combinations_with_replacement(iterable, r):
    """r-length subsequences allowing an item to repeat: ('AB', 2) --> AA AB BB."""
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, _r_arg(r))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple(pool[k] for k in indices)


def _same(a, b):
    # Identity first, then ==, as CPython's key comparisons do.
    return a is b or a == b


class groupby:
    """groupby(iterable, key=None) --> (key, group iterator) for runs of equal keys.

    Advancing the groupby ends the previous group: its iterator yields nothing more.
    """

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._has_current = False
        self._current_value = None
        self._current_key = None
        self._target_key = None
        self._has_target = False
        self._group = None

    def __iter__(self):
        return self

    def _step(self):
        # Pulls one item; raises StopIteration at the end of the input.
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._current_value = value
        self._current_key = key
        self._has_current = True

    def __next__(self):
        self._group = None
        # Skip what is left of the current group.
        while True:
            if not self._has_current:
                self._step()
            elif self._has_target and _same(self._target_key, self._current_key):
                self._has_current = False
            else:
                break
        self._target_key = self._current_key
        self._has_target = True
        group = _grouper(self, self._target_key)
        self._group = group
        return (self._current_key, group)


class _grouper:
    """The iterator over one group of a groupby."""

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._group is not self:
            raise StopIteration
        if not parent._has_current:
            try:
                parent._step()
            except StopIteration:
                parent._group = None
                raise
        if not _same(self._key, parent._current_key):
            raise StopIteration
        parent._has_current = False
        return parent._current_value


class _TeeLink:
    """One cell of the shared buffer behind a set of tee iterators."""

    def __init__(self):
        self.value = None
        self.next = None


class _TeeSource:
    def __init__(self, it):
        self.it = it


class _tee:
    """One of the iterators tee() returns; all read the same lazily filled buffer."""

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            # This iterator is the furthest ahead: pull a new item for everyone.
            value = next(self._source.it)
            link.value = value
            link.next = _TeeLink()
        value = link.value
        self._link = link.next
        return value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    """tee(iterable, n=2) --> tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(_TeeSource(it), _TeeLink())
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)
