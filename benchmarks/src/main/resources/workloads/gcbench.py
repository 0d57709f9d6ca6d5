"""Cycle-collector workloads for GcBench.

start(mutators, live) builds a live heap of `live` small containers and starts `mutators`
threads that allocate and drop two-object cycles until stop(); collect(n) runs n full
collections and returns how many objects they found unreachable; stop() joins the mutators.
churn(nthreads, per_thread, cyclic) runs nthreads threads that each make per_thread pairs of
objects linked both ways (cyclic: only the collector frees them) or one way (freed by reference
counting) and returns the pairs made."""
import gc
import threading

_live = []
_running = [False]
_mutators = []


class Pair:
    __slots__ = ("other", "payload")

    def __init__(self):
        self.other = None
        self.payload = [1, 2]


def _mutate():
    while _running[0]:
        for _ in range(100):
            a = Pair()
            b = Pair()
            a.other = b
            b.other = a


def start(mutators, live):
    _live[:] = [[i] for i in range(live)]
    _running[0] = True
    del _mutators[:]
    for _ in range(mutators):
        t = threading.Thread(target=_mutate)
        t.start()
        _mutators.append(t)
    return len(_live)


def collect(n):
    found = 0
    for _ in range(n):
        found += gc.collect()
    return found


def stop():
    _running[0] = False
    for t in _mutators:
        t.join()
    del _mutators[:]
    del _live[:]
    return gc.collect()


def _pairs(per_thread, cyclic, made, k):
    for _ in range(per_thread):
        a = Pair()
        b = Pair()
        a.other = b
        if cyclic:
            b.other = a
    made[k] = per_thread


def churn(nthreads, per_thread, cyclic):
    made = [0] * nthreads
    threads = [threading.Thread(target=_pairs, args=(per_thread, cyclic, made, k)) for k in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(made)
