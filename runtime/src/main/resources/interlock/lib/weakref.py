"""Weak references for Interlock: ref (from _weakref), WeakValueDictionary,
WeakKeyDictionary, WeakSet, WeakMethod, proxy and finalize.

Reference counting is deterministic here, as in CPython: a callback runs when the last
reference to its referent goes, on whichever thread dropped it. The containers' removal
callbacks hold only a weak reference to their container (and to the key wrapper), so no
strong cycle keeps a dead entry alive: Interlock frees by counting alone.
"""

import sys
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize", "proxy", "ProxyType",
           "CallableProxyType", "ProxyTypes"]


class WeakMethod:
    """A weak reference to a bound method: dead when either its object or its function dies."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        selfref = None
        if callback is not None:
            selfref_box = []

            def _cb(arg):
                me = selfref_box[0]() if selfref_box else None
                if me is not None and me._alive:
                    me._alive = False
                    callback(me)
        else:
            _cb = None
        self._obj_ref = ref(obj, _cb) if _cb is not None else ref(obj)
        self._func_ref = ref(func, _cb) if _cb is not None else ref(func)
        self._meth_type = type(meth)
        self._alive = True
        if callback is not None:
            selfref_box.append(ref(self))

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((id(self._obj_ref), id(self._func_ref)))


class _KeyRef:
    """A weak reference to a dict key, hashed and compared as the key itself (while alive)."""

    def __init__(self, obj, callback=None):
        self.hash = hash(obj)
        if callback is None:
            self.ref = ref(obj)
        else:
            self.ref = ref(obj, callback)

    def __hash__(self):
        return self.hash

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, _KeyRef):
            return NotImplemented
        a = self.ref()
        b = other.ref()
        if a is None or b is None:
            return False
        return a is b or a == b

    def __call__(self):
        return self.ref()


def _key_remover(selfref, keyref_ref):
    # Runs when a key dies: drop its entry, if the container and the wrapper still exist.
    def remove(wr):
        container = selfref()
        keyref = keyref_ref()
        if container is not None and keyref is not None:
            container._discard_keyref(keyref)
    return remove


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), **kw):
        self._selfref = ref(self)
        self.data = {}
        self.update(other, **kw)

    def _remover(self, key):
        selfref = self._selfref

        def remove(wr):
            d = selfref()
            if d is not None:
                # only the entry this weakref made: a newer value for the key stays
                if d.data.get(key) is wr:
                    try:
                        del d.data[key]
                    except KeyError:
                        pass
        return remove

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remover(key))

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                out.append((k, v))
        return out

    def keys(self):
        return [k for k, wr in list(self.data.items()) if wr() is not None]

    def __iter__(self):
        return iter(self.keys())

    def values(self):
        out = []
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                out.append(obj)
        return out

    def itervaluerefs(self):
        return iter(list(self.data.values()))

    def valuerefs(self):
        return list(self.data.values())

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def clear(self):
        self.data.clear()


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self._selfref = ref(self)
        if dict is not None:
            self.update(dict)

    def _keyref(self, key):
        keyref = _KeyRef.__new__(_KeyRef)
        keyref.hash = hash(key)
        keyref.ref = ref(key, _key_remover(self._selfref, ref(keyref)))
        return keyref

    def _discard_keyref(self, keyref):
        self.data.pop(keyref, None)

    def __delitem__(self, key):
        del self.data[_KeyRef(key)]

    def __getitem__(self, key):
        return self.data[_KeyRef(key)]

    def __len__(self):
        return sum(1 for k in list(self.data) if k() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        probe = _KeyRef(key)
        if probe in self.data:
            # keep the existing key wrapper (and its callback); replace the value
            self.data[probe] = value
        else:
            self.data[self._keyref(key)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(_KeyRef(key), default)

    def __contains__(self, key):
        try:
            wr = _KeyRef(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        out = []
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                out.append((key, value))
        return out

    def keys(self):
        out = []
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                out.append(obj)
        return out

    def __iter__(self):
        return iter(self.keys())

    def values(self):
        return [value for wr, value in list(self.data.items()) if wr() is not None]

    def keyrefs(self):
        return [wr.ref for wr in list(self.data)]

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(_KeyRef(key), *args)

    def setdefault(self, key, default=None):
        probe = _KeyRef(key)
        if probe in self.data:
            return self.data[probe]
        self.data[self._keyref(key)] = default
        return default

    def update(self, dict=None, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if len(kwargs):
            self.update(kwargs)

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set whose elements are held weakly: an element goes when it dies."""

    def __init__(self, data=None):
        self.data = {}
        self._selfref = ref(self)
        if data is not None:
            self.update(data)

    def _keyref(self, item):
        keyref = _KeyRef.__new__(_KeyRef)
        keyref.hash = hash(item)
        keyref.ref = ref(item, _key_remover(self._selfref, ref(keyref)))
        return keyref

    def _discard_keyref(self, keyref):
        self.data.pop(keyref, None)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for k in list(self.data) if k() is not None)

    def __contains__(self, item):
        try:
            wr = _KeyRef(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, list(self))

    def add(self, item):
        probe = _KeyRef(item)
        if probe not in self.data:
            self.data[self._keyref(item)] = None

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref, _ = self.data.popitem()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        del self.data[_KeyRef(item)]

    def discard(self, item):
        self.data.pop(_KeyRef(item), None)

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        if self is other:
            self.data.clear()
        else:
            for element in list(other):
                self.discard(element)

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self) == set(other)

    def union(self, other):
        c = self.copy()
        c.update(other)
        return c

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """Calls func(*args, **kwargs) when obj dies, unless called or detached first.

    The pending finalizers live in a class-level registry, which keeps each finalize
    object alive until it has run. At the interpreter's exit (an atexit function registered
    when the first finalizer is made) the pending ones whose atexit flag is true run, newest
    first; finalizers that become due after that do not run."""

    _registry = {}
    _index = 0
    _shutdown = False
    _atexit_registered = False

    class _Info:
        pass

    def __init__(self, obj, func, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index += 1
        info.index = finalize._index
        self._registry[self] = info
        if not finalize._atexit_registered:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._atexit_registered = True

    def __call__(self, _=None):
        """If alive, mark as dead and call func(*args, **kwargs); return its result."""
        info = self._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive, mark as dead and return (obj, func, args, kwargs)."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive, return (obj, func, args, kwargs)."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer is called at the interpreter's exit if still alive then."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    @classmethod
    def _run_at_exit(cls):
        # Each round takes the pending finalizers marked atexit, oldest first, and calls the
        # newest; a finalizer may make or detach others, so the next round looks again.
        try:
            while True:
                due = [(info.index, f) for f, info in list(cls._registry.items()) if info.atexit]
                if not due:
                    break
                due.sort(key=lambda pair: pair[0])
                f = due[-1][1]
                try:
                    f()
                except Exception:
                    sys.excepthook(*sys.exc_info())
                cls._registry.pop(f, None)
        finally:
            finalize._shutdown = True

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))


