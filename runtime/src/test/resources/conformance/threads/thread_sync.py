import threading

ev = threading.Event()
print(ev.is_set())
out = []

def waiter(i):
    ev.wait()
    with lock:
        out.append(i)

lock = threading.Lock()
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts: t.start()
ev.set()
for t in ts: t.join()
print(sorted(out), ev.is_set())
ev.clear()
print(ev.wait(0.01))

cond = threading.Condition()
items = []
def consumer(results):
    with cond:
        while len(items) < 5:
            cond.wait()
        results.append(list(items))

res = []
c = threading.Thread(target=consumer, args=(res,))
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(res)

b = threading.Barrier(3)
arrived = []
def at_barrier(i):
    idx = b.wait()
    with lock:
        arrived.append(idx)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(arrived), b.parties)

fired = []
tm = threading.Timer(0.01, lambda: fired.append("fired"))
tm.start(); tm.join()
print(fired)
tm2 = threading.Timer(10, lambda: fired.append("never"))
tm2.start(); tm2.cancel(); tm2.join()
print(fired)

local = threading.local()
local.x = "main"
seen = []
def set_local():
    local.x = "worker"
    seen.append(local.x)
t = threading.Thread(target=set_local); t.start(); t.join()
print(local.x, seen)
print(hasattr(local, "y"))
