# Sequence and mapping patterns, star captures, nesting, guards, OR and AS patterns.
import collections


def seq(v):
    match v:
        case []:
            return "empty"
        case [[]]:
            return "nested empty"
        case [x, [y, [z]]]:
            return f"deep {x} {y} {z}"
        case [1, *middle, 9]:
            return f"1..9 middle={middle}"
        case [*init, "end"]:
            return f"ends with end, init={init}"
        case ["start", *_]:
            return "starts with start"
        case [(a, b), (c, d)]:
            return f"two pairs {a}{b}{c}{d}"
        case [x, y] if x > y:
            return f"descending pair {x} {y}"
        case [_, _] as pair:
            return f"other pair {pair}"
        case [0 | 1 as bit, *rest] if all(r in (0, 1) for r in rest):
            return f"bits starting {bit}"
        case _:
            return "no sequence match"


for v in [[], [[]], [1, [2, [3]]], [1, 2, 3, 9], [1, 9], ["a", "b", "end"], ["end"], ["start", 1, 2],
          [(1, 2), (3, 4)], [5, 3], [3, 5], (1, 0, 1, 1), [0, 2], "start", b"ab", range(2), range(1, 10, 4)]:
    print(repr(v), "->", seq(v))


def mapping(m):
    match m:
        case {"type": "point", "x": int(x), "y": int(y)}:
            return f"point {x},{y}"
        case {"type": "list", "items": [*items]} if items:
            return f"list of {len(items)}"
        case {"type": "list"}:
            return "empty or bad list"
        case {"a": 1, **rest} if rest:
            return f"a=1 plus {sorted(rest.items())}"
        case {"a": 1}:
            return "just a=1"
        case {0: zero, 1.5: f, None: n, True: t}:
            return f"odd keys {zero} {f} {n} {t}"
        case {}:
            return f"any mapping of {len(m)}"
        case _:
            return "not a mapping"


dd = collections.defaultdict(list)
dd["a"] = 1
for m in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1.0, "y": 2},
          {"type": "list", "items": [1, 2]}, {"type": "list", "items": []}, {"a": 1, "b": 2, "c": 3},
          {"a": 1}, {0: "z", 1.5: "f", None: "n", True: "t"}, {"zz": 0}, dd, [("a", 1)], "abc"]:
    print(repr(m), "->", mapping(m))
print("defaultdict untouched:", dict(dd))


class Color:
    RED = "red"
    GREEN = "green"


def value_patterns(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case 1.0:
            return "one-ish"
        case -2 | -3.5:
            return "negative"
        case "a" "b":
            return "concatenated ab"
        case None:
            return "nothing"
        case _:
            return "other"


for c in ["red", "green", 1, 1.0, True, -2, -3.5, "ab", None, False, 0]:
    print(repr(c), "->", value_patterns(c))


# The subject is evaluated once; cases are tried in order; a guard can see the bindings.
calls = []


def subject():
    calls.append("subject")
    return (1, 2)


def guard(x):
    calls.append(f"guard {x}")
    return x == 2


match subject():
    case (x, y) if guard(x):
        print("first")
    case (x, y) if guard(y):
        print("second", x, y)
print(calls)

# Names bound by the matching case stay bound afterwards.
match {"name": "ada", "langs": ["py", "ml"]}:
    case {"name": str(name), "langs": [first, *others]}:
        pass
print(name, first, others)

# match and case stay ordinary names.
match = {"case": 1}
case = "case"
match match:
    case {"case": 1}:
        print("soft keywords", match[case])

# No case matches: nothing runs.
match 42:
    case 1 | 2:
        print("unexpected")
print("done")
