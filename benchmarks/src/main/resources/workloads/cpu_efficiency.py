"""CPU time per work item of a scaling.py workload at 1 and 2 threads.

Usage:  interlock [--policy P] [-X immortalize=0|1] cpu_efficiency.py WORKLOADS_DIR WORKLOAD ITEMS REPS

A thread's CPU time (time.thread_time) does not count time it waits for a core, so on a shared,
overloaded machine, where wall-clock scaling measures the other jobs, the ratio of CPU time per
item at 1 thread over 2 threads still says whether the threads slow each other down (1.0: no
extra work per item; below 1: contention). It cannot show contention that only appears when the
threads really run at the same moment if the machine rarely lets them: a supplement to JMH's
CpuThreadsBench, never a replacement. Prints the best of REPS runs after REPS warm-up runs.
"""
import sys
import threading
import time

sys.path.insert(0, sys.argv[1])
import scaling  # noqa: E402  (the path is set just above)

name, items, reps = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
fn = scaling.WORKLOADS[name]


def cpu_per_item(n):
    cpu = [0.0] * n

    def body(k):
        t0 = time.thread_time()
        fn(items // n)
        cpu[k] = time.thread_time() - t0

    ts = [threading.Thread(target=body, args=(k,)) for k in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sum(cpu) / items


for _ in range(reps):
    cpu_per_item(1)
    cpu_per_item(2)
one = min(cpu_per_item(1) for _ in range(reps))
two = min(cpu_per_item(2) for _ in range(reps))
print("%s cpu-ns/item 1t=%.1f 2t=%.1f efficiency(1t/2t)=%.3f" % (name, one * 1e9, two * 1e9, one / two))
