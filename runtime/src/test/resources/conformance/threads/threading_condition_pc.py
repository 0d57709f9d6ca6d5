import threading

# bounded buffer with two conditions sharing one lock
class Buffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
    def put(self, x):
        with self.not_full:
            while len(self.items) >= self.size:
                self.not_full.wait()
            self.items.append(x)
            self.not_empty.notify()
    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            x = self.items.pop(0)
            self.not_full.notify()
            return x

buf = Buffer(2)
got = []
def producer(base):
    for i in range(10):
        buf.put(base + i)
def consumer():
    while True:
        x = buf.get()
        if x is None:
            return
        got.append(x)
ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
cs = [threading.Thread(target=consumer) for _ in range(2)]
for t in ps + cs: t.start()
for t in ps: t.join()
for _ in cs: buf.put(None)
for t in cs: t.join()
print(len(got), sorted(got) == sorted(list(range(10)) + list(range(100, 110)) + list(range(200, 210))))

# notify(n) wakes at most n waiters; notify_all wakes the rest
cond = threading.Condition()
woken = []
gate = [0]
def waiter(i):
    with cond:
        arrived.append(i)
        cond.wait_for(lambda: gate[0] > 0)
        gate[0] -= 1
        woken.append(i)
arrived = []
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ws: t.start()
while True:
    with cond:
        if len(arrived) == 3:
            break
with cond:
    gate[0] = 1
    cond.notify(1)
with cond:
    pass
while True:
    with cond:
        if len(woken) == 1:
            break
print("after notify(1):", len(woken))
with cond:
    gate[0] = 2
    cond.notify_all()
for t in ws: t.join()
print("after notify_all:", sorted(woken))

# wait_for returns the predicate's value; wait returns False on timeout
c2 = threading.Condition()
with c2:
    print(c2.wait(0.01))
    print(c2.wait_for(lambda: 0, timeout=0.01))
    print(c2.wait_for(lambda: "ready", timeout=0.01))
    c2.notify()
    c2.notify_all()
for name in ("wait", "notify", "notify_all"):
    try:
        getattr(c2, name)()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)

# a Condition on an RLock held twice
rc = threading.Condition(threading.RLock())
flag = []
def setter():
    with rc:
        flag.append(1)
        rc.notify()
with rc:
    with rc:
        t = threading.Thread(target=setter)
        t.start()
        print(rc.wait_for(lambda: flag, timeout=10))
t.join()
print(repr(threading.Condition()).startswith("<Condition("))
