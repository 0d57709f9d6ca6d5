"""Support for type hints.

Interlock's pure-Python typing, written for CPython 3.11's runtime behaviour of the parts
programs use at run time: the special forms (Any, Union, Optional, Literal, ClassVar, Final,
Annotated, NoReturn, Never, Self, ...), the generic aliases of builtin and abstract
collection types (List, Dict, Tuple, Callable, Iterable, ...), TypeVar, Generic, Protocol with
runtime_checkable, NamedTuple, TypedDict, NewType, cast, overload, final, get_type_hints,
get_origin, get_args and TYPE_CHECKING. Reprs match CPython's ("typing.List[int]",
"typing.Optional[str]", "~T"). Subscripted aliases substitute type variables.

Not provided: ParamSpec/TypeVarTuple semantics beyond their reprs, IO/Pattern/Match, the
typing.io/typing.re namespaces. String annotations are evaluated with eval() when the
runtime has it, else by a small evaluator of names, attributes and subscripts.
"""

import collections
import collections.abc
import functools
import sys
import types
from abc import ABCMeta, abstractmethod

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Final', 'ForwardRef', 'Generic',
           'Literal', 'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union',
           'AbstractSet', 'ByteString', 'Container', 'Collection', 'Hashable', 'ItemsView',
           'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
           'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Reversible',
           'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
           'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict',
           'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
           'Generator', 'AnyStr', 'assert_never', 'assert_type', 'cast', 'final',
           'get_args', 'get_origin', 'get_type_hints', 'is_typeddict', 'LiteralString',
           'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn',
           'NotRequired', 'overload', 'ParamSpec', 'Required', 'reveal_type',
           'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
           'TypeVarTuple', 'Unpack', 'Concatenate', 'get_overloads', 'clear_overloads',
           'dataclass_transform']

TYPE_CHECKING = False
_NoneType = type(None)


def _caller_module(depth=2):
    try:
        frame = sys._getframe(depth)
        return frame.f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError, TypeError):
        return '__main__'


def _type_repr(obj):
    """How typing shows an argument: builtins by name, other classes module.qualname."""
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    """Normalises a type argument: None -> NoneType, str -> ForwardRef; rejects non-types."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    # Aliases, special forms and NewTypes are callable; type variables are listed.
    if isinstance(arg, (TypeVar, ForwardRef, ParamSpec, TypeVarTuple, type, types.UnionType)) or callable(arg):
        if isinstance(arg, _SpecialForm) and arg in (ClassVar, Final):
            raise TypeError("Plain %s is not valid as type argument" % arg)
        return arg
    if arg is ...:
        return arg
    raise TypeError("%s Got %.100r." % (msg, arg))


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()):
                if isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return mapping.get(arg, arg)
    if isinstance(arg, _BaseAlias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    return arg


class _Final:
    """Base of typing's internal objects: they cannot be subclassed by users."""
    __slots__ = ('__weakref__',) if False else ()


class _UnionOps:
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------- special forms

class _SpecialForm(_UnionOps):
    """A bare special form (Any, Union, Optional, ClassVar, ...); subscription calls getitem."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % self)

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % self)

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % self)
        return self._getitem(self, parameters)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type (compatible with every type)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _single(form, parameters):
    item = _type_check(parameters, '%s accepts only single type.' % form)
    return _GenericAlias(form, (item,))


def _tuple_params(parameters):
    return parameters if isinstance(parameters, tuple) else (parameters,)


def _dedupe(params):
    out = []
    for p in params:
        if not any(p == q and type(p) is type(q) for q in out):
            out.append(p)
    return out


def _union_getitem(form, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = _tuple_params(parameters)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    flat = _dedupe(flat)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, tuple(flat))


def _optional_getitem(form, parameters):
    arg = _type_check(parameters, "%s requires a single type." % form)
    return Union[arg, type(None)]


def _literal_getitem(form, parameters):
    parameters = _tuple_params(parameters)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    return _LiteralGenericAlias(form, tuple(_dedupe(flat)))


def _annotated_getitem(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
    return _AnnotatedAlias(origin, tuple(params[1:]))


def _concat_getitem(form, parameters):
    parameters = _tuple_params(parameters)
    return _GenericAlias(form, parameters)


def _self_getitem(form, parameters):
    raise TypeError("%s is not subscriptable" % form)


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
ClassVar = _SpecialForm('ClassVar', _single)
Final = _SpecialForm('Final', _single)
TypeGuard = _SpecialForm('TypeGuard', _single)
Required = _SpecialForm('Required', _single)
NotRequired = _SpecialForm('NotRequired', _single)
Unpack = _SpecialForm('Unpack', _single)
Concatenate = _SpecialForm('Concatenate', _concat_getitem)
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')


class _AnnotatedForm(_SpecialForm):
    def __call__(self, *args, **kwds):
        raise TypeError("Type Annotated cannot be instantiated.")


Annotated = _AnnotatedForm('Annotated', _annotated_getitem)


# ---------------------------------------------------------------- type variables

class TypeVar(_UnionOps):
    """A type variable: T = TypeVar('T'), with optional constraints or bound; repr ~T."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class TypeVarTuple:
    """A variadic type variable (repr only: Ts)."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpec(_UnionOps):
    """A parameter specification variable (repr ~P; args/kwargs attributes)."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class _ParamSpecPart:
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return '%s.%s' % (self.__origin__.__name__, self._kind)




