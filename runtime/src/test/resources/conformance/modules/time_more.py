import time
start = time.monotonic()
deadline = start + 0.02
n = 0
while time.monotonic() < deadline:
    n += 1
print(n > 0)
a = time.perf_counter()
time.sleep(0.005)
b = time.perf_counter()
print(b > a, isinstance(b - a, float))
print(abs(time.time() - time.time()) < 1.0)
samples = [time.monotonic() for _ in range(100)]
print(all(x <= y for x, y in zip(samples, samples[1:])))
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
