"""Generic (shallow and deep) copying operations.

Interface summary:

    import copy
    x = copy.copy(y)          # make a shallow copy of y
    x = copy.deepcopy(y)      # make a deep copy of y
    x = copy.deepcopy(y, memo)

Interlock's pure-Python copy, with CPython 3.11's results for what people copy: atomic
values (returned as they are), lists, dicts, sets, tuples, instances of Python classes
(through __copy__ / __deepcopy__ if defined, else a new object from cls.__new__ with the
__dict__ and __slots__ values copied, honouring __getstate__ / __setstate__ and
__getnewargs__), subclasses of the builtin containers (their items copied too), and
classes that define __reduce_ex__ or __reduce__ themselves. Cycles and shared
references are preserved by deepcopy's memo. There is no copyreg: objects the rules above
do not cover (generators, modules, ...) fail with the interpreter's TypeError.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward compatible alias, as in CPython


def _function():
    pass


class _Probe:
    def method(self):
        pass


# Types whose instances are their own copies (shallow and deep).
_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, bytes,
           type, range, property, type(_function), type(len), type(_Probe().method)}
# Builtins the interpreter may lack are added only when present.
try:
    _ATOMIC.add(complex)
except NameError:
    pass
try:
    _ATOMIC.add(slice)
except NameError:
    pass

# Immutable containers a shallow copy returns unchanged.
_SHALLOW_SAME = _ATOMIC | {tuple, frozenset}

# Builtin bases: methods found on these are the interpreter's, not a user's override.
_BUILTIN_BASES = {object, list, dict, set, frozenset, tuple, int, float, str, bytes,
                  bytearray, bool}
# Immutable builtin bases whose subclasses are rebuilt from a plain value, as
# their __getnewargs__ does in CPython.
_VALUE_BASES = (tuple, frozenset, int, float, str, bytes)


def _user_method(cls, name):
    """The attribute name as defined by a Python class in cls's MRO, or None."""
    for klass in cls.__mro__:
        if klass in _BUILTIN_BASES:
            return None
        if name in klass.__dict__:
            return getattr(cls, name)
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _SHALLOW_SAME:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reduced = _user_reduce(x, cls)
    if reduced is not None:
        if isinstance(reduced, str):
            return x
        return _reconstruct(x, None, *reduced)
    return _default_copy(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A cycle through this tuple may already have copied it.
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reduced = _user_reduce(x, cls)
            if reduced is None:
                y = _default_copy(x, cls, memo)
            elif isinstance(reduced, str):
                y = x
            else:
                y = _reconstruct(x, memo, *reduced)
    # An object that is its own copy is not memoized.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive as long as memo, so that its id stays unique while memo is in use."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _user_reduce(x, cls):
    """x.__reduce_ex__(4) or x.__reduce__() when a Python class defines one, else None."""
    reductor = _user_method(cls, '__reduce_ex__')
    if reductor is not None:
        return reductor(x, 4)
    reductor = _user_method(cls, '__reduce__')
    if reductor is not None:
        return reductor(x)
    return None


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + klass.__name__.lstrip('_') + name
            if name not in names:
                names.append(name)
    return names


def _default_state(x, cls):
    """What object.__getstate__ returns: the __dict__, plus set slot values if any."""
    state = None
    try:
        instance_dict = x.__dict__
    except AttributeError:
        instance_dict = None
    if instance_dict:
        state = instance_dict
    slot_state = {}
    for name in _slot_names(cls):
        try:
            slot_state[name] = getattr(x, name)
        except AttributeError:
            pass
    if slot_state:
        return (state, slot_state)
    return state


def _default_copy(x, cls, memo):
    """Copies x as object.__reduce_ex__(4) would describe it."""
    getnewargs = _user_method(cls, '__getnewargs__')
    if getnewargs is not None:
        args = tuple(getnewargs(x))
    else:
        args = ()
        for base in _VALUE_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
    getstate = _user_method(cls, '__getstate__')
    state = getstate(x) if getstate is not None else _default_state(x, cls)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, (set, bytearray)) and not isinstance(x, frozenset):
        # Their CPython __reduce__ passes the items to the constructor.
        args = (list(x),)
        return _reconstruct(x, memo, cls, args, state)
    return _reconstruct(x, memo, _new_object, (cls,) + args, state, listiter, dictiter)


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_state = state
            else:
                slot_state = None
            if state is not None:
                y.__dict__.update(state)
            if slot_state is not None:
                for key, value in slot_state.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
