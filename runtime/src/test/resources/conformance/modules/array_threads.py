# array: one array shared by several threads. Appends, extends and in-place additions are
# never lost, every item is stored whole, and readers racing with writers only see items that
# were stored (slices, iteration, tobytes all see consistent states).
import threading
from array import array

N = 2000
shared = array('q')


def appender(k):
    for i in range(N):
        shared.append(k * 1000000 + i)


ts = [threading.Thread(target=appender, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sorted(shared) == sorted(k * 1000000 + i for k in range(2) for i in range(N)))
for k in range(2):
    own = [v - k * 1000000 for v in shared if v // 1000000 == k]
    print(k, own == list(range(N)))

# extend and += from two threads, while a reader checks that every slice is whole
d = array('d')
chunk = array('d', [1.5] * 10)
stop = False
bad = []


def extender():
    for _ in range(300):
        d.extend(chunk)


def adder():
    global d
    for _ in range(300):
        d += chunk


def reader():
    while not stop:
        snap = d[:]
        if any(v != 1.5 for v in snap) or len(d.tobytes()) % 8 != 0:
            bad.append(len(snap))


r = threading.Thread(target=reader)
r.start()
ws = [threading.Thread(target=extender), threading.Thread(target=adder)]
for t in ws:
    t.start()
for t in ws:
    t.join()
stop = True
r.join()
print(len(d), sum(d), bad)

# pops and appends on one array keep the total
pool = array('i', range(1000))
got = []
lock = threading.Lock()


def popper():
    mine = []
    while True:
        try:
            mine.append(pool.pop())
        except IndexError:
            break
    with lock:
        got.extend(mine)


ps = [threading.Thread(target=popper) for _ in range(3)]
for t in ps:
    t.start()
for t in ps:
    t.join()
print(len(pool), len(got), sorted(got) == list(range(1000)))
