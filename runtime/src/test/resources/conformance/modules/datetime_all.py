from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dtmod
# Operator errors name CPython's C types 'datetime.timedelta'; the runtime's pure-Python
# classes are plain 'timedelta': messages are compared without the module prefix.
def msg(e):
    return str(e).replace('datetime.', '')
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5, milliseconds=6, weeks=1)
print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for t in [timedelta(), timedelta(-1), timedelta(seconds=-1), timedelta(hours=-25.5), timedelta(microseconds=-1),
          timedelta(days=2.5, seconds=0.0000015), timedelta(minutes=1.5), timedelta(0, 0, 0.5), timedelta(0, 0, 1.5),
          timedelta(milliseconds=-0.5), timedelta(weeks=52)]:
    print(repr(t), '|', t)
a, b = timedelta(hours=5), timedelta(minutes=45)
print(a + b, a - b, b - a, -a, abs(-a), a * 3, 2 * b, a * 0.5, a / b, a / 4, a / 0.3, a // b, a // 7, a % b, divmod(a, b))
print(a > b, a == timedelta(minutes=300), a != b, hash(a) == hash(timedelta(seconds=18000)), bool(timedelta()), sorted([a, b, -b]))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
for bad in [lambda: timedelta(days=10**9), lambda: timedelta('1'), lambda: a / 0, lambda: a + 1, lambda: a < 1]:
    try: bad()
    except Exception as e: print(type(e).__name__, msg(e))
d = date(2024, 2, 28)
print(repr(d), d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar(), d.isoformat())
print(d + timedelta(1), d + timedelta(2), d - timedelta(days=59), date(2024, 3, 1) - d, d - date(2000, 1, 1))
print(date.fromordinal(1), date.fromordinal(738000), date.fromisoformat('2021-12-31'), date.fromisoformat('20211231'), date.fromisoformat('2021-W52-5'), date.fromisocalendar(2020, 53, 7))
print(d.replace(day=1), d.replace(year=2023, month=12), d < date(2024, 3, 1), d == date(2024, 2, 28), d >= d, hash(d) == hash(date(2024, 2, 28)))
print(date.min, date.max, date.resolution, d.ctime(), d.timetuple()[:8], format(d, '%d/%m/%Y'), f'{d}', f'{d:%A %B}')
for y in [2000, 1900, 2004, 2021, 2026, 1, 9999]:
    for m, dd in [(1, 1), (12, 31), (6, 15)]:
        x = date(y, m, dd)
        print(x, x.weekday(), x.isocalendar(), x.strftime('%a %A %b %B %d %j %m %U %W %w %y %Y %G %V %u %x %%'), x.toordinal() == date.fromordinal(x.toordinal()).toordinal())
for bad in [lambda: date(0, 1, 1), lambda: date(2023, 13, 1), lambda: date(2023, 2, 29), lambda: date(2023, 1, 0), lambda: date(2023.0, 1, 1),
            lambda: date.fromisoformat('2023-1-1'), lambda: date.fromisoformat('x'), lambda: date.fromordinal(0), lambda: d + d,
            lambda: d < datetime(2024, 1, 1), lambda: date.max + timedelta(1), lambda: date.fromisocalendar(2021, 53, 1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, msg(e))
t = time(13, 5, 9, 1234)
print(repr(t), t, repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), t.isoformat('hours'), t.isoformat('minutes'), t.isoformat('milliseconds'), t.isoformat('seconds'))
print(t.strftime('%I:%M %p %H %f'), time(0, 0).strftime('%I %p'), t.replace(hour=1), t < time(14), t == time(13, 5, 9, 1234), time.min, time.max)
print(time.fromisoformat('04:23:01'), time.fromisoformat('04:23:01.000384'), time.fromisoformat('T0423'), time.fromisoformat('04:23:01+04:00'), repr(time.fromisoformat('12:00Z')))
for bad in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 10**6), lambda: t.isoformat('x'), lambda: time.fromisoformat('1:2')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, msg(e))
dt = datetime(2024, 2, 29, 23, 59, 58, 500000)
print(repr(dt), dt, dt.date(), dt.time(), repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5)), repr(datetime(2020, 1, 1, 0, 0, 7)))
print(dt + timedelta(seconds=2), dt - timedelta(days=366), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt, dt.isoformat(), dt.isoformat(' ', 'seconds'))
print(dt.weekday(), dt.isocalendar(), dt.toordinal(), dt.ctime(), dt.strftime('%Y-%m-%d %H:%M:%S.%f %j %c'), dt.timestamp(), dt.timetuple()[:8])
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime.fromtimestamp(0), datetime.utcfromtimestamp(1700000000.25), datetime.fromtimestamp(86399.9999999))
for s in ['2011-11-04', '2011-11-04T00:05:23', '2011-11-04 00:05:23.283', '2011-11-04T00:05:23+04:00', '20111104T000523', '2011-11-04T00:05:23Z', '2011-W01-2T00:05:23.283', '2011-11-04T00:05:23.283-02:30']:
    x = datetime.fromisoformat(s)
    print(s, '->', repr(x), x.isoformat(), x.utcoffset(), x.tzname())
for bad in [lambda: datetime.fromisoformat('2011-11-04T'), lambda: datetime.fromisoformat('nope'), lambda: dt < date(2020, 1, 1), lambda: datetime(2020, 1, 1, tzinfo=timezone.utc) < dt,
            lambda: datetime(2020, 1, 1, tzinfo=timezone.utc) - dt, lambda: datetime(2020, 1, 1, 25), lambda: datetime.max + timedelta(1), lambda: datetime(2020, 1, 1, tzinfo=1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, msg(e))
print(dt == date(2024, 2, 29), date(2024, 2, 29) == dt, datetime(2020, 1, 1, tzinfo=timezone.utc) == datetime(2020, 1, 1))
tz1 = timezone(timedelta(hours=5, minutes=30))
tz2 = timezone(timedelta(hours=-8), 'PST')
a1 = datetime(2024, 1, 1, 12, tzinfo=tz1)
print(repr(tz1), str(tz1), repr(tz2), str(tz2), repr(timezone.utc), str(timezone.utc), timezone(timedelta(0)) is timezone.utc, repr(a1), a1)
print(a1.astimezone(timezone.utc), a1.astimezone(tz2), a1 == a1.astimezone(tz2), a1 - datetime(2024, 1, 1, tzinfo=timezone.utc), a1.utcoffset(), a1.strftime('%z %Z'), a1.timestamp())
print(datetime.fromtimestamp(1700000000, tz=tz2), datetime.fromtimestamp(0, timezone.utc).isoformat(), hash(a1) == hash(a1.astimezone(timezone.utc)))
print(timezone.min, timezone.max, dtmod.UTC is timezone.utc, MINYEAR, MAXYEAR, sorted([dt, datetime(2000, 1, 1), datetime(2030, 5, 5)])[0])
print(isinstance(dt, date), issubclass(datetime, date), type(date.today()).__name__, type(datetime.now()).__name__, date.today().year >= 2024, datetime.now().tzinfo)
print((datetime.now(timezone.utc) - datetime.now(timezone.utc)).days in (-1, 0), abs((datetime.now() - datetime.utcnow()).total_seconds()) < 86400)
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}), date(2020, 1, 1) in {date(2020, 1, 1): 1})
