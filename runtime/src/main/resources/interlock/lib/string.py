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
`pattern` are not supported. string.Formatter is not provided.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

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
