import gc
import threading

lock = threading.Lock()
log = []


class Node:
    def __del__(self):
        with lock:
            log.append("del")


def touch():
    pass


gc.collect()
gc.disable()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
gc.enable()
with lock:
    junk = list(map(list, ["ab"] * 20000))
print("inside the with", log)
touch()
print("after a function entry", log)
del junk
