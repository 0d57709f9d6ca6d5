"""Regular expressions (CPython 3.11's re), on the Java engine in _jre.

_jre translates the Python pattern into java.util.regex syntax and does the matching; this
module holds the Pattern and Match objects, templates for sub(), split() and the module-level
cache of compiled patterns.
"""

import _jre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X",
    "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
    "NOFLAG", "RegexFlag",
]

_FLAG_NAMES = [(1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"), (16, "DOTALL"),
               (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII")]


class RegexFlag(int):
    """The re flags: ints that print as re.IGNORECASE|re.MULTILINE."""

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for bit, name in _FLAG_NAMES:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """A pattern or template Python refuses; msg, pattern, pos, lineno and colno as CPython."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


PatternError = error


def _empty_like(s):
    return "" if isinstance(s, str) else b""


Match = _jre.Match


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_engine", "__weakref__")

    def __init__(self, pattern, flags, engine, groups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self._engine = engine
        self.groups = groups
        self.groupindex = groupindex

    def match(self, string, pos=0, endpos=None):
        return self._engine.exec(self, string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._engine.exec(self, string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._engine.exec(self, string, pos, endpos, 0)

    def findall(self, string, pos=0, endpos=None):
        return self._engine.findall(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        return iter(self._engine.matches(self, string, pos, endpos, 0))

    def _expand(self, m, template):
        return _expand_template(self, m, template)

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported by this runtime")

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        return self._engine.split(string, maxsplit)

    def subn(self, repl, string, count=0):
        if count < 0:
            return string, 0
        if not callable(repl):
            return self._engine.subn(string, _template_parts(self, repl), count)
        matches = self._engine.matches(self, string, 0, None, count)
        if not matches:
            return string, 0
        pieces = []
        last = 0
        for m in matches:
            pieces.append(string[last:m.start()])
            r = repl(m)
            if r is not None:
                pieces.append(r)
            last = m.end()
        pieces.append(string[last:])
        return _empty_like(string).join(pieces), len(matches)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        f = self.flags
        if isinstance(self.pattern, str):
            f &= ~32
        if f:
            return "re.compile(%s, %r)" % (p, RegexFlag(f))
        return "re.compile(%s)" % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & 256 and flags & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & 4 and flags & 256:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    r = _jre.compile(pattern, flags)
    if len(r) == 2:
        raise error(r[0], pattern, r[1])
    engine, fl, groups, groupindex = r
    p = Pattern(pattern, fl, engine, groups, groupindex)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | 1)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    out = bytearray()
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)


# --- replacement templates -------------------------------------------------------------

_template_cache = {}
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _parse_template(pattern, repl):
    """The template as a list of literal strings and group numbers."""
    is_bytes = not isinstance(repl, str)
    s = repl.decode("latin-1") if is_bytes else repl
    parts = []
    lit = []
    i = 0
    n = len(s)
    groups = pattern.groups
    while i < n:
        c = s[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, start)
        c = s[i]
        i += 1
        if c == "g":
            if i >= n or s[i] != "<":
                raise error("missing <", repl, i)
            close = s.find(">", i + 1)
            if close < 0:
                if i + 1 >= n:
                    raise error("missing group name", repl, i + 1)
                raise error("missing >, unterminated name", repl, i + 1)
            name = s[i + 1:close]
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit() and name.isascii():
                g = int(name)
                if g > groups:
                    raise error("invalid group reference %d" % g, repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                g = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 1)
            i = close + 1
            parts.append("".join(lit))
            lit = []
            parts.append(g)
        elif c == "0":
            v = 0
            k = 0
            while k < 2 and i < n and s[i] in "01234567":
                v = v * 8 + int(s[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c in "123456789":
            if i + 1 < n and c in "01234567" and s[i] in "01234567" and s[i + 1] in "01234567":
                v = int(s[i - 1:i + 2], 8)
                if v > 0o377:
                    raise error("octal escape value \\%s outside of range 0-0o377" % s[i - 1:i + 2], repl, start)
                i += 2
                lit.append(chr(v))
                continue
            g = int(c)
            if i < n and s[i] in "0123456789":
                g = g * 10 + int(s[i])
                i += 1
            if g > groups:
                raise error("invalid group reference %d" % g, repl, start + 1)
            parts.append("".join(lit))
            lit = []
            parts.append(g)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise error("bad escape \\" + c, repl, start)
        else:
            lit.append("\\" + c)
    parts.append("".join(lit))
    if is_bytes:
        parts = [p.encode("latin-1") if isinstance(p, str) else p for p in parts]
    return parts


def _template_parts(pattern, repl):
    """The parsed template as a tuple: literal pieces and group numbers (cached)."""
    key = (pattern, type(repl), repl)
    parts = _template_cache.get(key)
    if parts is None:
        if not isinstance(repl, (str, bytes)):
            if isinstance(pattern.pattern, bytes) and isinstance(repl, (bytearray, memoryview)):
                repl = bytes(repl)
            else:
                raise TypeError("expected str instance, %s found" % type(repl).__name__
                                if isinstance(pattern.pattern, str)
                                else "expected a bytes-like object, %s found" % type(repl).__name__)
        elif isinstance(repl, str) != isinstance(pattern.pattern, str):
            raise TypeError("expected str instance, bytes found" if isinstance(pattern.pattern, str)
                            else "expected a bytes-like object, str found")
        parts = tuple(_parse_template(pattern, repl))
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        _template_cache[key] = parts
    return parts


def _expand_template(pattern, m, template):
    out = []
    for p in _template_parts(pattern, template):
        if isinstance(p, int):
            v = m.group(p)
            if v is not None:
                out.append(v)
        else:
            out.append(p)
    return _empty_like(template).join(out)
