# Class patterns: __match_args__, keyword sub-patterns, builtin self-matching, errors.

class Vec:
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z=0):
        self.x, self.y, self.z = x, y, z


class Vec2(Vec):
    __match_args__ = ("x", "y")


class NoArgs:
    def __init__(self):
        self.a = 1


class Lazy:
    @property
    def value(self):
        raise AttributeError("not yet")


def classify(v):
    match v:
        case Vec2(0, 0):
            return "2d origin"
        case Vec2(x, y):
            return f"2d {x},{y}"
        case Vec(x, y, 0) if x == y:
            return f"flat diagonal {x}"
        case Vec(_, _, z=z) if z < 0:
            return f"below {z}"
        case Vec(x=1) | Vec(y=1):
            return "has a one"
        case Vec():
            return "some vec"
        case NoArgs(a=1):
            return "noargs a=1"
        case Lazy(value=v):
            return f"lazy {v}"
        case Lazy():
            return "lazy without value"
        case bool(b):
            return f"bool {b}"
        case int(i) | float(i):
            return f"number {i!r}"
        case str(s) if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"short str {s}"
        case list([a, b]):
            return f"pair list {a} {b}"
        case tuple((a, *rest)):
            return f"tuple head {a} rest {rest}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case _:
            return "unknown"


samples = [Vec2(0, 0), Vec2(1, 2), Vec(3, 3), Vec(1, 2, -5), Vec(1, 7, 2), Vec(5, 1, 9), Vec(4, 5, 6),
           NoArgs(), Lazy(), True, 3, 2.5, "hello", "hi", [1, 2], [1, 2, 3], (9, 8, 7), (), {"k": 0},
           {"j": 1}, {1, 2}, frozenset(), b"ab", None]
for s in samples:
    print(type(s).__name__, "->", classify(s))


def expect_error(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error")


def too_many():
    match Vec2(1, 2):
        case Vec2(a, b, c):
            pass


def no_match_args():
    match NoArgs():
        case NoArgs(x):
            pass


def builtin_two():
    match 5:
        case int(a, b):
            pass


class BadArgs:
    __match_args__ = ["x"]


def bad_match_args():
    match BadArgs():
        case BadArgs(x):
            pass


def not_a_class():
    f = len
    match 1:
        case f():
            pass


def duplicate_attr():
    match Vec2(1, 2):
        case Vec2(x, x=1):
            pass


for t in (too_many, no_match_args, builtin_two, bad_match_args, not_a_class, duplicate_attr):
    expect_error(t)
