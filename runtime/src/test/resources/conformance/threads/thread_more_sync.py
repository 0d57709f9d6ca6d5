import threading, time

# RLock with a Condition: wait releases every level and restores it
rl = threading.RLock()
cond = threading.Condition(rl)
state = []
def waiter():
    with cond:
        with cond:
            ok = cond.wait_for(lambda: state, timeout=5)
            state.append(("woke", ok == [1], rl._is_owned()))
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.02)
with cond:
    state.append(1)
    cond.notify()
t.join()
print(state)
print(cond.wait_for(lambda: False, timeout=0.01) if rl.acquire() else None)
rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = threading.Condition(threading.Lock())
try:
    c2.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c2.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with c2:
    print(c2.wait(0.01))

# Barrier: abort, broken, reset, action, n_waiting
b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken after timeout", b.broken)
b.reset()
print(b.broken, b.n_waiting, b.parties)
acts = []
b2 = threading.Barrier(3, action=lambda: acts.append("action"))
res = []
lk = threading.Lock()
def w():
    i = b2.wait()
    with lk:
        res.append(i)
ts = [threading.Thread(target=w) for _ in range(3)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(res), acts)
b3 = threading.Barrier(2)
errs = []
def w3():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        errs.append("broken")
x = threading.Thread(target=w3); x.start()
while b3.n_waiting == 0:
    time.sleep(0.001)
print("waiting", b3.n_waiting)
b3.abort()
x.join()
print(errs, b3.broken)

# Semaphore
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(timeout=0.01), s.acquire(False))
s.release(2)
print(s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
bs = threading.BoundedSemaphore(1)
with bs:
    print("in bounded")
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

# Event across threads with timeout
ev = threading.Event()
r = []
t = threading.Thread(target=lambda: r.append(ev.wait(5)))
t.start(); ev.set(); t.join()
print(r, ev.is_set())

# Lock argument checks
l = threading.Lock()
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
print(l.acquire(timeout=0.01), l.acquire(timeout=0.01))
l.release()
print(type(l).__name__, isinstance(l, __import__("_thread").LockType))
