"""A counter incremented under a threading.Lock by N threads: the total is exact."""
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4
M = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
lock = threading.Lock()
counter = 0


def worker():
    global counter
    for _ in range(M):
        with lock:
            counter = counter + int(1)


threads = [threading.Thread(target=worker) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, "of", N * M)
print("RESULT ok" if counter == N * M else "RESULT lost %d" % (N * M - counter))
