# io: one StringIO and one BytesIO shared by several threads; sys.stdout redirection.
# Each line is one write(): print(file=...) makes two writes (text, then end), which threads
# running in parallel may interleave, as on free-threaded CPython.
import io
import sys
import threading

text = io.StringIO()
data = io.BytesIO()

def worker(n):
    for i in range(300):
        text.write("t%d line %d\n" % (n, i))
        data.write(b"%d," % n)

threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = text.getvalue().splitlines()
print(len(lines), len(set(lines)), text.tell() == len(text.getvalue()))
print(sorted(set(int(x) for x in data.getvalue().split(b",") if x)), data.getvalue().count(b","))
for n in range(4):
    own = [int(l.split()[2]) for l in lines if l.startswith("t%d " % n)]
    print(n, own == list(range(300)))

# readers racing over one stream: each line is handed out exactly once
src = io.StringIO("".join("row %d\n" % i for i in range(1000)))
seen = []
lock = threading.Lock()
def reader():
    mine = []
    for line in src:
        mine.append(line)
    with lock:
        seen.extend(mine)
rs = [threading.Thread(target=reader) for _ in range(3)]
for t in rs:
    t.start()
for t in rs:
    t.join()
print(len(seen), len(set(seen)), sorted(seen) == sorted("row %d\n" % i for i in range(1000)))

old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", 1, 2, sep="-")
print("more", end="!")
sys.stdout = old
print(repr(buf.getvalue()))
