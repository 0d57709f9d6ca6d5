# File modes as CPython's: r+ keeps the contents, w+ and a+ read back, seek/tell/truncate,
# binary and text, the errors of bad modes and wrong directions, threads sharing one file.
import os, io, threading

NAME = "_file_modes_tmp.txt"

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

with open(NAME, "w") as f:
    print(f.write("hello\nworld\n"), f.tell())
with open(NAME, "r+") as f:
    print(repr(f.read(5)), f.tell())
    f.seek(0)
    f.write("HELLO")
    f.seek(0)
    print(repr(f.read()))
    print(f.seek(0, 2), f.tell())
    f.write("more\n")
with open(NAME) as f:
    print(f.readlines())
    print(f.seek(6), repr(f.readline()), f.tell())
    show("seek cur", lambda: f.seek(1, 1))
    show("seek end", lambda: f.seek(-1, 2))
    print(f.seek(0, 1) == f.tell(), f.seekable(), f.readable(), f.writable())
    show("write ro", lambda: f.write("x"))
    show("truncate ro", lambda: f.truncate())
with open(NAME, "w+") as f:
    f.write("abcdef")
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read(3)), f.tell())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "a+") as f:
    print(f.tell())
    f.write("XY")
    f.seek(0)
    print(repr(f.read()), f.tell())
    f.seek(0)
    f.write("Z")  # append mode writes at the end whatever the position
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "a") as f:
    show("read wo", lambda: f.read())
    print(f.readable(), f.writable())
with open(NAME, "rb+") as f:
    print(f.read(2), f.tell())
    f.seek(-2, 2)
    print(f.read(), f.seek(1), f.write(b"!!"))
    f.seek(0)
    print(f.read(), type(f).__name__)
with open(NAME, "rb") as f:
    print(f.seek(-3, 2), f.read(), f.tell(), f.seek(100), f.read(), f.tell(), type(f).__name__)
with open(NAME, "wb") as f:
    print(type(f).__name__, f.write(b"bin\x00data"), f.tell())
    for bad in [5, [1, 2], "ab", None]:
        show("write " + type(bad).__name__, lambda: f.write(bad))
with open(NAME, "rb") as f:
    print(list(f), f.read())
for bad in ["rw", "rr", "q", "r++", "bt", "", "b"]:
    show("mode " + repr(bad), lambda: open(NAME, bad))
show("missing", lambda: open("_no_such_file_here.txt"))
show("missing r+", lambda: open("_no_such_file_here.txt", "r+"))
show("directory", lambda: open(".", "w"))
show("exclusive", lambda: open(NAME, "x"))
f = open(NAME)
f.close()
show("closed read", lambda: f.read())
show("closed tell", lambda: f.tell())
print(f.closed)

# Threads appending lines to one file object: every line arrives whole.
with open(NAME, "w") as f:
    def writer(k):
        for i in range(200):
            f.write(f"t{k} line {i}\n")
    ts = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
with open(NAME) as f:
    lines = f.read().splitlines()
print(len(lines), all(l.startswith("t") and " line " in l for l in lines), len(set(lines)))
os.remove(NAME)
print(os.path.exists(NAME))
