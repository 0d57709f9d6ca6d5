import time

for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, info.resolution > 0, isinstance(info.implementation, str))
try:
    time.get_clock_info('nope')
except ValueError as e:
    print('ValueError:', e)
for fn in (time.time_ns, time.monotonic_ns, time.perf_counter_ns, time.process_time_ns, time.thread_time_ns):
    print(fn.__name__, type(fn()).__name__, fn() >= 0)
a = time.monotonic_ns()
b = time.monotonic_ns()
print(b >= a, type(time.thread_time()).__name__, type(time.process_time()).__name__)
x = time.process_time_ns()
sum(i * i for i in range(20000))
print(time.process_time_ns() >= x)
