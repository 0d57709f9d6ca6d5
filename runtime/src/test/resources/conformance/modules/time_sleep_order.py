import time
marks = []
for delay in (0.002, 0.0, 0.001):
    before = time.monotonic()
    time.sleep(delay)
    after = time.monotonic()
    marks.append(after >= before)
print(marks)
t0 = time.perf_counter()
x = sum(range(10000))
t1 = time.perf_counter()
print(x, t1 >= t0)
now = time.time()
print(isinstance(now, float), now > 1.6e9, int(now) <= time.time())
