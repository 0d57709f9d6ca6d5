# Local-time behaviour that holds in every time zone: only relations are printed.
import time
for s in [0, 86400 * 200, 1700000000, 1690000000, 951782400]:
    t = time.localtime(s)
    off = t.tm_gmtoff
    z = time.strftime('%z', t)
    sign = -1 if z[0] == '-' else 1
    print(time.mktime(t) == s, sign * (int(z[1:3]) * 3600 + int(z[3:]) * 60) == off,
          time.strftime('%Z', t) == t.tm_zone, t.tm_isdst in (0, 1),
          off == (-time.altzone if t.tm_isdst else -time.timezone),
          time.gmtime(s + off)[:6] == t[:6], time.ctime(s) == time.asctime(t))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, -1)) == time.mktime((1999, 12, 32, 0, 0, 0, 0, 1, -1)))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, -1)) + 3600 == time.mktime((2000, 1, 1, 0, 60, 0, 0, 1, -1)))
print(type(time.tzname).__name__, len(time.tzname), time.daylight in (0, 1))
t = time.localtime()
print(len(t), type(t).__name__, t.tm_year > 2000, repr(t).startswith('time.struct_time(tm_year='))
print(time.strftime('%%|%n|%t|%q'), end='|\n')
for bad in ['x', (1, 2, 3)]:
    try:
        time.asctime(bad)
    except TypeError as e:
        print('TypeError')
