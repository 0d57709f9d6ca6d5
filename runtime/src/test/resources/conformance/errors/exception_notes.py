import traceback

e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nspans two lines")
print(e.__notes__)
print(traceback.format_exception_only(e))

try:
    e.add_note(42)
except TypeError as t:
    print("TypeError:", t)

e.__notes__ = ("a", "tuple")
print(traceback.format_exception_only(e))
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as t:
    print("TypeError:", t)
del e.__notes__
print(hasattr(e, "__notes__"))


def parse(text):
    try:
        return int(text)
    except ValueError as err:
        err.add_note("while parsing %r" % text)
        raise


try:
    parse("abc")
except ValueError as err:
    print(err.__notes__)
    lines = traceback.format_exc().splitlines()
    print(lines[-2:])


class Tagged(Exception):
    pass


def work():
    try:
        raise KeyError("inner")
    except KeyError as k:
        k.add_note("inner note")
        t = Tagged("outer")
        t.add_note("outer note")
        raise t from k


try:
    work()
except Tagged as t:
    for line in traceback.format_exception(t):
        if not line.startswith("  "):
            print(repr(line))

e = RuntimeError("x")
e.add_note("kept")
print(repr(e), str(e), e.args)
print(traceback.format_exception_only(RuntimeError, e))
raise_me = OSError(2, "No such file or directory", "f.txt")
raise_me.add_note("note on an OSError")
raise raise_me
