"""Abstract base classes.

Interlock's pure-Python abc with CPython 3.11's behaviour for ABCMeta (abstract method
bookkeeping, register, isinstance/issubclass through __subclasshook__, registered virtual
subclasses and real subclasses), ABC, abstractmethod, the deprecated abstract
class/static/property helpers, update_abstractmethods and get_cache_token.

The runtime's object.__new__ does not look at __abstractmethods__, so ABCMeta.__call__
refuses to instantiate a class that still has abstract methods, with CPython's message.
Results of issubclass checks are not cached (registrations take effect at once).
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']

_token = [0]


def abstractmethod(funcobj):
    """Marks a method abstract: an ABCMeta class keeping it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# classmethod, staticmethod and property cannot be subclassed in this runtime: the deprecated helpers
# are factories returning the marked descriptor instead of subclasses.
def abstractclassmethod(callable):
    """Deprecated: use @classmethod over @abstractmethod."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: use @staticmethod over @abstractmethod."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use @property over @abstractmethod (a factory here, see above)."""
    for f in (fget, fset, fdel):
        if f is not None:
            f.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    """True if value (a function, descriptor or property) is marked abstract."""
    try:
        if getattr(value, '__isabstractmethod__', False):
            return True
    except Exception:
        return False
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel) if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def get_cache_token():
    """A token that changes whenever a class is registered with any ABC."""
    return _token[0]


class ABCMeta(type):
    """Metaclass of abstract base classes (see the module docstring)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', None)
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
                cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Registers subclass as a virtual subclass of cls; returns it (usable as decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if cls.__subclasscheck__(subclass):
            return True
        subtype = type(instance)
        return subtype is not subclass and cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for rcls in cls.__dict__.get('_abc_registry', ()):
            if issubclass(subclass, rcls):
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or replaced."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
