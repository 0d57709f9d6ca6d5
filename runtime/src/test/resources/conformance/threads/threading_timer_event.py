import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(5))
e.clear()
print(e.is_set(), e.isSet() if hasattr(e, "isSet") else None)

# threads wait for an event set by the main thread
go = threading.Event()
results = []
lock = threading.Lock()
def waiter(i):
    ok = go.wait(10)
    with lock:
        results.append((i, ok))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts: t.start()
go.set()
for t in ts: t.join()
print(sorted(results))

# Timer runs its function once with args/kwargs
fired = threading.Event()
calls = []
def cb(a, b=0):
    calls.append(a + b)
    fired.set()
t = threading.Timer(0.01, cb, args=(1,), kwargs={"b": 2})
print(t.name.startswith("Thread-"), isinstance(t, threading.Thread), t.interval)
t.start()
fired.wait(10)
t.join()
print(calls, t.is_alive(), t.finished.is_set())

# a cancelled timer never runs
t2 = threading.Timer(30, cb, args=(100,))
t2.start()
t2.cancel()
t2.join()
print(calls, t2.finished.is_set())
t3 = threading.Timer(0.01, cb, (1000,))
t3.cancel()
t3.start()
t3.join()
print(calls)

# Timer subclass with a custom run
class Repeat(threading.Timer):
    def run(self):
        n = 0
        while not self.finished.wait(0.001) and n < 3:
            n += 1
            self.function(*self.args, **self.kwargs)
        self.finished.set()
hits = []
r = Repeat(0.001, hits.append, args=("tick",))
r.start(); r.join()
print(hits)

# Event with many set/clear cycles driven by two threads
ping, pong = threading.Event(), threading.Event()
trace = []
def player():
    for i in range(5):
        ping.wait(); ping.clear()
        trace.append("pong%d" % i)
        pong.set()
p = threading.Thread(target=player)
p.start()
for i in range(5):
    trace.append("ping%d" % i)
    ping.set()
    pong.wait(); pong.clear()
p.join()
print(trace)
