"""A shared counter without a lock. Under CPython's GIL, `x += 1` in a loop loses nothing
(threads switch only at backward jumps and calls), while `x = x + int(1)` (a call between the
load and the store) loses updates. Parallel policies lose updates on both. Lost updates here
are expected behaviour, reported, not a failure."""
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4
M = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
x = 0
y = 0


def plain():
    global x
    for _ in range(M):
        x += 1


def with_call():
    global y
    for _ in range(M):
        y = y + int(1)


for target in (plain, with_call):
    threads = [threading.Thread(target=target) for _ in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
print("augmented lost", N * M - x)
print("with call lost", N * M - y)
print("RESULT expected")
