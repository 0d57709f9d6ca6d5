# A command interpreter built on structural pattern matching.
from dataclasses import dataclass
from enum import Enum

class Color(Enum):
    RED = "red"
    GREEN = "green"

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    r: int

class Rect:
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        self.w, self.h = w, h

def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=x, y=y), r=r) if r > 10:
            return f"big circle at ({x},{y})"
        case Circle():
            return "small circle"
        case Rect(w, h) if w == h:
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Point(x=0) | Point(y=0):
            return "point on an axis"
        case _:
            return "unknown"

def run(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["drop", item, *rest]:
            return f"drop {item} (+{len(rest)})"
        case [verb]:
            return f"just {verb}"
        case [first, second, *_]:
            return f"{first}/{second}/..."

def classify(value):
    match value:
        case None:
            return "none"
        case True | False:
            return f"bool {value}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if len(s) > 5:
            return "long string"
        case str(s):
            return f"string {s!r}"
        case (a, b):
            return f"pair {a},{b}"
        case [a, b, c, *rest]:
            return f"seq of {3 + len(rest)}"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": t}:
            return f"typed {t}"
        case Color.RED:
            return "red!"
        case Color():
            return f"color {value.value}"
        case _:
            return f"other {type(value).__name__}"

for s in [Circle(Point(0, 0), 3), Circle(Point(1, 2), 20), Circle(Point(1, 2), 2),
          Rect(4, 4), Rect(2, 5), Point(0, 7), Point(3, 0), Point(1, 1), "x"]:
    print(describe(s))
for c in ["", "go north", "go up", "take lamp key", "take", "drop a b c", "look", "open the door now"]:
    print(repr(c), "->", run(c))
for v in [None, True, 0, -4, 7, 2.5, "hello world", "hi", (1, 2), [1, 2, 3, 4], [1, 2],
          {"type": "user", "name": "ann", "age": 3, "zip": 1}, {"type": "admin"}, Color.RED,
          Color.GREEN, {1, 2}, b"x"]:
    print(classify(v))

def eval_expr(node):
    match node:
        case ("num", n):
            return n
        case ("neg", x):
            return -eval_expr(x)
        case (("add" | "sub" | "mul") as op, l, r):
            a, b = eval_expr(l), eval_expr(r)
            return {"add": a + b, "sub": a - b, "mul": a * b}[op]
        case _:
            raise ValueError(f"bad node {node!r}")

print(eval_expr(("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))))
try:
    eval_expr(("div", 1, 2))
except ValueError as e:
    print(e)
