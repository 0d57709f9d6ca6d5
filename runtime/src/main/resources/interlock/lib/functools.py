"""Higher-order functions and operations on callable objects.

Interlock's pure-Python functools, with CPython 3.11's behaviour: reduce, partial,
partialmethod, update_wrapper, wraps, lru_cache, cache, cmp_to_key, total_ordering,
cached_property, singledispatch and singledispatchmethod.

lru_cache keeps its entries in a plain dict and relies on the dict's insertion order for
recency (a hit moves the key to the end, eviction drops the first key). It takes no lock:
each dict operation is atomic under every Interlock policy, and the steps between them
tolerate other threads' changes (a key evicted meanwhile, an emptied cache), but the hit
and miss counters may undercount under parallel threads, the recency order is
approximate, and two threads missing on one key both call the function (as in CPython).
singledispatch dispatches on the argument's class MRO (no abstract base classes, no
union types).
"""

from collections import namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
           'partialmethod', 'singledispatch', 'singledispatchmethod', 'cached_property']

# Sentinel for "no value given", distinct from any value a user can pass.
_MISSING = object()


################################################################################
# update_wrapper() and wraps()
################################################################################

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function.

    assigned names are copied from wrapped (when it has them); the dicts named in updated
    are updated from wrapped's; wrapper.__wrapped__ is set to wrapped.
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied through __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


################################################################################
# total_ordering
################################################################################

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


# For each root operation, the operations derived from it.
_CONVERT = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def _defines(cls, name):
    # Whether cls or a base other than object defines name (object's defaults do not count).
    for klass in cls.__mro__:
        if klass is object:
            continue
        if name in klass.__dict__:
            return True
    return False


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods from one given."""
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


################################################################################
# cmp_to_key
################################################################################

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, _key_obj(K, other)) < 0

        def __gt__(self, other):
            return mycmp(self.obj, _key_obj(K, other)) > 0

        def __eq__(self, other):
            return mycmp(self.obj, _key_obj(K, other)) == 0

        def __le__(self, other):
            return mycmp(self.obj, _key_obj(K, other)) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, _key_obj(K, other)) >= 0

        __hash__ = None

    return K


def _key_obj(K, other):
    if not isinstance(other, K):
        raise TypeError('other argument must be K instance')
    return other.obj


################################################################################
# reduce
################################################################################

def reduce(function, sequence, initial=_MISSING):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence or
    iterable, from left to right, so as to reduce the iterable to a single value.
    """
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _MISSING:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


################################################################################
# partial and partialmethod
################################################################################

class partial:
    """New function with partial application of the given arguments and keywords."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            # Flatten partial(partial(f, a), b) into partial(f, a, b).
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
        return self

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*(self.args + args), **merged)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        body = ', '.join(parts)
        return f'{name}({body})'


class partialmethod:
    """Method descriptor with partial application of the given arguments and keywords.

    Supports wrapping existing descriptors and handles non-descriptor callables as
    instance methods.
    """

    def __init__(self, func, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            self.keywords = merged
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, '__get__', None)
        if getter is not None:
            bound = getter(obj, cls)
            if bound is not self.func:
                return partial(bound, *self.args, **self.keywords)
        if obj is None:
            return self._unbound()
        return partial(*((self.func, obj) + self.args), **self.keywords)

    def _unbound(self):
        def _method(cls_or_self, *args, **keywords):
            merged = dict(self.keywords)
            merged.update(keywords)
            return self.func(*((cls_or_self,) + self.args + args), **merged)
        return _method


################################################################################
# lru_cache and cache
################################################################################

CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                       module='functools')

# Separates positional from keyword arguments in a cache key.
_KWD_MARK = (object(),)


def _make_key(args, kwds, typed):
    """A hashable key for one call; equal calls make equal keys.

    A lone int or str argument is its own key, as in CPython, so f(1) and f(1.0) are
    cached apart even when untyped (1 and (1.0,) differ).
    """
    if not typed and not kwds and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwds:
        key = key + _KWD_MARK
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(v) for v in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If maxsize is None, the cache grows without bound; 0 disables caching. With typed,
    arguments of different types are cached separately (3 and 3.0 differ).
    The wrapper gets cache_info(), cache_clear() and cache_parameters().
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without parentheses: maxsize is the user's function.
        user_function = maxsize
        wrapper = _lru_cache_wrapper(user_function, 128, typed)
        wrapper.cache_parameters = lambda: {'maxsize': 128, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    hits = 0
    misses = 0
    not_found = _MISSING

    if maxsize == 0:
        def wrapper(*args, **kwds):
            # No caching: only count the call.
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, not_found)
            if result is not not_found:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, not_found)
            if result is not not_found:
                # Most recently used goes last: remove and re-insert. pop with a
                # default, as another thread may have evicted the key meanwhile.
                cache.pop(key, None)
                cache[key] = result
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call cached this key meanwhile; keep that entry as it is.
                return result
            if len(cache) >= maxsize:
                _evict_oldest(cache)
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        return CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses
        cache.clear()
        hits = 0
        misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def _evict_oldest(cache):
    # Tolerates other threads changing the cache: it may be empty by now, or the oldest
    # key gone, or the dict changed under the iterator.
    try:
        oldest = next(iter(cache))
    except (StopIteration, RuntimeError):
        return
    cache.pop(oldest, None)


def cache(user_function):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


################################################################################
# cached_property
################################################################################

class cached_property:
    """A property computed once per instance and then stored in the instance __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            # Only reached if the class machinery did not call __set_name__.
            name = self.func.__name__
        try:
            store = instance.__dict__
        except AttributeError:
            cls_name = type(instance).__name__
            raise TypeError(f"No '__dict__' attribute on {cls_name!r} instance "
                            f"to cache {name!r} property.") from None
        value = store.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            store[name] = value
        return value


################################################################################
# singledispatch
################################################################################

def singledispatch(func):
    """Single-dispatch generic function decorator.

    The decorated function dispatches on the class of its first argument to the
    implementation registered for the nearest class in that class's MRO.
    """
    registry = {object: func}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, method=None):
        if isinstance(cls, type):
            if method is None:
                return lambda f: register(cls, f)
        else:
            if method is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class.')
            # register(function): the class comes from the first parameter's annotation.
            method = cls
            annotations = getattr(method, '__annotations__', None) or {}
            params = [(k, v) for k, v in annotations.items() if k != 'return']
            if not params:
                raise TypeError(f'Invalid first argument to `register()`: {method!r}. '
                                'Use either `@register(some_class)` or plain `@register` '
                                'on an annotated function.')
            argname, cls = params[0]
            if not isinstance(cls, type):
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        registry[cls] = method
        return method

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the first non-self
    argument."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register a new implementation for the given class."""
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
