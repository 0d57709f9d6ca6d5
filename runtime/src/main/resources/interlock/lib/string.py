"""A collection of string constants, capwords() and the Template class.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

Interlock's pure-Python string module, with CPython 3.11's behaviour. Template scans
its placeholders by hand (there is no re module): $$ is an escape, $identifier and
${identifier} are placeholders, identifiers being ASCII letters, digits and underscores
not starting with a digit. A subclass may change `delimiter`; `idpattern`, `flags` and
`pattern` are not supported. Formatter parses format strings as CPython's
_string.formatter_parser and formatter_field_name_split do, with the same errors.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using capitalize,
    and join the capitalized words using join. If sep is absent or None, runs of
    whitespace are replaced by a single space and leading and trailing whitespace are
    removed, otherwise sep is used to split and join the words.
    """
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_IDENT_START = '_' + ascii_letters
_IDENT_REST = _IDENT_START + digits


def _identifier_end(text, start):
    """Index just past the identifier beginning at start (start itself if there is none)."""
    n = len(text)
    if start >= n or text[start] not in _IDENT_START:
        return start
    i = start + 1
    while i < n and text[i] in _IDENT_REST:
        i += 1
    return i


class _Overlay:
    """Lookups in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """The template as a list of pieces, each (kind, value, matched text, offset).

        kind is 'text', 'escaped', 'named' or 'braced' (value: the identifier), or
        'invalid' (offset: just past the delimiter, where CPython's invalid group
        matches empty).
        """
        text = self.template
        delim = self.delimiter
        pieces = []
        i = 0
        while True:
            j = text.find(delim, i)
            if j < 0:
                if i < len(text):
                    pieces.append(('text', text[i:], text[i:], i))
                return pieces
            if j > i:
                pieces.append(('text', text[i:j], text[i:j], i))
            k = j + len(delim)
            if text.startswith(delim, k):
                pieces.append(('escaped', None, delim + delim, j))
                i = k + len(delim)
                continue
            end = _identifier_end(text, k)
            if end > k:
                pieces.append(('named', text[k:end], text[j:end], j))
                i = end
                continue
            if text.startswith('{', k):
                end = _identifier_end(text, k + 1)
                if end > k + 1 and text.startswith('}', end):
                    pieces.append(('braced', text[k + 1:end], text[j:end + 1], j))
                    i = end + 1
                    continue
            pieces.append(('invalid', None, delim, k))
            i = k

    def _invalid(self, offset):
        lines = self.template[:offset].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = offset - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _mapping(self, name, args, kws):
        if len(args) > 1:
            given = len(args) + 1
            raise TypeError(f'Template.{name}() takes from 1 to 2 positional arguments '
                            f'but {given} were given')
        if not args:
            return kws
        if kws:
            return _Overlay(kws, args[0])
        return args[0]

    def substitute(self, *args, **kws):
        """Substitute placeholders from a mapping and/or keyword arguments.

        A missing name raises KeyError, a malformed placeholder ValueError.
        """
        mapping = self._mapping('substitute', args, kws)
        out = []
        for kind, value, matched, offset in self._placeholders():
            if kind == 'text':
                out.append(value)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(offset)
            else:
                out.append(str(mapping[value]))
        return ''.join(out)

    def safe_substitute(self, *args, **kws):
        """Like substitute(), but leaves missing or malformed placeholders as they are."""
        mapping = self._mapping('safe_substitute', args, kws)
        out = []
        for kind, value, matched, offset in self._placeholders():
            if kind == 'text':
                out.append(value)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(matched)
            else:
                try:
                    out.append(str(mapping[value]))
                except KeyError:
                    out.append(matched)
        return ''.join(out)

    def is_valid(self):
        """Whether the template has no malformed placeholders."""
        for piece in self._placeholders():
            if piece[0] == 'invalid':
                return False
        return True

    def get_identifiers(self):
        """The placeholder names in order of first appearance."""
        ids = []
        for kind, value, matched, offset in self._placeholders():
            if kind in ('named', 'braced') and value not in ids:
                ids.append(value)
        return ids


################################################################################
# Formatter
################################################################################

def _parse_field(text, i):
    """Parses the replacement field starting at text[i] (just past its '{').

    Returns (field_name, format_spec, conversion, index just past the closing '}').
    """
    n = len(text)
    start = i
    c = ''
    while i < n:
        c = text[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            # A '}' or ':' inside brackets belongs to the key.
            while i < n and text[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    field_name = text[start:i - 1] if c in '}:!' else text[start:i]
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if i >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = text[i]
            i += 1
            if i < n:
                c = text[i]
                i += 1
                if c == '}':
                    return field_name, '', conversion, i
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        depth = 1
        while i < n:
            c = text[i]
            i += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    return field_name, text[spec_start:i - 1], conversion, i
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, '', conversion, i


def _formatter_parser(text):
    """Yields (literal_text, field_name, format_spec, conversion) for a format string."""
    n = len(text)
    i = 0
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = text[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        length = i - start
        if markup and c == '}' and (at_end or text[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if markup and c == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if markup:
            if text[i] == c:
                # An escaped brace: the literal keeps one, the second is skipped.
                i += 1
                markup = False
            else:
                length -= 1
        literal = text[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        field_name, format_spec, conversion, i = _parse_field(text, i)
        yield (literal, field_name, format_spec, conversion)


def _as_field_index(text):
    if text and text.isdigit():
        return int(text)
    return None


def _field_name_split(name):
    """(first, iterator of (is_attribute, key)) for a field name like 'a.b[0]'.

    The iterator is lazy, as CPython's: a malformed tail raises only when reached.
    """
    n = len(name)
    i = 0
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = name[:i]
    index = _as_field_index(first)
    if index is not None:
        first = index
    return first, _field_name_rest(name, i)


def _field_name_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        start = i
        if c == '.':
            while i < n and name[i] != '.' and name[i] != '[':
                i += 1
            key = name[start:i]
            is_attr = True
        elif c == '[':
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            i += 1
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not key:
            raise ValueError('Empty attribute in format string')
        if not is_attr:
            index = _as_field_index(key)
            if index is not None:
                key = index
        yield (is_attr, key)


class Formatter:
    """The machinery of str.format, with each step a method a subclass can override."""

    def format(self, *args, **kwargs):
        if not args:
            raise TypeError("Formatter.format() missing 1 required positional argument: "
                            "'format_string'")
        return self.vformat(args[0], args[1:], kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # False means manual numbering is in use; an int is the next automatic index.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion}')

    def parse(self, format_string):
        """An iterable of (literal_text, field_name, format_spec, conversion)."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object, first part of the field name) for a field like '0.name[key]'."""
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
