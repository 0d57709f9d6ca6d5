import time, threading
from concurrent.futures import ThreadPoolExecutor, Future, wait, as_completed, FIRST_COMPLETED, ALL_COMPLETED, TimeoutError, CancelledError
import concurrent.futures as cf

print(cf.TimeoutError is TimeoutError, TimeoutError is __builtins__.TimeoutError if hasattr(__builtins__, "TimeoutError") else True)
f = Future()
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(("cb", fut.result())))
try:
    f.result(timeout=0.01)
except TimeoutError:
    print("timeout")
f.set_result(42)
print(f.result(), calls, f.done())
f.add_done_callback(lambda fut: calls.append("late"))
print(calls)
g = Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except CancelledError:
    print("CancelledError")
h = Future()
h.set_exception(ValueError("v"))
print(type(h.exception()).__name__, h.exception().args)
ev = threading.Event()
with ThreadPoolExecutor(2) as ex:
    slow = ex.submit(ev.wait, 5)
    fast = ex.submit(lambda: "fast")
    done, not_done = wait([slow, fast], return_when=FIRST_COMPLETED)
    print([x.result() for x in done], len(not_done))
    ev.set()
    done, not_done = wait([slow, fast], timeout=5)
    print(len(done), len(not_done), slow.result())
    it = ex.map(time.sleep, [0.5], timeout=0.01)
    try:
        list(it)
    except TimeoutError:
        print("map timeout")
    print(list(ex.map(pow, [2, 3], [5, 2])))
with ThreadPoolExecutor(max_workers=1) as ex:
    b = threading.Event()
    first = ex.submit(b.wait)
    queued = ex.submit(lambda: "never")
    print(queued.cancel(), queued.cancelled())
    b.set()
print(first.result(), queued.cancelled())
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)
fs = [ThreadPoolExecutor(3).submit(lambda i=i: i * 2) for i in range(3)]
print(sorted(f.result() for f in as_completed(fs, timeout=5)))
names = []
with ThreadPoolExecutor(2, thread_name_prefix="pool") as ex:
    names = list(ex.map(lambda _: threading.current_thread().name.startswith("pool_"), range(4)))
print(all(names))
print(repr(Future()).startswith("<Future at 0x"), "state=pending" in repr(Future()))
