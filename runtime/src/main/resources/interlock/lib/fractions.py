"""Rational numbers: the Fraction class.

Interlock's pure-Python fractions with CPython 3.11's behaviour: construction from ints,
Fractions, other rationals (anything with integer numerator and denominator), floats and
strings ("3/4", "-1.5e3", "1_000"), arithmetic mixed with int (exact) and float (inexact),
comparisons, hashing equal to CPython's (so Fraction(1, 2) and 0.5 hash alike),
limit_denominator, rounding, repr "Fraction(3, 4)" and str "3/4". Decimal is not supported.
"""

import math

__all__ = ['Fraction']

# The modulus and infinity hash of CPython's numeric hash (sys.hash_info).
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _is_rational(x):
    """int (incl. bool), Fraction, or a duck-typed rational with int numerator/denominator."""
    if isinstance(x, (int, Fraction)):
        return True
    if isinstance(x, float) or isinstance(x, str):
        return False
    try:
        return isinstance(x.numerator, int) and isinstance(x.denominator, int)
    except AttributeError:
        return False


def _ratio(x):
    if isinstance(x, int):
        return int(x), 1
    return x.numerator, x.denominator


def _digits(s, i, allow_empty=False):
    """Parses \\d+(_\\d+)* at s[i:]; returns (digits without underscores, new index) or None."""
    j = i
    out = []
    while True:
        start = j
        while j < len(s) and s[j].isdecimal():
            j += 1
        if j == start:
            if allow_empty and j == i:
                return '', i
            return None
        out.append(s[start:j])
        if j + 1 < len(s) and s[j] == '_' and s[j + 1].isdecimal():
            j += 1
            continue
        return ''.join(out), j


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None when it is not one."""
    s = text.strip()
    i = 0
    neg = False
    if i < len(s) and s[i] in '+-':
        neg = s[i] == '-'
        i += 1
    if not (i < len(s) and (s[i].isdecimal() or
                            (s[i] == '.' and i + 1 < len(s) and s[i + 1].isdecimal()))):
        return None
    r = _digits(s, i, allow_empty=True)
    if r is None:
        return None
    num_s, i = r
    num = int(num_s) if num_s else 0
    den = 1
    if i < len(s) and s[i] == '/':
        r = _digits(s, i + 1)
        if r is None:
            return None
        den_s, i = r
        den = int(den_s)
    else:
        if i < len(s) and s[i] == '.':
            r = _digits(s, i + 1, allow_empty=True)
            if r is None:
                return None
            dec_s, i = r
            if dec_s:
                scale = 10 ** len(dec_s)
                num = num * scale + int(dec_s)
                den *= scale
        if i < len(s) and s[i] in 'eE':
            j = i + 1
            eneg = False
            if j < len(s) and s[j] in '+-':
                eneg = s[j] == '-'
                j += 1
            r = _digits(s, j)
            if r is None:
                return None
            exp_s, i = r
            exp = int(exp_s)
            if eneg:
                den *= 10 ** exp
            else:
                num *= 10 ** exp
    if i != len(s):
        return None
    return (-num if neg else num), den


class Fraction:
    """A rational number numerator/denominator in lowest terms, denominator positive."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator, self._denominator = _ratio(numerator)
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            n1, d1 = _ratio(numerator)
            n2, d2 = _ratio(denominator)
            numerator, denominator = n1 * d2, d1 * n2
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f (an int is accepted too)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents until the next one's denominator is too big,
        # then pick between the last convergent and the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic -----------------------------------------------------------

    def _coerce(self, other):
        """(kind, value): 'q' with a Fraction, 'f' with a float, or None for NotImplemented."""
        if isinstance(other, Fraction):
            return 'q', other
        if isinstance(other, int):
            return 'q', Fraction(other)
        if isinstance(other, float):
            return 'f', other
        if _is_rational(other):
            return 'q', Fraction(other)
        return None, None

    def _binop(self, other, exact, inexact, reverse):
        kind, o = self._coerce(other)
        if kind == 'q':
            return exact(o, self) if reverse else exact(self, o)
        if kind == 'f':
            return inexact(o, float(self)) if reverse else inexact(float(self), o)
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        q, r = divmod(a._numerator * db, da * b._numerator)
        return q, Fraction(r, da * db)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def __add__(self, other):
        return self._binop(other, Fraction._add, lambda x, y: x + y, False)

    def __radd__(self, other):
        return self._binop(other, Fraction._add, lambda x, y: x + y, True)

    def __sub__(self, other):
        return self._binop(other, Fraction._sub, lambda x, y: x - y, False)

    def __rsub__(self, other):
        return self._binop(other, Fraction._sub, lambda x, y: x - y, True)

    def __mul__(self, other):
        return self._binop(other, Fraction._mul, lambda x, y: x * y, False)

    def __rmul__(self, other):
        return self._binop(other, Fraction._mul, lambda x, y: x * y, True)

    def __truediv__(self, other):
        return self._binop(other, Fraction._div, lambda x, y: x / y, False)

    def __rtruediv__(self, other):
        return self._binop(other, Fraction._div, lambda x, y: x / y, True)

    def __floordiv__(self, other):
        return self._binop(other, Fraction._floordiv, lambda x, y: x // y, False)

    def __rfloordiv__(self, other):
        return self._binop(other, Fraction._floordiv, lambda x, y: x // y, True)

    def __mod__(self, other):
        return self._binop(other, Fraction._mod, lambda x, y: x % y, False)

    def __rmod__(self, other):
        return self._binop(other, Fraction._mod, lambda x, y: x % y, True)

    def __divmod__(self, other):
        return self._binop(other, Fraction._divmod, divmod, False)

    def __rdivmod__(self, other):
        return self._binop(other, Fraction._divmod, divmod, True)

    def __pow__(self, other):
        if _is_rational(other):
            n, d = _ratio(other)
            if d == 1:
                if n >= 0:
                    return Fraction(self._numerator ** n, self._denominator ** n, _normalize=False)
                if self._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -n))
                if self._numerator > 0:
                    return Fraction(self._denominator ** -n, self._numerator ** -n,
                                    _normalize=False)
                return Fraction((-self._denominator) ** -n, (-self._numerator) ** -n,
                                _normalize=False)
            return float(self) ** (n / d)
        if isinstance(other, float):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if _is_rational(other):
            return Fraction(other) ** self
        if self._denominator == 1:
            return other ** self._numerator
        return other ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, rem = divmod(self._numerator, self._denominator)
            twice = rem * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1  # halves go to even
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        # CPython's numeric hash: numerator times the modular inverse of the denominator.
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    # -- comparisons ----------------------------------------------------------

    def __eq__(self, other):
        if isinstance(other, int) or isinstance(other, Fraction) or _is_rational(other):
            n, d = _ratio(other)
            return self._numerator == n and self._denominator == d
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return 0.0 == other
            return self == Fraction(other)
        return NotImplemented

    def _cmp(self, other, op):
        if _is_rational(other):
            n, d = _ratio(other)
            return op(self._numerator * d, self._denominator * n)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return self._cmp(Fraction(other), op)
        return NotImplemented

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _register():
    # numbers imports abc; done after the class so importing fractions stays cheap to read.
    import numbers
    numbers.Rational.register(Fraction)


_register()
