import threading, _thread

lock = threading.Lock()
print(type(lock) is _thread.LockType, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(True, 0.01), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
for bad in [lambda: lock.acquire(False, 1), lambda: lock.acquire(True, -2), lambda: lock.release()]:
    try:
        bad()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
try:
    with lock:
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e, lock.locked())

# a lock acquired in one thread may be released by another
held = threading.Lock()
held.acquire()
t = threading.Thread(target=held.release)
t.start(); t.join()
print("released by other thread:", held.locked())

# RLock re-entry and ownership
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
res = []
def other():
    res.append(r.acquire(False))
    res.append(r.acquire(timeout=0.01))
    try:
        r.release()
    except RuntimeError as e:
        res.append("RuntimeError: " + str(e))
t = threading.Thread(target=other)
t.start(); t.join()
print(res)
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
def other2():
    res.append(r.acquire(False))
    r.release()
t = threading.Thread(target=other2)
t.start(); t.join()
print(res[-1])
with r:
    with r:
        print("nested rlock ok")
try:
    r.acquire(False, 5)
except ValueError as e:
    print("ValueError:", e)

# a lock as a mutex around a shared counter
counter = [0]
m = threading.Lock()
def bump(n):
    for _ in range(n):
        with m:
            counter[0] += 1
ts = [threading.Thread(target=bump, args=(500,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter[0])

# _thread API
done = _thread.allocate_lock()
done.acquire()
out = []
def job(a, b, c=0):
    out.append((a + b + c, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
print(main_ident == threading.get_ident() == threading.main_thread().ident)
_thread.start_new_thread(job, (1, 2), {"c": 3})
done.acquire()
print(out)
print(_thread.allocate_lock().acquire(), type(_thread.allocate_lock()).__name__)
try:
    _thread.start_new_thread(job, [1, 2])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(threading.TIMEOUT_MAX, float), threading.TIMEOUT_MAX > 1e6)
