# Run by the time module into its own namespace: struct_time and the functions that are
# plain formatting over the calendar fields the Java part computes (_fields_of, _mktime).

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({n}-sequence given)')
        if n > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({n}-sequence given)')
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None,) * (11 - n)
        self._zone = extra[0]
        self._gmtoff = extra[1]
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._zone, 'tm_gmtoff': self._gmtoff}))


def _secs(secs):
    if secs is None:
        return None
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if secs != secs:
        raise ValueError('Invalid value NaN (not a number)')
    return secs


def gmtime(seconds=None):
    return struct_time(_fields_of(_secs(seconds), True))


def localtime(seconds=None):
    return struct_time(_fields_of(_secs(seconds), False))


def _tuple(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError(f'Tuple or struct_time argument required')
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError(f'{name}(): illegal time tuple argument')
    return t


def mktime(t):
    t = _tuple(t, 'mktime')
    return _mktime(tuple(t)[:9])


def asctime(t=None):
    t = _tuple(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(seconds=None):
    return asctime(localtime(seconds))


def _week(t, first):
    # week number of the year, weeks starting on Sunday (first=6) or Monday (first=0)
    wday = (t[6] - first) % 7
    return (t[7] - 1 - wday + 7) // 7


def _iso_week(t):
    # ISO 8601 (year, week) of a time tuple: weeks start on Monday, and week 1 is the one
    # holding the year's first Thursday
    year, yday, wday = t[0], t[7], t[6]
    week = (yday - (wday + 1) + 10) // 7
    if week < 1:
        year -= 1
        return year, _iso_weeks(year)
    if week > _iso_weeks(year):
        return year + 1, 1
    return year, week


def _iso_weeks(year):
    # 53 when the year starts on a Thursday, or on a Wednesday in a leap year; else 52
    y = year - 1
    jan1 = (y + y // 4 - y // 100 + y // 400) % 7  # weekday of 1 January, Monday = 0
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 53 if jan1 == 3 or (jan1 == 2 and leap) else 52


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    t = _tuple(t, 'strftime')
    zone = getattr(t, 'tm_zone', None)
    off = getattr(t, 'tm_gmtoff', None)
    if not 0 <= t[1] <= 12:
        raise ValueError('month out of range')
    if t[6] < 0:
        raise ValueError('day of week out of range')
    if not 0 <= t[7] <= 366:
        raise ValueError('day of year out of range')
    t = (t[0], t[1] or 1, t[2], t[3], t[4], t[5], t[6] % 7, t[7] or 1, t[8])
    if zone is None:
        zone = tzname[1 if t[8] > 0 else 0]
    if off is None:
        off = -(altzone if t[8] > 0 else timezone)
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        h12 = t[3] % 12 or 12
        if d == 'Y': out.append(str(t[0]))
        elif d == 'm': out.append('%02d' % t[1])
        elif d == 'd': out.append('%02d' % t[2])
        elif d == 'e': out.append('%2d' % t[2])
        elif d == 'H': out.append('%02d' % t[3])
        elif d == 'M': out.append('%02d' % t[4])
        elif d == 'S': out.append('%02d' % t[5])
        elif d == 'j': out.append('%03d' % t[7])
        elif d == 'a': out.append(_DAYS[t[6]][:3])
        elif d == 'A': out.append(_DAYS[t[6]])
        elif d == 'b' or d == 'h': out.append(_MONTHS[t[1] - 1][:3])
        elif d == 'B': out.append(_MONTHS[t[1] - 1])
        elif d == 'p': out.append('AM' if t[3] < 12 else 'PM')
        elif d == 'y': out.append('%02d' % (t[0] % 100))
        elif d == 'C': out.append('%02d' % (t[0] // 100))
        elif d == 'Z': out.append(zone)
        elif d == 'z':
            sign = '-' if off < 0 else '+'
            off_abs = abs(off)
            out.append('%s%02d%02d' % (sign, off_abs // 3600, off_abs // 60 % 60))
        elif d == '%': out.append('%')
        elif d == 'I': out.append('%02d' % h12)
        elif d == 'w': out.append(str((t[6] + 1) % 7))
        elif d == 'u': out.append(str(t[6] + 1))
        elif d == 'U': out.append('%02d' % _week(t, 6))
        elif d == 'W': out.append('%02d' % _week(t, 0))
        elif d == 'G': out.append(str(_iso_week(t)[0]))
        elif d == 'V': out.append('%02d' % _iso_week(t)[1])
        elif d == 'c': out.append(strftime('%a %b %e %H:%M:%S %Y', t))
        elif d == 'x': out.append(strftime('%m/%d/%y', t))
        elif d == 'X' or d == 'T': out.append(strftime('%H:%M:%S', t))
        elif d == 'D': out.append(strftime('%m/%d/%y', t))
        elif d == 'F': out.append(strftime('%Y-%m-%d', t))
        elif d == 'R': out.append(strftime('%H:%M', t))
        elif d == 'n': out.append('\n')
        elif d == 't': out.append('\t')
        else: out.append('%' + d)
    return ''.join(out)


# strptime: each directive's regular expression (the C locale's names), tried as CPython's
# _strptime does: one pattern for the whole format, whitespace in the format matching any
# run of whitespace, names matched without regard to case.
def _names(names):
    # longest first, so that 'May' cannot stop a match short of a longer name
    return '(' + '|'.join(sorted(names, key=len, reverse=True)) + ')'


_DIRECTIVES = {
    'd': r'(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'([0-9]{1,6})',
    'H': r'(2[0-3]|[0-1]\d|\d)',
    'I': r'(1[0-2]|0[1-9]|[1-9])',
    'G': r'(\d\d\d\d)',
    'j': r'(36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(1[0-2]|0[1-9]|[1-9])',
    'M': r'([0-5]\d|\d)',
    'S': r'(6[0-1]|[0-5]\d|\d)',
    'U': r'(5[0-3]|[0-4]\d|\d)',
    'W': r'(5[0-3]|[0-4]\d|\d)',
    'V': r'(5[0-3]|0[1-9]|[1-4]\d|\d)',
    'w': r'([0-6])',
    'u': r'([1-7])',
    'y': r'(\d\d)',
    'Y': r'(\d\d\d\d)',
    'z': r'([+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z))',
    'a': _names(d[:3] for d in _DAYS),
    'A': _names(_DAYS),
    'b': _names(m[:3] for m in _MONTHS),
    'B': _names(_MONTHS),
    'p': '(AM|PM)',
    'Z': '(UTC|GMT)',
}
# The C locale's %c, %x and %X (strptime knows no %D, %F, %T, %R or %e, unlike strftime).
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _strptime_pattern(format, order):
    import re
    out = []
    i = 0
    n = len(format)
    while i < n:
        ch = format[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError(f"stray % in format '{format}'")
            d = format[i + 1]
            i += 2
            if d == '%':
                out.append('%')
            elif d in _COMPOSITE:
                out.append(_strptime_pattern(_COMPOSITE[d], order))
            elif d in _DIRECTIVES:
                order.append(d)
                out.append(_DIRECTIVES[d])
            else:
                raise ValueError(f"'{d}' is a bad directive in format '{format}'")
        elif ch.isspace():
            while i < n and format[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(re.escape(ch))
            i += 1
    return ''.join(out)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_month(year, month):
    days = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[month - 1]
    return days + (1 if month > 2 and _is_leap(year) else 0)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    import re
    for index, arg in enumerate((string, format)):
        if not isinstance(arg, str):
            # CPython's wording: counted from 0, with the type's repr
            raise TypeError(f'strptime() argument {index} must be str, not {type(arg)}')
    order = []
    m = re.compile(_strptime_pattern(format, order), re.IGNORECASE).match(string)
    if m is None:
        raise ValueError(f'time data {string!r} does not match format {format!r}')
    if m.end() != len(string):
        raise ValueError(f'unconverted data remains: {string[m.end():]}')
    year = None
    month = day = 1
    hour = minute = second = 0
    julian = weekday = None
    ampm = None
    hour12 = None
    gmtoff = None
    zone = None
    for d, v in zip(order, m.groups()):
        low = v.lower()
        if d == 'Y':
            year = int(v)
        elif d == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif d == 'm':
            month = int(v)
        elif d == 'B':
            month = [x.lower() for x in _MONTHS].index(low) + 1
        elif d == 'b':
            month = [x[:3].lower() for x in _MONTHS].index(low) + 1
        elif d == 'd':
            day = int(v)
        elif d == 'H':
            hour = int(v)
        elif d == 'I':
            hour12 = int(v)
        elif d == 'M':
            minute = int(v)
        elif d == 'S':
            second = int(v)
        elif d == 'p':
            ampm = low
        elif d == 'j':
            julian = int(v)
        elif d == 'A':
            weekday = [x.lower() for x in _DAYS].index(low)
        elif d == 'a':
            weekday = [x[:3].lower() for x in _DAYS].index(low)
        elif d == 'w':
            weekday = (int(v) - 1) % 7
        elif d == 'u':
            weekday = int(v) - 1
        elif d == 'z':
            if v == 'Z':
                gmtoff = 0
            else:
                digits = v[1:].replace(':', '')
                gmtoff = int(digits[:2]) * 3600 + int(digits[2:4]) * 60 + int(digits[4:6] or 0)
                if v[0] == '-':
                    gmtoff = -gmtoff
        elif d == 'Z':
            zone = v
    if hour12 is not None:
        # %I counts 12, 1, ..., 11: without %p it is taken as AM
        hour = hour12 % 12 + (12 if ampm == 'pm' else 0)
    leap_fix = False
    if year is None:
        # no year is 1900, but 29 February is checked against a leap year (1904)
        leap_fix = month == 2 and day == 29
        year = 1904 if leap_fix else 1900
    if julian is None:
        mdays = (31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
        if not 1 <= day <= mdays[month - 1]:
            raise ValueError('day is out of range for month')
        julian = _days_before_month(year, month) + day
    else:
        y, left = year, julian
        while left > 365 + _is_leap(y):
            left -= 365 + _is_leap(y)
            y += 1
        month = 12
        while _days_before_month(y, month) >= left:
            month -= 1
        year, day = y, left - _days_before_month(y, month)
    if weekday is None:
        weekday = (_days_before_year(year) + _days_before_month(year, month) + day + 6) % 7
    if leap_fix:
        year = 1900
    return struct_time((year, month, day, hour, minute, second, weekday, julian, -1, zone, gmtoff))


_CLOCKS = {
    'time': ('java.time.Instant.now()', False, True, 1e-09),
    'monotonic': ('System.nanoTime()', True, False, 1e-09),
    'perf_counter': ('System.nanoTime()', True, False, 1e-09),
    'process_time': ('OperatingSystemMXBean.getProcessCpuTime()', True, False, 1e-09),
    'thread_time': ('ThreadMXBean.getCurrentThreadCpuTime()', True, False, 1e-09),
}


def get_clock_info(name):
    """Information on the named clock: implementation, monotonic, adjustable, resolution."""
    try:
        impl, mono, adj, res = _CLOCKS[name]
    except (KeyError, TypeError):
        raise ValueError('unknown clock') from None
    import types
    return types.SimpleNamespace(implementation=impl, monotonic=mono, adjustable=adj, resolution=res)
