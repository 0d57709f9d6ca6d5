import threading

# default names: "Thread-N" and, with a target, "Thread-N (target)"
def worker(out, n):
    out.append(n * 2)

class Sub(threading.Thread):
    def __init__(self, box):
        super().__init__()
        self.box = box
    def run(self):
        self.box.append(threading.current_thread().name.split("-")[0])

out = []
ts = [threading.Thread(target=worker, args=(out, i)) for i in range(3)]
print([t.name for t in ts])
print([repr(t) for t in ts])
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
print([t.is_alive() for t in ts])
print(repr(ts[0]).split(",")[0], "stopped" in repr(ts[0]))

box = []
s = Sub(box)
print(s.name.startswith("Thread-"), "(" in s.name)
s.start(); s.join()
print(box)

named = threading.Thread(target=worker, args=(out, 10), name="custom")
print(named.name, named.daemon, named.ident)
named.start(); named.join()
print(type(named.ident).__name__, named.ident != threading.get_ident())
print(named.native_id is not None)

class Call:
    def __call__(self):
        pass
c = threading.Thread(target=Call())
print(c.name.startswith("Thread-"), "(" in c.name)
lam = threading.Thread(target=lambda: None)
print(lam.name.endswith("(<lambda>)"))
kw = threading.Thread(target=lambda **k: out.append(sorted(k.items())), kwargs={"a": 1, "b": 2})
kw.start(); kw.join()
print(out[-1])

# daemon flag: inherited from the creating thread, settable before start
d = threading.Thread(target=worker, args=(out, 0), daemon=True)
print(d.daemon, d.isDaemon())
d.daemon = False
print(d.daemon)
res = []
def make_child():
    child = threading.Thread(target=lambda: None)
    res.append(child.daemon)
p = threading.Thread(target=make_child, daemon=True)
p.start(); p.join()
print(res)
d.start(); d.join()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    d.start()
except RuntimeError as e:
    print("RuntimeError:", e)
u = threading.Thread(target=worker)
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

# join with a timeout on a thread that waits on an event
ev = threading.Event()
w = threading.Thread(target=ev.wait, name="waiter")
w.start()
w.join(0.01)
print(w.is_alive())
ev.set()
w.join()
print(w.is_alive())
w.setName("renamed")
print(w.getName(), w.name)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
