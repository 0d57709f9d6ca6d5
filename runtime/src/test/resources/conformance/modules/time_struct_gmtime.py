import time
t = time.gmtime(0)
print(t)
print(t[0], t[-1], t[:3], len(t), t.tm_zone, t.tm_gmtoff, type(t).__name__, isinstance(t, tuple))
for s in [0, 86399, 951782400, 1700000000.75, -1, -86400 * 365, 2**31, 1e10]:
    g = time.gmtime(s)
    print(tuple(g), time.asctime(g))
    print(time.strftime('%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %y %Z %z %% %I %w %U %W %c|%x|%X', g))
print(time.strftime('%Y %H', (2024, 2, 29, 13, 5, 6, 3, 60, 0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_zone)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000, time.mktime(time.localtime(0)))
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(isinstance(time.time_ns(), int), isinstance(time.perf_counter_ns(), int), isinstance(time.monotonic_ns(), int))
print(type(time.process_time()).__name__, type(time.thread_time()).__name__)
a = time.monotonic_ns(); b = time.monotonic_ns(); print(b >= a)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
print(time.localtime().tm_year >= 2024, time.gmtime().tm_zone)
print(time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
