import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

b = threading.BoundedSemaphore(1)
print(b.acquire(), b.acquire(False))
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b2 = threading.BoundedSemaphore(3)
b2.acquire()
try:
    b2.release(2)
except ValueError as e:
    print("ValueError:", e)
b2.release()
with b2:
    print("with bounded:", b2.acquire(False), b2.acquire(False), b2.acquire(False))
    b2.release(); b2.release()
print(isinstance(b2, threading.Semaphore))

# a semaphore limits concurrency: track the peak number inside
sem = threading.Semaphore(3)
lock = threading.Lock()
inside = [0]
peak = [0]
start = threading.Barrier(8)
def task(i, out):
    start.wait()
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        total = sum(range(i * 1000))
        with lock:
            inside[0] -= 1
    out.append((i, total))
out = []
ts = [threading.Thread(target=task, args=(i, out)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(peak[0] <= 3, inside[0], sorted(out)[:3])

# a semaphore as a signal between threads
sig = threading.Semaphore(0)
order = []
def ping():
    order.append("ping")
    sig.release()
t = threading.Thread(target=ping)
t.start()
print(sig.acquire(timeout=10))
t.join()
print(order)
