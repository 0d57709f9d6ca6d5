class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case None:
            return "none"
        case True:
            return "true"
        case "hello":
            return "greeting"
        case [x]:
            return f"one item {x}"
        case [1, *rest]:
            return f"starts with 1, rest={rest}"
        case [x, y, *_]:
            return f"at least two {x} {y}"
        case (a, b) if a > 100:
            return "unreachable"
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"kind": k, **others}:
            return f"kind {k} others={others}"
        case Point(0, 0):
            return "origin"
        case Point(x, y=0) as p:
            return f"on x axis {x} {p.x}"
        case Point(x=xx, y=yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "some point"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() | bytes():
            return "stringish"
        case float(f):
            return f"float {f}"
        case _:
            return "other"

for v in [0, 2, -1, None, True, "hello", [5], [1, 2, 3], (7, 8, 9), [], {"kind": "circle", "r": 2},
          {"kind": "sq", "side": 3, "z": 1}, {"r": 1}, Point(0, 0), Point(3, 0), Point(4, 4), Point(1, 2),
          500, 50, "abc", b"x", 1.5, object, (1,), range(3), "ab"]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

match = 5
case = 6
print(match + case)
def match(x):
    return x * 2
print(match(4))
match (1, 2):
    case (a, b):
        print("tuple", a, b)
match 1, 2:
    case a, b:
        print("open tuple", a, b)
