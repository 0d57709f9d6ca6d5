"""Pretty printing: an object whose repr fits in the width is written as its repr (dicts
with sorted keys); one that does not is split over lines, one item per line (or as many as
fit with compact=True) indented under its opening bracket, recursively. Long strings and
bytes are split into adjacent literals at word (4-byte) boundaries. The layout follows
CPython's pprint exactly, since programs compare its output."""

import sys as _sys
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Writes the pretty form of object and a newline to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty form of object, as a str."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dict keys in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr that shows recursive containers as <Recursion on ...>."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object can be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SortKey:
    """Orders values that may not be comparable: by value when they are, else by type name
    and id (so a dict with keys of mixed types still prints in some stable order)."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _item_key(item):
    return _SortKey(item[0]), _SortKey(item[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _bytes_chunks(data, width, allowance):
    # adjacent bytes literals of whole 4-byte groups, each fitting in width (the last one
    # also leaving room for allowance)
    current = b''
    last = len(data) // 4 * 4
    for i in range(0, len(data), 4):
        part = data[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


def _empty_as_repr(splitter):
    # a splitter for a type whose empty instances are written as their repr
    def split(self, object, stream, *layout):
        if not len(object):
            stream.write(repr(object))
        else:
            splitter(self, object, stream, *layout)
    split.__name__ = splitter.__name__
    return split


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; a subclass may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    # ------------------------------------------------------------ layout

    def _format(self, object, stream, indent, allowance, context, level):
        # indent: the column object starts at; allowance: characters that must still fit
        # after it on its last line (closing brackets and commas of the enclosing objects)
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            splitter = self._splitter(object)
            if splitter is not None:
                context[objid] = 1
                splitter(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _splitter(self, object):
        cls = type(object)
        # the exact builtin types first: some share one __repr__ here (bytes and bytearray)
        splitter = _EXACT.get(cls)
        if splitter is not None:
            return splitter
        method = cls.__repr__
        for repr_method, splitter in _splitters():
            if method is repr_method:
                return splitter
        if _is_dataclass_instance(object):
            return PrettyPrinter._pprint_dataclass
        return None

    def _pad(self, stream):
        # after an opening bracket, the rest of the first level's indent
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad(stream)
        if len(object):
            items = sorted(object.items(), key=_item_key) if self._sort_dicts else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    @_empty_as_repr
    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    @_empty_as_repr
    def _pprint_set(self, object, stream, indent, allowance, context, level):
        cls = object.__class__
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_SortKey)
        self._format_items(items, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    @_empty_as_repr
    def _pprint_str(self, object, stream, indent, allowance, context, level):
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            # a top-level string is wrapped in parentheses
            indent += 1
            allowance += 1
        width = self._width - indent
        last_line = len(lines) - 1
        for i, line in enumerate(lines):
            rep = repr(line)
            limit = width - allowance if i == last_line else width
            if len(rep) <= limit:
                chunks.append(rep)
                continue
            # split at word boundaries: runs of non-space followed by their spaces
            import re
            words = re.findall(r'\S*\s*', line)[:-1]
            current = ''
            for j, word in enumerate(words):
                candidate = current + word
                limit = width - allowance if (j == len(words) - 1 and i == last_line) else width
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(_bytes_chunks(object, self._width - indent, allowance)))
        if parens:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        import types
        if type(object) is types.SimpleNamespace:
            name = 'namespace'
        else:
            name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), stream, indent, allowance, context, level)
        stream.write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        indent += len(name) + 1
        import dataclasses
        items = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(')')

    @_empty_as_repr
    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    @_empty_as_repr
    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        stream.write(name + '({')
        self._pad(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        last = len(object.maps) - 1
        for i, m in enumerate(object.maps):
            if i == last:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    @_empty_as_repr
    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, self._repr(object.maxlen, context, level)))

    def _pprint_user_container(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        items = list(items)
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(value, stream, indent + len(rep) + 2, allowance if i == last else 1, context, level)
            if i != last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                # a namespace containing itself: CPython writes '...'
                stream.write('...')
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if i == last else 1, context, level)
            if i != last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        self._pad(stream)
        separator = ',\n' + ' ' * indent
        delim = ''
        # room left on the current line (compact mode), and on a fresh line
        room = line_room = self._width - indent + 1
        items = list(items)
        last = len(items) - 1
        for i, item in enumerate(items):
            if i == last:
                line_room -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if room < need:
                    room = line_room
                    if delim:
                        delim = separator
                if room >= need:
                    room -= need
                    stream.write(delim)
                    delim = ', '
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = separator
            self._format(item, stream, indent, allowance if i == last else 1, context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    # ------------------------------------------------------------ one-line reprs

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            parts = []
            items = sorted(object.items(), key=_item_key) if self._sort_dicts else object.items()
            for k, v in items:
                krepr, kreadable, krecursive = self.format(k, context, maxlevels, level + 1)
                vrepr, vreadable, vrecursive = self.format(v, context, maxlevels, level + 1)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecursive or vrecursive
            del context[objid]
            return "{%s}" % ", ".join(parts), readable, recursive
        is_list = issubclass(typ, list) and r is list.__repr__
        if is_list or (issubclass(typ, tuple) and r is tuple.__repr__):
            if not object:
                return ("[]" if is_list else "()"), True, False
            if is_list:
                template = "[%s]"
            elif len(object) == 1:
                template = "(%s,)"
            else:
                template = "(%s)"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return template % "...", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            parts = []
            for o in object:
                orepr, oreadable, orecursive = self.format(o, context, maxlevels, level + 1)
                parts.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecursive
            del context[objid]
            return template % ", ".join(parts), readable, recursive
        rep = repr(object)
        return rep, bool(rep) and not rep.startswith('<'), False


def _is_dataclass_instance(object):
    # an instance of a dataclass whose __repr__ is the one the decorator made
    cls = type(object)
    if isinstance(object, type) or not hasattr(cls, '__dataclass_fields__'):
        return False
    params = getattr(cls, '__dataclass_params__', None)
    if params is not None and not getattr(params, 'repr', True):
        return False
    return getattr(cls.__repr__, '__dataclass_repr__', False)


_EXACT = {
    dict: PrettyPrinter._pprint_dict,
    list: PrettyPrinter._pprint_list,
    tuple: PrettyPrinter._pprint_tuple,
    set: PrettyPrinter._pprint_set,
    frozenset: PrettyPrinter._pprint_set,
    str: PrettyPrinter._pprint_str,
    bytes: PrettyPrinter._pprint_bytes,
    bytearray: PrettyPrinter._pprint_bytearray,
}

_splitter_table = None


def _splitters():
    # (the __repr__ of a type, how to split it) pairs, made on first use so that importing
    # pprint does not import collections and types up front
    global _splitter_table
    if _splitter_table is None:
        import collections
        import types
        table = [(cls.__repr__, splitter) for cls, splitter in _EXACT.items()]
        optional = [
            (getattr(types, 'MappingProxyType', None), PrettyPrinter._pprint_mappingproxy),
            (getattr(types, 'SimpleNamespace', None), PrettyPrinter._pprint_simplenamespace),
            (getattr(collections, 'OrderedDict', None), PrettyPrinter._pprint_ordered_dict),
            (getattr(collections, 'defaultdict', None), PrettyPrinter._pprint_default_dict),
            (getattr(collections, 'Counter', None), PrettyPrinter._pprint_counter),
            (getattr(collections, 'ChainMap', None), PrettyPrinter._pprint_chain_map),
            (getattr(collections, 'deque', None), PrettyPrinter._pprint_deque),
            (getattr(collections, 'UserDict', None), PrettyPrinter._pprint_user_container),
            (getattr(collections, 'UserList', None), PrettyPrinter._pprint_user_container),
            (getattr(collections, 'UserString', None), PrettyPrinter._pprint_user_container),
        ]
        for cls, splitter in optional:
            if cls is not None:
                method = cls.__repr__
                if all(method is not m for m, _ in table):
                    table.append((method, splitter))
        _splitter_table = table
    return _splitter_table
