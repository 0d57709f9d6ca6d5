import threading

lock = threading.Lock()
print(lock.acquire())
print(lock.locked())
print(lock.acquire(blocking=False))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

r = threading.RLock()
with r:
    with r:
        print("reentrant ok")

counter = 0
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter = counter + int(1)

ts = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)

sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.acquire()
print(sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
print(s.acquire(timeout=0.01))
