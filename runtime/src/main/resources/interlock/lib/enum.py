"""Enumerations.

Interlock's pure-Python enum with CPython 3.11's behaviour for Enum, IntEnum, StrEnum,
ReprEnum, Flag, IntFlag, auto, unique, member/nonmember and the functional API
(Enum('Color', 'RED GREEN')): members are singleton instances with name and value, looked
up by value (Color(1)) or name (Color['RED']), iterated in definition order without aliases;
reprs like <Color.RED: 1>; reassigning or deleting members is refused; enumerations with
members cannot be extended; flags combine with | & ^ ~ into pseudo-members named "R|W".

Not provided: the verify() checks, global_enum, pickling by name and the boundary modes of
Flag other than STRICT (Flag) and KEEP (IntFlag).
"""

import sys
import types

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'EnumCheck', 'verify', 'global_enum']

# Enum, Flag and ReprEnum are None until their own class statements finish.
Enum = Flag = ReprEnum = None

_builtin_property = property


class nonmember:
    """Protects a class attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces a class attribute (e.g. a function) to become a member."""

    def __init__(self, value):
        self.value = value


class property(types.DynamicClassAttribute):
    """An enum member property: instance access reads the member, class access finds the
    member of that name (so members may be called 'name' or 'value')."""

    name = None
    clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except (KeyError, AttributeError, TypeError):
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is None:
            return instance.__dict__[self.name] if self.name in instance.__dict__ else \
                ownerclass._member_map_[self.name]
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname,
                                                                           self.name))
        self.fdel(instance)


_auto_null = object()


class auto:
    """Stands for the next value: 1, 2, 3 for Enum, powers of two for Flag, the lower-cased
    name for StrEnum."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    # Functions, classmethod, staticmethod and property are named as well: their types do
    # not show __get__ as an attribute in this runtime.
    if isinstance(obj, (types.FunctionType, classmethod, staticmethod, _builtin_property,
                        types.BuiltinFunctionType)):
        return True
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits(num):
    return bin(num).count('1')


_SUNDER_NAMES = ('_order_', '_generate_next_value_', '_missing_', '_ignore_', '_numeric_repr_',
                 '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
                 '_add_alias_', '_add_value_alias_')


class _EnumDict(dict):
    """The class-body namespace of an enumeration: records member names in order, fills in
    auto() values and refuses reuse of a name."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r' %
                                     (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member):
            value = value.value
            self._add_member(key, value)
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            value = self._add_member(key, value)
        super().__setitem__(key, value)

    def _add_member(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate_next_value(key, 1, len(self._member_names),
                                                        self._last_values[:])
                self._auto_called = True
            value = value.value
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            parts = []
            for v in value:
                if isinstance(v, auto):
                    if v.value is _auto_null:
                        v.value = self._generate_next_value(key, 1, len(self._member_names),
                                                            self._last_values[:])
                        self._auto_called = True
                    v = v.value
                parts.append(v)
            value = tuple(parts)
        self._member_names[key] = None
        self._last_values.append(value)
        return value


def _find_data_type(class_name, bases):
    data_types = set()
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    data_types.add(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or getattr(base, '__new__', None) is not object.__new__:
                data_types.add(candidate or base)
                break
            else:
                candidate = candidate or base
    if len(data_types) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, data_types))
    if data_types:
        return data_types.pop()
    return object


def _get_mixins(class_name, bases):
    if not bases:
        return object, Enum
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    member_type = _find_data_type(class_name, bases) or object
    return member_type, last


def _check_for_existing_members(class_name, bases):
    for chain in bases:
        for base in chain.__mro__:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (class_name, base))


