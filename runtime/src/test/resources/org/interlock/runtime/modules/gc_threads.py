# Cyclic garbage made by several threads while collections run: every __del__ once,
# every weakref callback once, nothing live collected.
import gc, _thread, weakref
dels = []
callbacks = []
refs = []
keep = []
class N:
    def __init__(self, i):
        self.i = i
        self.peer = None
    def __del__(self):
        dels.append(1)
def cb(r):
    callbacks.append(1)
def work(k, fin):
    mine = [k]
    mine.append(mine)
    keep.append(mine)
    for i in range(600):
        a = N(i); b = N(i)
        a.peer = b; b.peer = a
        if i % 10 == 0:
            refs.append(weakref.ref(a, cb))
        if i % 200 == 0:
            gc.collect()
    fin.release()
fins = []
for k in range(3):
    f = _thread.allocate_lock(); f.acquire(); fins.append(f)
    _thread.start_new_thread(work, (k, f))
for f in fins:
    f.acquire()
while gc.collect():
    pass
print(len(dels), len(callbacks), len(refs), all(r() is None for r in refs))
print(sorted(m[0] for m in keep), all(m[1] is m for m in keep))
