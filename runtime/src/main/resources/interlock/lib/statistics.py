"""Basic statistics of numeric data.

Interlock's pure-Python statistics with CPython 3.11's behaviour for mean, fmean, median,
median_low, median_high, mode, multimode, variance, pvariance, stdev and pstdev. Sums and
squared deviations are computed exactly (as Fractions) and converted to the data's type at
the end (int data gives an int when the result is whole, else a float); standard deviations
are correctly rounded square roots. Decimal data is not supported.
"""

import math
from collections import Counter
from fractions import Fraction

__all__ = ['StatisticsError', 'mean', 'fmean', 'median', 'median_low', 'median_high',
           'mode', 'multimode', 'variance', 'pvariance', 'stdev', 'pstdev']


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for a float inf or nan."""
    if isinstance(x, float):
        if math.isinf(x) or math.isnan(x):
            return (x, None)
        return x.as_integer_ratio()
    if isinstance(x, int):
        return (int(x), 1)
    if isinstance(x, Fraction):
        return (x.numerator, x.denominator)
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError("can't convert type '{}' to numerator/denominator".format(
            type(x).__name__)) from None


def _coerce(T, S):
    """The common type of data of types T and S (int gives way to anything)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _scan(data):
    """(T, count, sum, sum of squares, special) over data, exactly.

    special is None, or the float sum of the inf/nan values when there are any.
    """
    T = int
    count = 0
    sx = Fraction(0)
    sxx = Fraction(0)
    special = None
    seen = set()
    for x in data:
        n, d = _exact_ratio(x)
        typ = type(x)
        if typ not in seen:
            seen.add(typ)
            T = _coerce(T, typ)
        count += 1
        if d is None:
            special = n if special is None else special + n
            continue
        q = Fraction(n, d)
        sx += q
        sxx += q * q
    return T, count, sx, sxx, special


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _ss(data, c):
    """(T, sum of squared deviations, count): from c when given, else from the exact mean."""
    if c is not None:
        T, count, sx, sxx, special = _scan((x - c) * (x - c) for x in data)
        if special is not None:
            return T, special, count
        return T, sx, count
    T, count, sx, sxx, special = _scan(data)
    if special is not None:
        return T, special, count
    if not count:
        return T, Fraction(0), 0
    return T, (count * sxx - sx * sx) / count, count


def _sqrt_frac(q):
    """The float nearest to the square root of the non-negative Fraction q."""
    if isinstance(q, float):
        return math.sqrt(q)
    n, m = q.numerator, q.denominator
    if n == 0:
        return 0.0
    # Scale so the integer root has at least 56 significant bits, then mark any
    # remainder in its lowest bit (round-to-odd) so the final rounding to 53 bits is exact.
    e = (112 - (n.bit_length() - m.bit_length())) // 2 + 1
    if e >= 0:
        a, b = n << (2 * e), m
    else:
        a, b = n, m << (-2 * e)
    r = math.isqrt(a // b)
    if r * r * b != a:
        r |= 1
    if e >= 0:
        return r / (1 << e)
    return float(r << -e)


def mean(data):
    """The arithmetic mean of data, computed exactly and converted to the data's type."""
    T, count, sx, sxx, special = _scan(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    if special is not None:
        return special / count
    return _convert(sx / count, T)


def fmean(data, weights=None):
    """The arithmetic mean of data as a float (optionally weighted)."""
    data = list(data)
    n = len(data)
    if weights is None:
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    weights = list(weights)
    num = math.fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def median(data):
    """The middle value of sorted data, or the mean of the two middle values."""
    data, n = _sorted_nonempty(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def _sorted_nonempty(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data, len(data)


def median_low(data):
    """The lower of the two middle values (or the middle value)."""
    data, n = _sorted_nonempty(data)
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The higher of the two middle values (or the middle value)."""
    data, n = _sorted_nonempty(data)
    return data[n // 2]


def mode(data):
    """The most common value; the first one met wins a tie."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """Every most common value, in the order first met."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator)."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (n in the denominator)."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation, correctly rounded."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_frac(ss / (n - 1))


def pstdev(data, mu=None):
    """The population standard deviation, correctly rounded."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_frac(ss / n)
