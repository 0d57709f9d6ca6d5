"""Cyclic garbage under threads while collections run: N threads each make M two-object cycles
whose members have a __del__ and a weakref with a callback, and drop them; automatic
collections run throughout, and every 50th cycle its thread also calls gc.collect(). After a
final collection, every __del__ has run exactly once, every callback exactly once, and the
reference count of a shared object is back at its baseline."""
import gc
import sys
import threading
import weakref

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4
M = int(sys.argv[2]) if len(sys.argv) > 2 else 2000

lock = threading.Lock()
deleted = {}
called = {}
shared = object()
baseline = sys.getrefcount(shared)
refs = []
refs_lock = threading.Lock()


class Node:
    def __init__(self, key):
        self.key = key
        self.shared = shared
        self.other = None

    def __del__(self):
        with lock:
            deleted[self.key] = deleted.get(self.key, 0) + 1


def callback_for(key):
    def callback(ref):
        with lock:
            called[key] = called.get(key, 0) + 1
    return callback


def worker(k):
    mine = []
    for i in range(M):
        a = Node((k, i, 0))
        b = Node((k, i, 1))
        a.other = b
        b.other = a
        for n in (a, b):
            mine.append(weakref.ref(n, callback_for(n.key)))
        del a, b, n
        if i % 50 == 49:
            gc.collect()
    with refs_lock:
        refs.extend(mine)  # the weakrefs outlive their referents, so every callback must run


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()

expected = 2 * N * M
twice_del = sum(1 for v in deleted.values() if v != 1)
twice_cb = sum(1 for v in called.values() if v != 1)
alive = sum(1 for r in refs if r() is not None)
after = sys.getrefcount(shared)
print("finalized", len(deleted), "of", expected, "callbacks", len(called), "of", expected, "alive", alive)
print("refcount delta", after - baseline, "collections", sum(g["collections"] for g in gc.get_stats()))
ok = len(deleted) == expected and len(called) == expected and twice_del == 0 and twice_cb == 0
ok = ok and alive == 0 and after == baseline
print("RESULT ok" if ok else "RESULT lost finalized=%d callbacks=%d twice=%d/%d alive=%d delta=%d" % (
    len(deleted), len(called), twice_del, twice_cb, alive, after - baseline))
