"""Deferred reference counting under threads (run with -X deferred-refcount=1): callers call a
module-level function while the main thread rebinds it and collects. Every dropped function
dies inside a collection, never at the rebinding and never while a caller is inside it.
Also run by the unit test GcDeferredTest of this module."""
import gc
import sys
import threading
import weakref

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 300

gc.disable()  # only the collector thread's explicit collections may free anything
collector_ident = [None]
collecting = [False]
deaths = []
wrong = []
stop = [False]


def died(ref):
    deaths.append(collecting[0] and threading.get_ident() == collector_ident[0])


# Top-level functions only: deferred counting leaves nested ones (closures) to ordinary counting.
def current(x, k=0):
    return (k, x + k)


refs = [weakref.ref(current, died)]


def caller():
    i = 0
    while not stop[0]:
        k, v = current(i)  # LOAD_GLOBAL + PUSH_NULL: held uncounted under deferred counting
        if v - k != i:
            wrong.append((k, v, i))
        i += 1


collector_ident[0] = threading.get_ident()
callers = [threading.Thread(target=caller) for _ in range(N)]
for t in callers:
    t.start()
# The replacer runs at module level, so each new function is a top-level one.
for k in range(1, ROUNDS + 1):
    def current(x, k=k):  # drops the old function from the module while callers may be inside it
        return (k, x + k)
    refs.append(weakref.ref(current, died))
    if k % 10 == 0:
        collecting[0] = True
        gc.collect()
        collecting[0] = False
stop[0] = True
for t in callers:
    t.join()
collecting[0] = True
gc.collect()
collecting[0] = False
print("replaced", ROUNDS, "died", len(deaths), "outside a collection", deaths.count(False), "wrong", len(wrong))
if "--result" in sys.argv:
    ok = len(deaths) == ROUNDS and deaths.count(False) == 0 and not wrong
    print("RESULT ok" if ok else "RESULT lost died=%d outside=%d wrong=%d" % (len(deaths), deaths.count(False), len(wrong)))
