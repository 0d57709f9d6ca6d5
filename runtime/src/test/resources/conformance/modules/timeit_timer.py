# timeit: Timer with string and callable statements and setups, a deterministic timer
# function (so the returned "times" are exact), repeat, autorange, globals, errors.
import timeit


class Clock:
    """A fake timer: each call returns the next tick."""

    def __init__(self, step=1):
        self.now = 0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


calls = []
print(timeit.timeit("calls.append(1)", globals={"calls": calls}, number=7, timer=Clock()))
print(len(calls))

t = timeit.Timer("x.append(len(x))", setup="x = []", timer=Clock(3))
print(t.timeit(number=5))
print(t.repeat(repeat=3, number=4))

log = []
t = timeit.Timer(lambda: log.append("stmt"), setup=lambda: log.append("setup"), timer=Clock())
print(t.timeit(3), log)

# names from setup are locals of the timing function, not globals
counter = {"n": 0}


def bump():
    counter["n"] += 1


print(timeit.timeit("f()", setup="from __main__ import bump as f", number=10, timer=Clock()))
print(counter["n"])

# multi-line statements and setups are indented into the loop
src = "total = 0\nfor i in range(3):\n    total += i\nresults.append(total)"
results = []
timeit.timeit(src, setup="y = 1\nz = 2", number=4, globals={"results": results}, timer=Clock())
print(results)

# autorange: the statement advances the clock by 1/64 s per run, so 20 runs are the first
# to reach 0.2 s
clock = Clock(0)
attempts = []
n, taken = timeit.Timer("clock.now += 1 / 64", timer=clock, globals={"clock": clock}).autorange(
    lambda n, t: attempts.append((n, t)))
print(n, taken, attempts)

print(timeit.repeat("pass", repeat=2, number=3, timer=Clock(2)))
print(timeit.default_timer is __import__("time").perf_counter)
print(type(timeit.timeit(number=10)).__name__)
print(timeit.default_number, timeit.default_repeat)

for bad in [dict(stmt=42), dict(setup=None), dict(stmt="x = ")]:
    try:
        timeit.Timer(**bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__)

try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("raised from the loop:", e)
