"""Scaling workloads, in the spirit of CPython's free-threading scaling benchmark.

Usage:  scaling.py WORKLOAD THREADS ITERATIONS
Runs THREADS threading.Threads, each calling the workload ITERATIONS times' worth of work,
joins them, and prints the workload name and a checksum that does not depend on timing.
The same file runs under Interlock (every policy) and under CPython: the harness times the
whole run from outside, so the file itself reads no clock.
"""
import sys
import threading
import queue
import hashlib
import time

SHARED_CONST = (1, 2, 3, 4, 5, 6, 7, 8)
SHARED_DICT = {i: i * i for i in range(64)}
SHARED_LIST = []
SHARED_LOCK = threading.Lock()
SHARED_COUNTER = [0]
LOCAL = threading.local()
BUFFER = bytes(range(256)) * 4096   # 1 MiB


def module_function(x):
    return x + 1


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def w_arith(n):
    total = 0
    for i in range(n):
        total += (i * 7 + 3) % 11
    return total


def w_call_function(n):
    x = 0
    for _ in range(n):
        x = module_function(x)
    return x


def w_call_method(n):
    p = Point(3, -4)
    total = 0
    for _ in range(n):
        total += p.norm1()
    return total


def w_create_objects(n):
    total = 0
    for i in range(n):
        p = Point(i, i + 1)
        total += p.y - p.x
    return total


def w_closures_dicts(n):
    total = 0
    for i in range(n):
        def add(y, i=i):
            return i + y
        d = {'a': i, 'b': add(1)}
        total += d['b'] - d['a']
    return total


def w_shared_constants(n):
    total = 0
    for _ in range(n):
        total += SHARED_CONST[3]
    return total


def w_shared_dict_read(n):
    total = 0
    d = SHARED_DICT
    for i in range(n):
        total += d[i & 63]
    return total


def w_thread_local(n):
    LOCAL.value = 1
    total = 0
    for _ in range(n):
        total += LOCAL.value
    return total


def w_private_list_append(n):
    lst = []
    for i in range(n):
        lst.append(i)
    return len(lst)


def w_shared_list_append(n):
    for i in range(n):
        SHARED_LIST.append(i)
    return n


def w_locked_counter(n):
    for _ in range(n):
        with SHARED_LOCK:
            SHARED_COUNTER[0] += 1
    return n


def w_queue(n):
    q = queue.Queue(maxsize=64)

    def producer():
        for i in range(n):
            q.put(i)
        q.put(None)

    t = threading.Thread(target=producer)
    t.start()
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += 1
    t.join()
    return total


def w_sleep_io(n):
    for _ in range(n):
        time.sleep(0.001)
    return n


def w_countdown(n):
    # The classic GIL demonstration: a pure bytecode loop, no allocation, no shared state.
    while n > 0:
        n -= 1
    return 1


def w_numeric(n):
    # A small floating-point kernel: n steps of an escape-time iteration on a fixed point
    # grid (each step is a few float multiplies and adds), so threads compute, not allocate.
    escaped = 0
    for k in range(n):
        cr = -2.0 + (k % 32) * 0.078125
        ci = -1.0 + ((k // 32) % 32) * 0.0625
        zr = 0.0
        zi = 0.0
        for _ in range(16):
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            if zr * zr + zi * zi > 4.0:
                escaped += 1
                break
    return escaped


def w_hash_buffers(n):
    digest = b''
    for _ in range(n):
        digest = hashlib.sha256(BUFFER).digest()
    return len(digest) * n


WORKLOADS = {name[2:]: fn for name, fn in globals().items() if name.startswith('w_')}


def run(name, nthreads, iters):
    """Runs WORKLOADS[name](iters) in nthreads threads at once; returns the sum of their
    results (nthreads times the one-thread result: the harness checks it)."""
    fn = WORKLOADS[name]
    del SHARED_LIST[:]     # repeated runs in one interpreter must not grow the shared list
    results = [None] * nthreads

    def body(k):
        results[k] = fn(iters)

    threads = [threading.Thread(target=body, args=(k,)) for k in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(results)


def main(argv):
    if len(argv) != 4 or argv[1] not in WORKLOADS:
        print("usage: scaling.py WORKLOAD THREADS ITERATIONS; workloads: " + ", ".join(sorted(WORKLOADS)))
        return 2
    print(argv[1], int(argv[2]), run(argv[1], int(argv[2]), int(argv[3])))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
