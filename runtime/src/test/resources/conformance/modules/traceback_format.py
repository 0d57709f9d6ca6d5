import os
import sys
import traceback


def tail(text, n):
    # File paths differ between runs: keep the frames' names and lines only.
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            path, rest = line[len('  File "'):].split('", ', 1)
            line = '  File "' + os.path.basename(path) + '", ' + rest
        out.append(line)
    return "\n".join(out[-n:]) if n else "\n".join(out)


def inner(x):
    raise ValueError("bad value %d" % x)


def middle(x):
    inner(x + 1)


def outer():
    middle(1)


try:
    outer()
except ValueError:
    print(tail(traceback.format_exc(), 0))
    etype, value, tb = sys.exc_info()
    print(etype.__name__, value)
    for fs in traceback.extract_tb(tb):
        print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))
    names = [name for _, _, name, _ in traceback.extract_tb(tb)]
    print(names)
    print(len(traceback.format_tb(tb)))
    print(tail("".join(traceback.format_tb(tb, limit=1)), 0))
    print(tail("".join(traceback.format_tb(tb, limit=-1)), 0))
    print(traceback.format_exception_only(etype, value))
    print(traceback.format_exception_only(value))
    lines = traceback.format_exception(etype, value, tb)
    print(lines[0], end="")
    print(lines[-1], end="")
    lines = traceback.format_exception(value)
    print(len(lines), lines[-1], end="")
    print(tail("".join(traceback.format_exception(value, limit=2)), 0))

print(repr(traceback.format_exc()))


class Wrapped(Exception):
    pass


def convert():
    try:
        {}.pop("missing")
    except KeyError as e:
        raise Wrapped("converted") from e


try:
    convert()
except Wrapped as w:
    print(tail(traceback.format_exc(), 0))
    print("----")
    print(tail("".join(traceback.format_exception(w, chain=False)), 0))


def handler():
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        undefined_name


try:
    handler()
except NameError as e:
    text = traceback.format_exc()
    print(tail(text, 0))
    print(text.count("Traceback (most recent call last):"))


def suppressed():
    try:
        int("x")
    except ValueError:
        raise RuntimeError("clean") from None


try:
    suppressed()
except RuntimeError:
    print(tail(traceback.format_exc(), 0))


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


cap = Capture()
try:
    raise KeyError("k")
except KeyError:
    traceback.print_exc(file=cap)
print(tail("".join(cap.parts), 0))

cap = Capture()
try:
    raise OSError("disk")
except OSError as e:
    traceback.print_exception(e, file=cap)
    traceback.print_exception(type(e), e, e.__traceback__, file=cap)
print(tail("".join(cap.parts), 0))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))


class Custom(Exception):
    def __str__(self):
        return "custom text"


print(traceback.format_exception_only(Custom()))
print(traceback.format_exception_only(ValueError()))


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)


try:
    recurse(8)
except RecursionError:
    print(tail(traceback.format_exc(), 0))

fs = traceback.FrameSummary("prog.py", 3, "func", line="  x = 1  ")
print(fs.filename, fs.lineno, fs.name, repr(fs.line), len(fs), list(fs))
print(fs == ("prog.py", 3, "func", "x = 1"), repr(fs))
print(traceback.format_list([("a.py", 1, "f", "pass"), ("<b>", 2, "g", None), fs]))
stack = traceback.StackSummary.from_list([("a.py", 1, "f", "call()")] * 5)
print("".join(stack.format()), end="")


def where():
    return traceback.extract_stack()


for fs in where()[-2:]:
    print(os.path.basename(fs.filename), fs.lineno, fs.name, fs.line)
print(tail("".join(traceback.format_stack()), 0))


def show():
    cap = Capture()
    traceback.print_stack(file=cap, limit=1)
    print(tail("".join(cap.parts), 0))


show()
try:
    raise TypeError("te")
except TypeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, len(te.stack))
    print(tail("".join(te.format()), 0))
    print(list(te.format_exception_only()))
