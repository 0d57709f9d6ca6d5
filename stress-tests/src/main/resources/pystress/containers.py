"""N threads x M operations on a shared list, dict, set and deque: nothing may be lost.

Prints one line per container and a final 'RESULT ok' or 'RESULT lost ...'.
Usage: containers.py [THREADS] [OPS]
"""
import sys
import threading
from collections import deque

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4
M = int(sys.argv[2]) if len(sys.argv) > 2 else 20000

shared_list = []
shared_dict = {}
shared_set = set()
shared_deque = deque()


def worker(k):
    base = k * M
    for i in range(M):
        v = base + i
        shared_list.append(v)
        shared_dict[v] = i
        shared_set.add(v)
        shared_deque.append(v)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

expected = N * M
problems = []
for name, size in (("list", len(shared_list)), ("dict", len(shared_dict)),
                   ("set", len(shared_set)), ("deque", len(shared_deque))):
    print(name, size, "of", expected)
    if size != expected:
        problems.append("%s %d" % (name, expected - size))
if sorted(shared_list) != list(range(expected)):
    problems.append("list contents")
print("RESULT ok" if not problems else "RESULT lost " + ", ".join(problems))