class ForwardRef(_UnionOps):
    """A type given as a string, evaluated later (by get_type_hints)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        value = _eval_annotation(self.__forward_arg__, globalns, localns)
        self.__forward_evaluated__ = True
        self.__forward_value__ = value
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


# ---------------------------------------------------------------- generic aliases

class _BaseAlias(_UnionOps):
    """Shared behaviour of subscripted and bare aliases."""

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__', '_name', '_inst', '__parameters__'):
            raise AttributeError(attr)
        if not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (
                self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if self.__origin__ is not Generic and not (
                    isinstance(self.__origin__, type) and issubclass(self.__origin__, Generic)) \
                    and self.__parameters__:
                res.append(Generic)
        return tuple(res)


class _GenericAlias(_BaseAlias):
    """A subscripted alias: typing.List[int], Box[T], typing.ClassVar[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = _collect_parameters(self.__args__)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def _key(self):
        # What equality and hashing compare; the Union, Literal and Annotated forms differ.
        return ('generic', self.__origin__, self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % self)
        args = _tuple_params(args)
        if len(args) != len(self.__parameters__):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(args) > len(self.__parameters__) else "few", self,
                len(args), len(self.__parameters__)))
        mapping = dict(zip(self.__parameters__, args))
        new_args = tuple(_substitute(a, mapping) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return '%s[%s]' % (name, args)

    def __reduce__(self):
        return (_subscript, (self.__origin__, self.__args__))


def _subscript(origin, args):
    return origin[args]


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return 'typing.Callable[..., %s]' % _type_repr(self.__args__[1])
        params = ", ".join(_type_repr(a) for a in self.__args__[:-1])
        return 'typing.Callable[[%s], %s]' % (params, _type_repr(self.__args__[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _UnionGenericAlias(_GenericAlias):
    def __init__(self, origin, args, **kw):
        super().__init__(origin, args, **kw)

    def copy_with(self, args):
        return Union[args]

    def _key(self):
        return ('union', frozenset(self.__args__))

    def __eq__(self, other):
        # Union[int, str] == int | str, as the two spellings mean the same
        if isinstance(other, types.UnionType):
            return set(self.__args__) == set(other.__args__)
        return super().__eq__(other)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ", ".join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if not isinstance(arg, type) or isinstance(arg, types.GenericAlias):
                raise TypeError("Subscripted generics cannot be used with class and "
                                "instance checks")
        return any(issubclass(cls, arg) for arg in self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[%s]' % ", ".join(repr(a) for a in self.__args__)

    def _key(self):
        return ('literal', frozenset((type(a), a) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ", ".join(repr(a) for a in self.__metadata__))

    def _key(self):
        return ('annotated', self.__origin__, self.__metadata__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialGenericAlias(_BaseAlias):
    """A bare alias of a collection type: typing.List, typing.Iterable, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__
        self._defaults = defaults
        self.__parameters__ = ()

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = _tuple_params(params)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(params) > self._nparams else "few", self, len(params),
                self._nparams))
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., result), name='Callable')
        if not isinstance(args, (list, tuple)):
            raise TypeError("Callable[args, result]: args must be a list. Got %.100r." % (args,))
        args = tuple(_type_check(a, "Callable[[arg, ...], result]: each arg must be a type.")
                     for a in args)
        return _CallableGenericAlias(self.__origin__, args + (result,), name='Callable')


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), inst=False, name='Tuple')
        params = _tuple_params(params)
        if len(params) >= 2 and params[-1] is ...:
            if len(params) != 2:
                raise TypeError("Tuple[t, ...]: ... can only be used as the second argument")
            return _GenericAlias(tuple, (_type_check(params[0], "Tuple[t, ...]: t must be a "
                                                     "type."), ...), inst=False, name='Tuple')
        params = tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.")
                       for p in params)
        return _GenericAlias(tuple, params, inst=False, name='Tuple')


_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


# ---------------------------------------------------------------- Generic and Protocol

class Generic:
    """Base class of generic classes: class Box(Generic[T]) makes Box[int] an alias."""
    __slots__ = ()
    _is_protocol = False

    def __new__(cls, *args, **kwargs):
        if cls is Generic:
            raise TypeError("Type Generic cannot be instantiated; "
                            "it can be used only as a base class")
        if super().__new__ is object.__new__ and cls.__init__ is not object.__init__:
            return super().__new__(cls)
        return super().__new__(cls, *args, **kwargs)

    def __class_getitem__(cls, params):
        params = _tuple_params(params)
        if not params and cls is not Tuple:
            raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
        if cls in (Generic, Protocol):
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
                raise TypeError("Parameters to %s[...] must all be type variables or "
                                "parameter specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
            return _GenericAlias(cls, params)
        own = cls.__dict__.get('__parameters__', ())
        if len(params) != len(own):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(params) > len(own) else "few", cls, len(params), len(own)))
        msg = "Parameters to generic types must be types."
        return _GenericAlias(cls, tuple(_type_check(p, msg) for p in params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__', ())
        gvars = None
        tvars = _collect_parameters(orig)
        for base in orig:
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if gvars is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple types.")
                gvars = base.__parameters__
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                raise TypeError("Some type variables (%s) are not listed in %s[%s]" % (
                    ", ".join(str(t) for t in missing),
                    "Generic", ", ".join(str(g) for g in gvars)))
            tvars = gvars
        cls.__parameters__ = tuple(tvars)


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _protocol_attrs(cls)):
                return True
        # Explicit two-argument super(): the zero-argument form raised "super(): arg[0]
        # deleted" here (cls is also used inside the generator above).
        return super(_ProtocolMeta, cls).__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol',
                                                                  False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        return super().__subclasscheck__(other)


_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__qualname__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__init_subclass__', '_abc_registry', '__abstractmethods__'})


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__.keys()) + list(base.__dict__.get('__annotations__', {}))
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES and attr not in attrs:
                attrs.append(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types; with @runtime_checkable, isinstance checks members."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = staticmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False) or cls is Protocol:
            raise TypeError("Protocols cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Marks a Protocol class as usable with isinstance/issubclass."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not getattr(
            cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


# ---------------------------------------------------------------- NamedTuple, TypedDict

def _make_nmtuple(name, types_, module, defaults=()):
    fields = [n for n, t in types_]
    annotations = {n: _type_check(t, "field %s annotation must be a type" % n)
                   for n, t in types_}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = annotations
    return nm_tpl


_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                      '__orig_bases__'})


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if not ns.get('_root', False) and NamedTuple in bases is False:
            pass
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s "
                                "%s" % (field_name, "s" if len(default_names) > 1 else "",
                                        ", ".join(default_names)))
        nm_tpl = _make_nmtuple(typename, list(types_.items()), ns.get('__module__', '__main__'),
                               defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__qualname__' in ns:
            nm_tpl.__qualname__ = ns['__qualname__']
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return super().__call__(typename, fields, **kwargs)
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to NamedTuple,"
                            " not both")
        return _make_nmtuple(typename, list(fields), _caller_module())


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of collections.namedtuple: class P(NamedTuple): x: int; y: int = 0."""
    _root = True


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(cls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = {n: _type_check(t, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a "
                              "type") for n, t in ns.get('__annotations__', {}).items()}
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, *args, **kwargs):
        pass

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys; instances are plain dicts."""
    _root = True


def _typeddict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module(3)}
    return _TypedDictMeta(typename, (), ns, total=total)


def is_typeddict(tp):
    """True if tp is a TypedDict class."""
    return isinstance(tp, type) and type(tp) is _TypedDictMeta and tp is not TypedDict


# ---------------------------------------------------------------- functions

class NewType(_UnionOps):
    """A distinct name for a type that is the identity at run time: UserId = NewType(...)."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __mro_entries__(self, bases):
        superclass_name = self.__name__
        raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking "
                        "for: `%s = NewType(%r, %s)`" % (superclass_name, superclass_name,
                                                         superclass_name))

    def __repr__(self):
        return '%s.%s' % (getattr(self, '__module__', '__main__'), self.__qualname__)

    def __call__(self, x):
        return x


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ, /):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def assert_never(arg, /):
    """Raises AssertionError: reaching this call means a case was not handled."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


def reveal_type(obj, /):
    """Prints the runtime type of obj to stderr and returns obj."""
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


def overload(func):
    """Marks an overload signature; the decorated name raises if called."""
    f = getattr(func, '__func__', func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for func."""
    f = getattr(func, '__func__', func)
    return list(_overload_registry.get((f.__module__, f.__qualname__), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Marks a method or class final (sets __final__ = True where possible)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Marks arg (function or class) as not to be type checked."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list, get_origin(Union[..]) Union."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, types.GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments: get_args(Dict[str, int]) == (str, int); Callable gives ([args], ret)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    return ()


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and getattr(t, '__origin__', None) in (Required,
                                                                            NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped != t.__args__:
            return t.copy_with(stripped)
    return t


def _eval_type(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return _eval_type(t._evaluate(globalns, localns), globalns, localns)
    if t is None:
        return _NoneType
    if isinstance(t, (_GenericAlias, types.GenericAlias)) and \
            not isinstance(t, _LiteralGenericAlias):
        new_args = tuple(_eval_type(a, globalns, localns) if not isinstance(a, list) else
                         [_eval_type(x, globalns, localns) for x in a] for a in t.__args__)
        if new_args == t.__args__:
            return t
        if isinstance(t, types.GenericAlias):
            return types.GenericAlias(t.__origin__, new_args)
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(new_args[0], t.__metadata__)
        return t.copy_with(new_args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (module, class with its bases, or function), strings evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = getattr(mod, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_type(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', {})
        if globalns is None:
            globalns = obj.__dict__
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if callable(obj):
                return {}
            raise TypeError('%r is not a module, class, method, or function.' % (obj,))
        if globalns is None:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
    if localns is None:
        localns = globalns
    for name, value in ann.items():
        hints[name] = _eval_type(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


# ---------------------------------------------------------------- annotation strings

def _eval_annotation(text, globalns, localns):
    """Evaluates a string annotation: eval() when the runtime has it, else a small parser."""
    import builtins
    ev = getattr(builtins, 'eval', None)
    if ev is not None:
        return ev(text, globalns, localns)
    return _MiniEval(text, globalns or {}, localns or {}).run()


class _MiniEval:
    """Names, dotted attributes, subscripts with comma lists, [..] lists, None, '...',
    string/number literals and X | Y; enough for type annotations."""

    def __init__(self, text, globalns, localns):
        self.toks = self._tokenize(text)
        self.i = 0
        self.g = globalns
        self.l = localns
        self.text = text

    @staticmethod
    def _tokenize(s):
        toks = []
        i = 0
        while i < len(s):
            c = s[i]
            if c.isspace():
                i += 1
            elif c.isalpha() or c == '_':
                j = i
                while j < len(s) and (s[j].isalnum() or s[j] == '_'):
                    j += 1
                toks.append(('name', s[i:j]))
                i = j
            elif c.isdigit() or (c == '-' and i + 1 < len(s) and s[i + 1].isdigit()):
                j = i + 1
                while j < len(s) and s[j].isdigit():
                    j += 1
                toks.append(('num', int(s[i:j])))
                i = j
            elif c in '\'"':
                j = s.index(c, i + 1)
                toks.append(('str', s[i + 1:j]))
                i = j + 1
            elif s.startswith('...', i):
                toks.append(('op', '...'))
                i += 3
            elif c in '[],.|()':
                toks.append(('op', c))
                i += 1
            else:
                raise SyntaxError("cannot evaluate annotation %r" % s)
        return toks

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self, value=None):
        tok = self.peek()
        if value is not None and tok[1] != value:
            raise SyntaxError("cannot evaluate annotation %r" % self.text)
        self.i += 1
        return tok

    def run(self):
        v = self.union()
        if self.i != len(self.toks):
            raise SyntaxError("cannot evaluate annotation %r" % self.text)
        return v

    def union(self):
        v = self.primary()
        while self.peek()[1] == '|':
            self.take()
            v = Union[v, self.primary()]
        return v

    def lookup(self, name):
        import builtins
        if name in self.l:
            return self.l[name]
        if name in self.g:
            return self.g[name]
        if hasattr(builtins, name):
            return getattr(builtins, name)
        raise NameError("name '%s' is not defined" % name)

    def items(self, close):
        """Comma-separated expressions up to the closing bracket (consumed)."""
        items = []
        while self.peek()[1] != close:
            items.append(self.union())
            if self.peek()[1] == ',':
                self.take()
        self.take(close)
        return items

    def primary(self):
        kind, val = self.take()
        if kind == 'name':
            v = None if val == 'None' else self.lookup(val)
        elif kind in ('num', 'str'):
            v = val
        elif val == '...':
            v = ...
        elif val == '[':
            v = self.items(']')
        elif val == '(':
            v = tuple(self.items(')'))
        else:
            raise SyntaxError("cannot evaluate annotation %r" % self.text)
        while self.peek()[1] in ('.', '['):
            if self.take()[1] == '.':
                v = getattr(v, self.take()[1])
            else:
                items = self.items(']')
                v = v[items[0] if len(items) == 1 else tuple(items)]
        return v