def _referent(p):
    """The object a proxy stands for; ReferenceError once it is gone."""
    o = object.__getattribute__(p, "_proxy_ref")()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


def _compare(op):
    """A rich comparison that compares the referent, and a proxy operand's referent."""
    def method(self, other):
        return op(_referent(self), _referent(other) if isinstance(other, ProxyType) else other)
    return method


_COMPARISONS = {"eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b,
                "le": lambda a, b: a <= b, "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b}


def _forward(name):
    def op(self, *args):
        return getattr(_referent(self), name)(*args)
    op.__name__ = name
    return op


class ProxyType:
    """A weak proxy: every attribute access and operation goes to the referent while it lives."""

    def __init__(self, obj, callback=None):
        if callback is None:
            r = ref(obj)
        else:
            # The callback gets the proxy, as in CPython, and only while the proxy lives: the
            # referent's callback holds the proxy weakly, so no cycle keeps either alive.
            selfref = ref(self)

            def notify(_wr, selfref=selfref, callback=callback):
                p = selfref()
                if p is not None:
                    callback(p)
            r = ref(obj, notify)
        object.__setattr__(self, "_proxy_ref", r)

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, "_proxy_ref")()
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o)) if o is not None \
            else "<weakproxy at %#x; dead>" % id(self)

    def __str__(self):
        return str(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        return next(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    for _n in ("getitem", "setitem", "delitem", "add", "sub", "mul", "truediv", "floordiv", "mod",
               "pow", "lshift", "rshift", "and", "or", "xor", "matmul", "neg", "pos", "abs",
               "invert", "int", "float", "index", "radd", "rsub", "rmul", "rtruediv",
               "rfloordiv", "rmod", "rpow", "iadd", "isub", "imul", "enter", "exit",
               "reversed"):
        locals()["__%s__" % _n] = _forward("__%s__" % _n)
    for _n, _op in _COMPARISONS.items():
        locals()["__%s__" % _n] = _compare(_op)
    del _n, _op


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to obj that does not keep it alive; ReferenceError once obj is gone."""
    ref(obj)  # TypeError for objects that cannot be weakly referenced, as CPython's
    cls = CallableProxyType if callable(obj) else ProxyType
    return cls(obj, callback)
