# queue and concurrent.futures: the module, name and repr of their classes and exceptions,
# generic aliases (Queue[int], Future[str]), queue semantics without threads, a small
# ThreadPoolExecutor run; gc.is_finalized and gc.callbacks.
import concurrent.futures as cf
import gc
import queue

for cls in (queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    print(cls, cls.__module__, cls.__name__, cls.__qualname__)
print(repr(queue.Empty()), repr(queue.Empty("no item")), str(queue.Empty("no item")), repr(queue.Full(1, 2)))
print(issubclass(queue.Empty, Exception), queue.Empty.__mro__[1:])

for alias in (queue.Queue[int], queue.SimpleQueue[int], queue.LifoQueue[str], queue.PriorityQueue[tuple],
              cf.Future[int], list[queue.Queue]):
    print(alias, alias.__origin__.__name__, alias.__args__)

for cls in (cf.Future, cf.Executor, cf.ThreadPoolExecutor, cf.CancelledError, cf.InvalidStateError,
            cf.BrokenExecutor, cf.TimeoutError):
    print(cls, cls.__module__, cls.__qualname__)
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool
from concurrent.futures._base import Future, Executor
print(ThreadPoolExecutor is cf.ThreadPoolExecutor, Future is cf.Future, BrokenThreadPool.__module__)
print(repr(cf.CancelledError()), repr(cf.InvalidStateError("bad")))

q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
try:
    q.put_nowait(3)
except queue.Full as e:
    print("Full:", repr(e))
print(q.qsize(), q.full(), q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty:", repr(e), type(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
sq = queue.SimpleQueue()
for x in (3, 1, 2):
    lq.put(x)
    pq.put((x, "item%d" % x))
    sq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)])
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty is", queue.Empty.__module__ + "." + queue.Empty.__name__)

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(pow, 2, n) for n in range(6)]
    print([f.result() for f in futures])
    print(list(ex.map(str.upper, ["a", "b", "c"])))
    failing = ex.submit(int, "not a number")
    try:
        failing.result()
    except ValueError as e:
        print("result raised:", e)
    print(type(failing.exception()).__name__)
f = cf.Future()
print(f.done(), f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except cf.CancelledError as e:
    print("CancelledError:", type(e).__module__, repr(e))
f2 = cf.Future()
f2.set_result(5)
try:
    f2.set_result(6)
except cf.InvalidStateError as e:
    print("InvalidStateError:", type(e).__qualname__)

# gc.is_finalized: true once __del__ has run (here: an object that revives itself)
revived = []


class Phoenix:
    def __del__(self):
        revived.append(self)


p = Phoenix()
print(gc.is_finalized(p), gc.is_finalized(object()))
del p
print(gc.is_finalized(revived[0]))
revived.clear()

# gc.callbacks: ("start", info) and ("stop", info) around each collection
events = []


def watch(phase, info):
    events.append((phase, info["generation"], sorted(info)))
    if phase == "stop" and info["generation"] == 2:
        events.append(("found garbage", info["collected"] > 0, info["uncollectable"]))


gc.callbacks.append(watch)


class Node:
    pass


a, b = Node(), Node()
a.peer, b.peer = b, a
del a, b
gc.collect()
gc.collect(1)
gc.callbacks.remove(watch)
gc.collect()
for e in events:
    print(e)