class EnumType(type):
    """Metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _check_for_existing_members(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = _get_mixins(cls, bases)
        if first_enum is not None:
            gnv = getattr(first_enum, '_generate_next_value_', None)
            enum_dict._generate_next_value = getattr(gnv, '__func__', gnv)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            ed = _EnumDict()
            ed._cls_name = cls
            member_type, first_enum = _get_mixins(cls, bases)
            gnv = getattr(first_enum, '_generate_next_value_', None) if first_enum else None
            ed._generate_next_value = getattr(gnv, '__func__', gnv)
            for k, v in classdict.items():
                ed[k] = v
            classdict = ed
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        ns = {}
        member_names = list(classdict._member_names)
        invalid = {'mro', ''} & set(member_names)
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in invalid))
        members = {}
        for k, v in dict.items(classdict):
            if k in ignore or k == '_ignore_':
                continue
            if k in classdict._member_names:
                members[k] = v
            else:
                ns[k] = v
        member_type, first_enum = _get_mixins(cls, bases)
        new, use_args = metacls._find_new(ns, member_type, first_enum)
        ns['_new_member_'] = new
        ns['_use_args_'] = use_args
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        ns['_value_repr_'] = metacls._find_data_repr(cls, bases)
        if Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, type)):
            ns['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            ns['_flag_mask_'] = 0
            ns['_all_bits_'] = 0
        elif boundary is not None:
            ns['_boundary_'] = boundary
        # The user's __new__ makes members; lookups by value go through Enum.__new__.
        if '__new__' in ns and Enum is not None:
            ns['__new_member__'] = ns['__new__']
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        for name, value in members.items():
            enum_class._add_member_(name, value)
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
            # A data type earlier in the MRO (int in IntEnum) would shadow the enum's repr,
            # str and format: copy the enum's versions in unless the class defines its own.
            # ReprEnum subclasses keep the data type's str and format.
            reprenum = ReprEnum is not None and issubclass(enum_class, ReprEnum)
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in ns:
                    continue
                found = getattr(enum_class, name)
                data_method = getattr(member_type, name, None)
                if found is data_method or found is getattr(object, name):
                    if reprenum and name in ('__str__', '__format__'):
                        continue
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            # A data type earlier in the MRO (int in IntFlag) has its own bit operators, which
            # would give plain ints: the flag's operators win unless the class defines its own.
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in ns:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
            mask = 0
            for v in enum_class._member_map_.values():
                mask |= v._value_
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_all_bits_', 2 ** mask.bit_length() - 1)
        order = classdict.get('_order_')
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r' % (
                    enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _find_new(classdict, member_type, first_enum):
        """(the callable making members, whether it takes the value as arguments)."""
        __new__ = classdict.get('__new__', None)
        if __new__ is None:
            __new__ = getattr(first_enum, '__new_member__', None) if first_enum else None
        if __new__ is None:
            __new__ = object.__new__ if member_type is object else member_type.__new__
        return __new__, __new__ is not object.__new__

    @staticmethod
    def _find_data_repr(cls, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base.__dict__.get('_value_repr_', None) or \
                        getattr(base, '_value_repr_', None)
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if not cls._use_args_:
            enum_member = cls._new_member_(cls)
        else:
            enum_member = cls._new_member_(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = cls._member_type_(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        is_flag = Flag is not None and issubclass(cls, Flag)
        canonical = None
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                canonical = existing
                break
        if canonical is not None:
            enum_member = canonical
        elif not is_flag or _is_single_bit(value) or value == 0 and False:
            cls._member_names_.append(name)
        elif is_flag and not _is_single_bit(value):
            pass  # a multi-bit flag value is an alias: not iterated
        # Members are class attributes unless something in the bases owns the name (then
        # enum.property finds the member through _member_map_).
        owned = any(name in b.__dict__ for b in cls.__mro__[1:])
        if not owned:
            type.__setattr__(cls, name, enum_member)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = _get_mixins(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError, TypeError):
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base class of enumerations: class Color(Enum): RED = 1."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        try:
            result = cls._missing_(value)
        except Exception as e:
            ve = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            if result_is_none(e):
                raise ve from None
            raise
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and \
                isinstance(result, int):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            ordered = sorted(last_values)
            if last == ordered[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for cls in type(self).__mro__:
            if cls is Enum or cls is object:
                break
            for n in cls.__dict__:
                if not n.startswith('_'):
                    names.add(n)
        names.update(n for n in getattr(self, '__dict__', {}) if not n.startswith('_'))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


def result_is_none(exc):
    return False


class ReprEnum(Enum):
    """Changes only repr(); str() and format() are the mixed-in type's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints (and compare as ints)."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _int_str(self):
    return int.__repr__(self)


def _int_format(self, spec):
    return int.__format__(int(self), spec)


def _str_str(self):
    return str.__str__(self)


def _str_format(self, spec):
    return str.__format__(str.__str__(self), spec)


# ReprEnum subclasses keep the data type's str() and format().
IntEnum.__str__ = _int_str
IntEnum.__format__ = _int_format
StrEnum.__str__ = _str_str
StrEnum.__format__ = _str_format


class FlagBoundary(StrEnum):
    """How Flag handles values with bits outside its members."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        neg_value = None
        if value < 0:
            neg_value = value
            value = cls._all_bits_ + 1 + value
        unknown = value & ~flag_mask
        if unknown and cls._boundary_ is not KEEP:
            if cls._boundary_ is CONFORM:
                value = value & flag_mask
                unknown = 0
            elif cls._boundary_ is EJECT:
                return value
            else:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _bin(value, width), _bin(flag_mask, width)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        members = [m for m in cls._iter_members(value)]
        if members or unknown:
            name = '|'.join(m._name_ for m in members)
            if unknown:
                name = (name + '|' if name else '') + hex(unknown) if False else \
                    (name + '|' if name else '') + str(unknown)
            pseudo._name_ = name
        else:
            pseudo._name_ = None
        cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    @classmethod
    def _iter_members(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self._iter_members(self._value_)))

    def __len__(self):
        return _bits(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)


def _bin(num, max_bits):
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints."""


IntFlag.__str__ = _int_str
IntFlag.__format__ = _int_format


def unique(enumeration):
    """Class decorator refusing enumerations with aliases (two names for one value)."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """Checks verify() would make (not enforced here)."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


def verify(*checks):
    """Accepts the checks and returns the enumeration unchanged (only UNIQUE is enforced)."""
    def decorator(enumeration):
        if EnumCheck.UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorator


def global_enum(cls):
    """Puts the members into the module's namespace."""
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
