import threading, time, _thread

print(threading.Thread(target=len).name.endswith(" (len)"))
print(threading.Thread(target=lambda: 0).name.endswith(" (<lambda>)"))
print(threading.Thread(name=5).name)
t = threading.Thread(target=time.sleep, args=(1.0,))
print(t.is_alive(), t.ident, t.native_id)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join(0.01)
print("after short join", t.is_alive())
t.join()
print("after join", t.is_alive(), isinstance(t.native_id, int))
print(repr(t).startswith("<Thread(Thread-") and "stopped" in repr(t))
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
t2 = threading.Thread(target=lambda: None)
t2.daemon = True
print(t2.daemon, t2.isDaemon())
t2.start()
try:
    t2.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
t2.join()

idents = []
lock = threading.Lock()
def rec():
    with lock:
        idents.append((threading.get_ident(), threading.current_thread().ident))
ts = [threading.Thread(target=rec) for _ in range(3)]
for x in ts: x.start()
for x in ts: x.join()
print(all(a == b for a, b in idents), len(set(a for a, b in idents)) == 3 or True)
print(threading.main_thread().name, threading.main_thread().daemon)

ev = threading.Event()
def blocker():
    ev.wait()
bt = threading.Thread(target=blocker, name="blk")
bt.start()
names = sorted(x.name for x in threading.enumerate())
print(names, threading.active_count())
ev.set(); bt.join()
print(threading.active_count(), [x.name for x in threading.enumerate()])

# raw _thread
done = _thread.allocate_lock(); done.acquire()
box = []
def raw(a, b=0):
    box.append(a + b)
    box.append(threading.current_thread().name.startswith("Dummy-"))
    done.release()
_thread.start_new_thread(raw, (1,), {"b": 2})
done.acquire()
print(box)
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)
print(threading.TIMEOUT_MAX > 1e6)

# local
class MyLocal(threading.local):
    initialized = 0
    def __init__(self, tag):
        self.tag = tag
        self.count = 0
loc = MyLocal("t")
loc.count = 5
seen = []
def use():
    seen.append((loc.tag, loc.count))
    loc.count += 1
    seen.append(loc.count)
x = threading.Thread(target=use); x.start(); x.join()
print(seen, loc.count, loc.tag)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
plain = threading.local()
plain.v = 1
def chk():
    seen.append(hasattr(plain, "v"))
    plain.v = 2
x = threading.Thread(target=chk); x.start(); x.join()
print(seen[-1], plain.v)
del plain.v
print(hasattr(plain, "v"))

# Timer
out = []
tm = threading.Timer(0.01, out.append, args=["x"])
tm.start(); tm.join()
print(out, tm.finished.is_set())
# subclass run + exception in run goes to excepthook
caught = []
threading.excepthook = lambda a: caught.append((a.exc_type.__name__, a.thread.name, type(a.exc_value).__name__))
class Bad(threading.Thread):
    def run(self):
        raise KeyError("k")
b = Bad(name="bad"); b.start(); b.join()
print(caught)
threading.excepthook = threading.__excepthook__
# daemon thread does not hold the exit
dt = threading.Thread(target=time.sleep, args=(60,), daemon=True)
dt.start()
# non-daemon thread is waited for
def late():
    time.sleep(0.1)
    print("late thread done")
threading.Thread(target=late).start()
print("main done")
