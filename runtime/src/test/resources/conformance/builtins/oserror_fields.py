import os

tmp = os.environ.get("TMPDIR", "/tmp")
base = os.path.join(tmp, "interlock_oserror_%d" % os.getpid())


def show(e):
    fn = e.filename
    if isinstance(fn, str) and fn.startswith(base):
        fn = "<tmp>" + fn[len(base):]
    print(type(e).__name__, e.errno, repr(e.strerror), repr(fn))


e = OSError(2, "No such file")
print(e)
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
print(repr(e))
e = OSError(2, "No such file or directory", "x")
print(e, e.args, e.filename, e.filename2)
print(repr(e))
e = OSError(2, "No such file or directory", "a", None, "b")
print(e, e.filename2)
e = OSError("plain message")
print(e, e.errno, e.strerror, e.filename, e.args)
e = OSError()
print(repr(str(e)), e.errno)
e = OSError(1, 2, 3, 4, 5, 6)
print(e, e.errno)
e = OSError(None, "no number")
print(e, type(e).__name__)

for code in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 114, 115, 999):
    e = OSError(code, "msg")
    print(code, type(e).__name__, isinstance(e, OSError), e)

print(type(IOError(2, "x")).__name__, type(EnvironmentError(17, "x")).__name__)
print(type(FileNotFoundError(17, "x")).__name__)
print(type(OSError(2)).__name__, OSError(2).errno)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))
print(issubclass(NotADirectoryError, OSError), issubclass(ProcessLookupError, OSError))


class MyError(OSError):
    pass


e = MyError(2, "mine", "f")
print(type(e).__name__, e, e.errno, e.filename)

e = FileNotFoundError(2, "gone", "f.txt")
e.filename = "g.txt"
e.errno = 5
print(e, e.errno)
e.strerror = "changed"
print(e)

try:
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as err:
    print("caught", type(err).__name__, err)

missing = base + "_missing.txt"
try:
    open(missing)
except FileNotFoundError as err:
    show(err)
    print(str(err).replace(base, "<tmp>"))
try:
    open(missing, "rb")
except OSError as err:
    show(err)

os.mkdir(base)
try:
    try:
        os.mkdir(base)
    except FileExistsError as err:
        show(err)
        print(str(err).replace(base, "<tmp>"))
    try:
        os.makedirs(base)
    except FileExistsError as err:
        show(err)
    try:
        open(base)
    except IsADirectoryError as err:
        show(err)
    try:
        os.remove(missing)
    except FileNotFoundError as err:
        show(err)
    try:
        os.listdir(missing)
    except FileNotFoundError as err:
        show(err)
    try:
        os.rmdir(missing)
    except FileNotFoundError as err:
        show(err)
    try:
        os.rename(missing, base + "_other")
    except FileNotFoundError as err:
        show(err)
        print(repr(err.filename2).replace(base, "<tmp>"))
        print(str(err).replace(base, "<tmp>"))
    inner = os.path.join(base, "f.txt")
    with open(inner, "w") as f:
        f.write("x")
    try:
        os.rmdir(base)
    except OSError as err:
        show(err)
    try:
        os.path.getsize(missing)
    except FileNotFoundError as err:
        show(err)
    os.remove(inner)
finally:
    os.rmdir(base)
print(os.path.exists(base))
