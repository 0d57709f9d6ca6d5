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
