# pprint: the layout of dicts, lists, tuples, sets, frozensets, strings and bytes at
# several widths, indent, depth, sort_dicts, compact, the collections types, dataclasses,
# SimpleNamespace, recursion, saferepr/isreadable/isrecursive, and PrettyPrinter options.
import pprint
import random
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
from types import SimpleNamespace

data = {
    "name": "pretty printer",
    "numbers": list(range(30)),
    "nested": {"a": [1, 2, {"deep": (1, 2, 3)}], "b": {"x": 1, "y": [10, 20, 30]}},
    "tuple": tuple(range(15)),
    "single": (1,),
    "empty": [[], {}, (), set(), frozenset()],
    "set": set(range(0, 40, 3)),
    "frozen": frozenset({5, 1, 3}),
    "text": "the quick brown fox jumps over the lazy dog " * 3,
    "bytes": bytes(range(40)),
}
pprint.pprint(data)
for width in (80, 60, 40, 20, 10, 1):
    print("-- width", width)
    pprint.pprint(data["nested"], width=width)
    pprint.pprint(data["tuple"], width=width)
    pprint.pprint(["spam eggs ham " * 4, "x"], width=width)
print("-- indent 4")
pprint.pprint(data["nested"], indent=4, width=30)
pprint.pprint(list(range(25)), indent=3, width=40)
print("-- depth")
pprint.pprint(data["nested"], depth=1)
pprint.pprint(data["nested"], depth=2)
pprint.pprint([1, [2, [3, [4, [5]]]]], depth=3)
pprint.pprint((1, (2, (3,))), depth=2)
print("-- sort_dicts")
unsorted = {"zeta": 1, "alpha": [1] * 20, "mid": {"b": 2, "a": 1}, "beta": "x" * 50}
pprint.pprint(unsorted)
pprint.pprint(unsorted, sort_dicts=False)
pprint.pp(unsorted, width=30)
print("-- compact")
pprint.pprint(list(range(60)), compact=True)
pprint.pprint([list(range(8)) for i in range(6)], compact=True, width=40)
pprint.pprint(["ab" * i for i in range(15)], compact=True, width=30)
pprint.pprint(list(range(60)), compact=True, width=30, indent=2)
print("-- strings")
pprint.pprint("a short string")
pprint.pprint("a long string with many words that must be split over several lines " * 2)
pprint.pprint("line one\nline two is longer and longer and longer and longer and longer and more\nthree\n")
pprint.pprint({"k": "a value that is long enough to need wrapping when it is inside a dict, yes"})
pprint.pprint(["nospaceatallinthisverylongwordthatcannotbesplitanywhereatallreally" * 2], width=40)
pprint.pprint("", width=5)
pprint.pprint("tabs\tand  spaces   mixed in a string that goes past the width", width=30)
print("-- bytes")
pprint.pprint(bytes(range(100)))
pprint.pprint([b"abcdefgh" * 8], width=30)
pprint.pprint(bytearray(b"0123456789" * 10), width=40)
pprint.pprint(b"abc", width=2)
print("-- sets")
pprint.pprint(set(range(50)))
pprint.pprint(frozenset(range(50)), width=40)
pprint.pprint({"s": set(range(30)), "f": frozenset(range(25))}, width=50)


class MySet(set):
    pass


pprint.pprint(MySet(range(40)))
print("-- collections")
od = OrderedDict((str(i), i * i) for i in range(15))
pprint.pprint(od)
pprint.pprint(OrderedDict())
dd = defaultdict(list)
for i in range(12):
    dd["key%d" % i].append(i)
pprint.pprint(dd)
pprint.pprint(defaultdict(int))
c = Counter("abracadabra simsalabim hocus pocus")
pprint.pprint(c, width=40)
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=35))
pprint.pprint(deque())
pprint.pprint(ChainMap({"a": list(range(20))}, {"b": list(range(20))}))
print("-- subclasses")


class MyDict(dict):
    pass


class MyList(list):
    pass


class ReprList(list):
    def __repr__(self):
        return "ReprList(" + ",".join(str(x) for x in self) + ")"


pprint.pprint(MyDict((i, str(i) * 5) for i in range(12)))
pprint.pprint(MyList(range(40)))
pprint.pprint(ReprList(range(40)))
print("-- dataclasses")


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


@dataclass
class Line:
    start: Point
    end: Point
    label: str = "a line with a longish label"


pprint.pprint(Point(1, 2))
pprint.pprint(Line(Point(1, 2, list(range(20))), Point(3, 4)))
pprint.pprint([Line(Point(1, 2), Point(3, 4))], width=40)
print("-- SimpleNamespace")
ns = SimpleNamespace(alpha=list(range(25)), beta="text " * 10, gamma={"k": 1})
pprint.pprint(ns)
pprint.pprint(SimpleNamespace(a=1))
print("-- recursion")
lst = [1, 2]
lst.append(lst)
print(pprint.pformat(lst).startswith("[1, 2, <Recursion on list with id="))
d = {"self": None}
d["self"] = d
s = pprint.pformat(d)
print(s.startswith("{'self': <Recursion on dict with id="), s.endswith(">}"))
print(pprint.isrecursive(lst), pprint.isrecursive([1, [2]]))
print(pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable([object]), pprint.isreadable({1: lst}))
print(pprint.saferepr([1, {"b": 2, "a": (3,)}]))
print(pprint.saferepr(lst).startswith("[1, 2, <Recursion on list with id="))
print("-- PrettyPrinter")
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
print(pp.pformat({"a": [1, [2, [3, [4]]]], "b": "x" * 20}))
print(pp.isreadable([1, 2]), pp.isrecursive([1, 2]))
pp.pprint(list(range(12)))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
print(pprint.pformat(12345678901234567890, underscore_numbers=True))
print(pprint.pformat([10 ** 10, 2 ** 40], underscore_numbers=True))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
pprint.pprint({"to": "a stream"}, stream=sink)
print(repr("".join(sink.parts)))
print("-- mixed keys")
pprint.pprint({1: "int", "a": "str", 2.5: "float", None: "none", (1, 2): "tuple"}, width=30)
pprint.pprint(sorted({3: 1, 1: 2}.items()))
print("-- random structures")
rng = random.Random(7)


def make(depth):
    kind = rng.randrange(6 if depth < 4 else 2)
    if kind == 0:
        return rng.randrange(-1000, 100000)
    if kind == 1:
        return "w" * rng.randrange(0, 12) + " " + "v" * rng.randrange(0, 30)
    n = rng.randrange(0, 7)
    if kind == 2:
        return [make(depth + 1) for _ in range(n)]
    if kind == 3:
        return tuple(make(depth + 1) for _ in range(n))
    if kind == 4:
        return {"k%d" % rng.randrange(100): make(depth + 1) for _ in range(n)}
    return set(rng.randrange(1000) for _ in range(n))


for i in range(25):
    obj = make(0)
    w = rng.choice([20, 40, 60, 80])
    print("#", i, "width", w)
    pprint.pprint(obj, width=w, compact=bool(i % 2), indent=1 + i % 3)
