"""Dates, times, durations and fixed-offset time zones.

Interlock's pure-Python datetime with CPython 3.11's behaviour for timedelta, date, time,
datetime, tzinfo and timezone: normalisation, arithmetic, comparisons, hashing, repr/str,
isoformat/fromisoformat (the common ISO 8601 forms), strftime with the C locale's
directives, ordinals, ISO calendars, and today/now/fromtimestamp. Local time is UTC (the
runtime has no time zone database); strptime is not provided.
"""

import math as _math
import time as _time
from operator import index as _index

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR',
           'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_acc = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_acc)
    _acc += _dim
del _acc, _dim


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n (day 1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    # n is now the 0-based day of the year.
    month = 1
    while month < 12 and _days_before_month(year, month + 1) <= n:
        month += 1
    return year, month, n - _days_before_month(year, month) + 1


def _check_int(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _index(value)


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _check_int(hour), _check_int(minute)
    second, microsecond = _check_int(second), _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _cmp_error(a, b):
    raise TypeError("can't compare '%s' to '%s'" % (type(a).__name__, type(b).__name__))


def _round_half_even(num, den):
    """num / den rounded to the nearest int, ties to even (den > 0)."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset, '' for None."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += '%s%02d' % (sep, rest.seconds)
        if rest.microseconds:
            s += '.%06d' % rest.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _strftime(fmt, d, t, offset, tzname):
    """Formats date part d (a date or None) and time fields t=(h, m, s, us) like C strftime:
    the directives only a datetime knows (%f, %z, %Z) are filled in here, the rest is
    time.strftime's on the equivalent time tuple (date 1900-01-01 for a bare time)."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    if d is None:
        d = date(1900, 1, 1)
    h, mi, s, us = t
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == 'f':
            out.append('%06d' % us)
        elif code == 'z':
            out.append(_format_offset(offset, ''))
        elif code == 'Z':
            out.append((tzname or '').replace('%', '%%'))
        else:
            out.append('%' + code)
    yday = d.toordinal() - date(d.year, 1, 1).toordinal() + 1
    return _time.strftime(''.join(out), (d.year, d.month, d.day, h, mi, s, d.weekday(), yday, -1))


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalised."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        parts = ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                 (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                 (weeks, 604800000000))
        exact = 0          # integer microseconds
        num, den = 0, 1    # the fractional (float) contributions, exactly
        for value, scale in parts:
            if isinstance(value, int):
                exact += value * scale
            elif isinstance(value, float):
                if _math.isinf(value) or _math.isnan(value):
                    raise ValueError("cannot convert float %s to integer" % value)
                a, b = value.as_integer_ratio()
                num, den = num * b + a * scale * den, den * b
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours',
                     'weeks')[[p[1] for p in parts].index(scale)], type(value).__name__))
        total = exact + _round_half_even(num, den)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        days, rest = divmod(total, 86400000000)
        seconds, us = divmod(rest, 1000000)
        if abs(days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds = days, seconds, us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return "%s.%s(%s)" % (_module_name(self), type(self).__qualname__, ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "") + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_half_even(self._us() * (1 if other > 0 else -1),
                                                       abs(other)))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('division by zero')
            if a < 0:
                a, b = -a, -b
            return timedelta._from_us(_round_half_even(b * self._us(), a))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._us(), other._us()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _module_name(obj):
    # Builtin-looking reprs: CPython's classes live in module "datetime".
    mod = type(obj).__module__
    return 'datetime' if mod in ('datetime', '__main__') and type(obj).__name__ in (
        'timedelta', 'date', 'time', 'datetime', 'timezone') else mod


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A proleptic Gregorian calendar date."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _from_timestamp(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = _parse_isodate(date_string)
        if ymd is None or len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocal_to_ymd(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (_module_name(self), type(self).__qualname__,
                                      self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return self.strftime('%a %b %e 00:00:00 %Y')

    def strftime(self, fmt):
        return _strftime(fmt, self, (0, 0, 0, 0), None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                self.toordinal() - date(self._year, 1, 1).toordinal() + 1, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        # A date and a datetime never compare as orderable.
        return isinstance(other, date) and isinstance(self, datetime) == isinstance(other, datetime)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _isocal_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            # Week 53 exists when the year starts on a Thursday (or a Wednesday in leap years).
            first_wd = _ymd2ord(year, 1, 1) % 7
            if first_wd == 4 or (first_wd == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) result of isocalendar()."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class of time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (
            name, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return off


class _TimeOfDay:
    """What time and datetime share: the time-of-day fields and the six comparisons, which
    go through the class's _compare(other, op, result_for_naive_vs_aware_equality), and the
    tzinfo queries (a time passes None to its tzinfo, a datetime itself)."""

    __slots__ = ()

    def _tz_arg(self):
        return self if isinstance(self, datetime) else None

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self._tz_arg()))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self._tz_arg()))

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self._tz_arg())

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b, False)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b, None)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b, None)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b, None)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b, None)


