import threading

actions = []
b = threading.Barrier(3, action=lambda: actions.append("action"))
print(b.parties, b.n_waiting, b.broken)
idx = []
lock = threading.Lock()
def w():
    i = b.wait()
    with lock:
        idx.append(i)
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx), actions, b.n_waiting, b.broken)
# the barrier is reusable
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx), actions)

# abort breaks the barrier for waiting threads and later callers
b2 = threading.Barrier(3)
errs = []
def w2():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errs.append(type(e).__name__)
ts = [threading.Thread(target=w2) for _ in range(2)]
for t in ts: t.start()
while b2.n_waiting < 2:
    pass
b2.abort()
for t in ts: t.join()
print(errs, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), issubclass(threading.BrokenBarrierError, RuntimeError))
b2.reset()
print(b2.broken, b2.n_waiting)

# a timeout breaks the barrier
b3 = threading.Barrier(2)
try:
    b3.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("timed out, broken:", b3.broken)
b4 = threading.Barrier(2, timeout=0.01)
try:
    b4.wait()
except threading.BrokenBarrierError:
    print("default timeout, broken:", b4.broken)

# an exception in the action breaks the barrier; the raising thread sees it
def bad():
    raise ValueError("action failed")
b5 = threading.Barrier(2, action=bad)
seen = []
def w5():
    try:
        b5.wait()
    except Exception as e:
        with lock:
            seen.append(type(e).__name__)
ts = [threading.Thread(target=w5) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen), b5.broken)

# a one-party barrier never blocks
b1 = threading.Barrier(1)
print(b1.wait(), b1.wait())
b0 = threading.Barrier(0)
print(b0.parties)
try:
    b0.wait(0.01)
except threading.BrokenBarrierError:
    print("zero-party barrier broken:", b0.broken)

# phases: each thread records its phase, the barrier keeps them in step
b6 = threading.Barrier(4)
log = []
def phased(i):
    for phase in range(3):
        with lock:
            log.append(phase)
        b6.wait()
ts = [threading.Thread(target=phased, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(log == sorted(log), len(log))
