"""Weakref and __del__ churn: objects with finalizers and weakref callbacks created and
dropped by N threads. Every __del__ runs exactly once, every callback exactly once, and the
reference count of a shared object is back at its baseline afterwards."""
import sys
import threading
import weakref

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4
M = int(sys.argv[2]) if len(sys.argv) > 2 else 5000

lock = threading.Lock()
deleted = {}
called = {}
shared = object()
baseline = sys.getrefcount(shared)


class Tracked:
    def __init__(self, key):
        self.key = key
        self.ref_to_shared = shared

    def __del__(self):
        with lock:
            deleted[self.key] = deleted.get(self.key, 0) + 1


def worker(k):
    for i in range(M):
        key = (k, i)
        obj = Tracked(key)

        def callback(ref, key=key):
            with lock:
                called[key] = called.get(key, 0) + 1

        r = weakref.ref(obj, callback)
        keep = [obj, r]
        del obj
        del keep
        r = None


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

expected = N * M
twice_del = sum(1 for v in deleted.values() if v != 1)
twice_cb = sum(1 for v in called.values() if v != 1)
after = sys.getrefcount(shared)
print("finalized", len(deleted), "of", expected, "callbacks", len(called), "of", expected)
print("refcount delta", after - baseline)
ok = len(deleted) == expected and twice_del == 0 and after == baseline
# A weakref that died before its referent never calls back (CPython), so callbacks may be
# fewer than objects only if the weakref went first; here r outlives obj, so all must run.
ok = ok and len(called) == expected and twice_cb == 0
print("RESULT ok" if ok else "RESULT lost finalized=%d callbacks=%d twice=%d/%d delta=%d" % (
    len(deleted), len(called), twice_del, twice_cb, after - baseline))
