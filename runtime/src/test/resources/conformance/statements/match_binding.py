# When names are bound: only by the case that matches (a failing case binds nothing), guards
# see the bindings, or-patterns bind the same names whichever alternative matched.


def show(label):
    print(label, {k: v for k, v in globals().items() if k in ("x", "y", "z", "rest", "w")})


match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        pass
show("after failed [x, 3]:")

match {"a": 1, "b": 2}:
    case {"a": x, "b": 3, **rest}:
        print("no")
    case {"a": y, **rest} if y > 5:
        print("no")
    case _:
        pass
show("after failed mapping / guard:")

for v in ([1, 2], [2, 1], (3, "x"), ("x", 3), [5, [6, 7]], [[8, 9], 10]):
    match v:
        case [1, y] | [y, 1]:
            print("one and", y)
        case [int(x), str(y)] | [str(y), int(x)]:
            print("int", x, "str", y)
        case [x, [y, z]] | [[y, z], x]:
            print("nested", x, y, z)

for v in ([1, 2, 3], {"k": [4, 5]}, 7):
    match v:
        case [x, *rest] | {"k": [x, *rest]} if rest:
            print("head", x, "rest", rest)
        case [x, z] | (x as z):
            print("as-or", x, z)


class P:
    __match_args__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


for p in (P(1, 2), P(2, 1), P([3, 4], 0)):
    match p:
        case P(1, w) | P(w, 1):
            print("P with a one:", w)
        case P([x, y], 0) as whole:
            print("P list", x, y, type(whole).__name__)

for v in ("ab", ["a", "b", "c", "d"], [1, [2, [3, [4]]]]):
    match v:
        case str() as s if len(s) == 2:
            print("two-char", s)
        case [first, *middle, last]:
            print(first, middle, last)
            match v:
                case [_, [_, [_, [deep]]]]:
                    print("deep", deep)
                case _:
                    pass

try:
    match 5:
        case [never_bound]:
            pass
    print(never_bound)
except NameError as e:
    print("NameError:", e)
def f(v):
    match v:
        case [a, (b, c) | [c, b, _], *d] | [*d, {"k": (a, b, c)}]:
            return ("A", a, b, c, d)
        case [p, [[q] | q, r] | {"r": r, "q": q}, s] if s != 0:
            return ("B", p, q, r, s)
        case {"x": x, "y": [y1, y2] | (y2, y1, 0)} | {"z": x, "y": ([y1] | y1), "w": y2}:
            return ("C", x, y1, y2)
        case [[[m]] | [m] | m, n]:
            return ("D", m, n)
        case _:
            return None

tests = [[1, (2, 3), 4, 5], [1, [3, 2, 9]], [7, {"k": (1, 2, 3)}], [1, [5, 6], 7], [1, {"r": 2, "q": 3}, 4],
         [1, [[5], 6], 7], {"x": 1, "y": [2, 3]}, {"x": 1, "y": (3, 2, 0)}, {"z": 9, "y": [8], "w": 7},
         {"z": 9, "y": 8, "w": 7}, [[[1]], 2], [[1], 2], [1, 2], [1, [5, 6], 0], "no", [[1, 2], 3]]
for t in tests:
    print(t, f(t))
