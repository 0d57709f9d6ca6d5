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


def make(k):
    def current(x):
        return (k, x + k)
    return current


def died(ref):
    deaths.append(collecting[0] and threading.get_ident() == collector_ident[0])


current = make(0)
refs = [weakref.ref(current, died)]


def caller():
    i = 0
    while not stop[0]:
        k, v = current(i)  # LOAD_GLOBAL + PUSH_NULL: held uncounted under deferred counting
        if v - k != i:
            wrong.append((k, v, i))
        i += 1


def replacer():
    global current
    for k in range(1, ROUNDS + 1):
        f = make(k)
        refs.append(weakref.ref(f, died))
        current = f  # drops the old function from the module while callers may be inside it
        del f
        if k % 10 == 0:
            collecting[0] = True
            gc.collect()
            collecting[0] = False
    stop[0] = True


collector_ident[0] = threading.get_ident()
callers = [threading.Thread(target=caller) for _ in range(N)]
for t in callers:
    t.start()
replacer()
for t in callers:
    t.join()
collecting[0] = True
gc.collect()
collecting[0] = False
print("replaced", ROUNDS, "died", len(deaths), "outside a collection", deaths.count(False), "wrong", len(wrong))
