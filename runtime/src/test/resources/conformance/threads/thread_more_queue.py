import queue, threading, time
q = queue.Queue(2)
q.put_nowait(1); q.put_nowait(2)
try:
    q.put_nowait(3)
except queue.Full:
    print("Full", q.qsize(), q.full())
print(q.get_nowait(), q.get(timeout=0.1))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.task_done(); q.task_done(); q.task_done()
except ValueError as e:
    print("ValueError:", e)
# producer blocked on full queue
bq = queue.Queue(1)
bq.put(0)
got = []
def cons():
    for _ in range(5):
        got.append(bq.get())
        bq.task_done()
c = threading.Thread(target=cons); c.start()
for i in range(1, 5):
    bq.put(i)
c.join()
print(got)
sq = queue.SimpleQueue()
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty", sq.qsize(), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue Empty nowait")
def later():
    time.sleep(0.02); sq.put("late")
threading.Thread(target=later).start()
print(sq.get(timeout=5))
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    pq.put(x)
print(pq.get(), pq.qsize())
print(issubclass(queue.Empty, Exception))