class time(_TimeOfDay):
    """A time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        parsed = _parse_isotime(s)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % time_string)
        return cls(*parsed)


    def __repr__(self):
        if self._microsecond:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s.%s(%d, %d%s" % (_module_name(self), type(self).__qualname__, self._hour,
                                self._minute, s)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(fmt, None, (self._hour, self._minute, self._second, self._microsecond),
                         self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _cmpkey(self, other):
        off1, off2 = self.utcoffset(), other.utcoffset()
        if (off1 is None) != (off2 is None):
            return None
        a = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
        b = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 + other._microsecond
        if off1 is not None:
            a -= off1._us()
            b -= off2._us()
        return a, b

    def _compare(self, other, op, eq):
        if not isinstance(other, time):
            return NotImplemented
        k = self._cmpkey(other)
        if k is None:
            if eq is not None:
                return eq
            raise TypeError("can't compare offset-naive and offset-aware times")
        return op(k[0], k[1])

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            us = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
            if off is not None:
                us -= off._us()
            self._hashcode = hash(us) if off is not None else hash(
                (self._hour, self._minute, self._second, self._microsecond))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _from_timestamp(t):
    frac, whole = _math.modf(t) if isinstance(t, float) else (0.0, t)
    whole = int(whole)
    us = round(frac * 1000000)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    elif us < 0:
        whole -= 1
        us += 1000000
    days, secs = divmod(whole, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORDINAL)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss, us


_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)


class datetime(_TimeOfDay, date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self


    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls(*_from_timestamp(t))
        return tz.fromutc(cls(*_from_timestamp(t), tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls(*_from_timestamp(t))

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" %
                            type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" %
                            type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        # The date is 7, 8 or 10 characters; a separator follows it.
        for dlen in (10, 8, 7):
            ymd = _parse_isodate(s[:dlen])
            if ymd is not None and (len(s) == dlen or not s[dlen].isdigit()):
                break
        else:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        tpart = s[dlen + 1:]
        if len(s) > dlen:
            parsed = _parse_isotime(tpart)
            if parsed is None or not tpart:
                raise ValueError('Invalid isoformat string: %r' % date_string)
        else:
            parsed = (0, 0, 0, 0, None)
        return cls(*(ymd + parsed))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def timestamp(self):
        """Seconds since the epoch (naive datetimes are local time, i.e. UTC here)."""
        off = self.utcoffset()
        delta = self.replace(tzinfo=None) - _EPOCH
        if off is not None:
            delta -= off
        return delta.total_seconds()

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self.weekday(), self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, flag)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass")
        off = self.utcoffset()
        if off is None:
            off = timedelta(0)  # naive: local time, which is UTC here
        if self._tzinfo is tz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def ctime(self):
        return self.strftime('%a %b %e %H:%M:%S %Y')

    def isoformat(self, sep='T', timespec='auto'):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                 self._microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = "%s.%s(%s" % (_module_name(self), type(self).__qualname__,
                          ", ".join(map(str, parts)))
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def strftime(self, fmt):
        return _strftime(fmt, self, (self._hour, self._minute, self._second, self._microsecond),
                         self.utcoffset(), self.tzname())

    def _us_key(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 +
                 self._second) * 1000000 + self._microsecond)

    def _compare(self, other, op, eq):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if eq is not None:
                    return eq
                raise TypeError("can't compare datetime.%s to datetime.%s" % (
                    type(self).__name__, type(other).__name__))
            return NotImplemented
        off1, off2 = self.utcoffset(), other.utcoffset()
        a, b = self._us_key(), other._us_key()
        if self._tzinfo is not other._tzinfo:
            if (off1 is None) != (off2 is None):
                if eq is not None:
                    return eq
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if off1 is not None:
                a -= off1._us()
                b -= off2._us()
        return op(a, b)

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if off is None:
                self._hashcode = hash((self._year, self._month, self._day, self._hour,
                                       self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash(self._us_key() - off._us())
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us_key() + other._us()
        days, rest = divmod(total, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(rest, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        return type(self).combine(date.fromordinal(days), time(hh, mm, ss, us, self._tzinfo))

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._us_key() - other._us_key()
        if self._tzinfo is not other._tzinfo:
            off1, off2 = self.utcoffset(), other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if off1 is not None:
                diff -= off1._us() - off2._us()
        return timedelta._from_us(diff)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _parse_isodate(s):
    """(y, m, d) for YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; None otherwise."""
    if len(s) < 7 or not s[:4].isdigit():
        return None
    year = int(s[:4])
    rest = s[4:]
    dash = rest[:1] == '-'
    if dash:
        rest = rest[1:]
    if rest[:1] == 'W':
        rest = rest[1:]
        if len(rest) < 2 or not rest[:2].isdigit():
            return None
        week = int(rest[:2])
        rest = rest[2:]
        day = 1
        if rest:
            if dash:
                if rest[:1] != '-':
                    return None
                rest = rest[1:]
            if len(rest) != 1 or not rest.isdigit():
                return None
            day = int(rest)
        try:
            return _isocal_to_ymd(year, week, day)
        except ValueError:
            raise
    if dash:
        if len(rest) != 5 or rest[2] != '-' or not (rest[:2] + rest[3:]).isdigit():
            return None
        return year, int(rest[:2]), int(rest[3:])
    if len(rest) != 4 or not rest.isdigit():
        return None
    return year, int(rest[:2]), int(rest[2:])


def _parse_hms(s):
    """[h, m, s, us] from HH[:MM[:SS[.f+]]] or the compact HH[MM[SS[.f+]]]; None if malformed."""
    fields = [0, 0, 0, 0]
    i = 0
    colon = None
    for k in range(3):
        if len(s) - i < 2 or not s[i:i + 2].isdigit():
            return None
        fields[k] = int(s[i:i + 2])
        i += 2
        if i == len(s):
            return fields
        c = s[i]
        if k < 2 and c == ':' and colon is not False:
            colon = True
            i += 1
            continue
        if k < 2 and c.isdigit() and colon is not True:
            colon = False
            continue
        if k == 2 and c in '.,':
            digits = s[i + 1:]
            if not digits or not digits.isdigit():
                return None
            fields[3] = int((digits + '000000')[:6])
            return fields
        return None
    return None


def _parse_isotime(s):
    """(h, m, s, us, tzinfo) from a time with an optional Z/+HH:MM offset; None if malformed."""
    tz = None
    cut = len(s)
    for idx, c in enumerate(s):
        if c in '+-Zz' and idx > 0:
            cut = idx
            break
    tpart, tzpart = s[:cut], s[cut:]
    fields = _parse_hms(tpart)
    if fields is None:
        return None
    if tzpart:
        if tzpart in ('Z', 'z'):
            tz = timezone.utc
        else:
            off = _parse_hms(tzpart[1:])
            if off is None:
                return None
            delta = timedelta(hours=off[0], minutes=off[1], seconds=off[2],
                              microseconds=off[3])
            if tzpart[0] == '-':
                delta = -delta
            tz = timezone.utc if not delta else timezone(delta)
    if fields[0] == 24 and fields[1:] == [0, 0, 0]:
        return None
    return fields[0], fields[1], fields[2], fields[3], tz


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % offset)
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return "%s.%s(%r)" % (_module_name(self), type(self).__qualname__, self._offset)
        return "%s.%s(%r, %r)" % (_module_name(self), type(self).__qualname__, self._offset,
                                  self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1)
