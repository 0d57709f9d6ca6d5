import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print([q.get() for _ in range(5)], q.empty(), q.qsize())
lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    pq.put((x, "item%d" % x))
print([pq.get() for _ in range(5)])
sq = queue.SimpleQueue()
sq.put("a"); sq.put("b")
print(sq.get(), sq.get(), sq.empty())
try:
    q.get(block=False)
except queue.Empty:
    print("Empty")
bq = queue.Queue(maxsize=1)
bq.put(1)
try:
    bq.put(2, timeout=0.01)
except queue.Full:
    print("Full")
print(bq.full())

work = queue.Queue()
results = []
rlock = threading.Lock()
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with rlock:
            results.append(item * item)
        work.task_done()

ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for i in range(20):
    work.put(i)
for _ in ts:
    work.put(None)
work.join()
for t in ts: t.join()
print(sorted(results))
