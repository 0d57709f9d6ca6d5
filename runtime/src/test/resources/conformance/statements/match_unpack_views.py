class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"

def classify(v):
    match v:
        case 0 | 0.0: return "zero"
        case int(n) if n < 0: return f"negative int {n}"
        case bool(): return "bool?"
        case int() | float() as num: return f"number {num!r}"
        case "": return "empty str"
        case str(s) if s.isdigit(): return f"digit string {s}"
        case str(): return "str"
        case []: return "empty list"
        case [x]: return f"singleton {x!r}"
        case [x, y, *rest] if not rest: return f"pair {x!r},{y!r}"
        case [first, *_, last]: return f"seq {first!r}..{last!r} len={len(v)}"
        case {"type": "circle", "r": r}: return f"circle r={r}"
        case {"type": t, **others}: return f"typed {t} extra={sorted(others)}"
        case Point(0, 0): return "origin"
        case Point(x, 0) | Point(0, x): return f"on axis {x}"
        case Point(x=xx, y=yy) if xx == yy: return f"diagonal {xx}"
        case Point(): return f"point {v}"
        case (1, 2) | (2, 1): return "tuple12"
        case None: return "none"
        case _: return f"other {type(v).__name__}"

for v in [0, 0.0, -5, True, 7, 2.5, "", "123", "abc", [], [1], (1, 2), [1, 2, 3, 4], {"type": "circle", "r": 2},
          {"type": "sq", "w": 1, "h": 2}, Point(0, 0), Point(3, 0), Point(0, 4), Point(5, 5), Point(1, 2), None, {1, 2}, b"x", range(3)]:
    print(repr(v), "->", classify(v))

a, *b, c = range(6); print(a, b, c)
(p, q), [r, *s] = (1, 2), "xyz"; print(p, q, r, s)
first, *middle, last = "ab"; print(first, middle, last)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())): print(i, k, v)
x = y = z = [0]; x.append(1); print(y, z is x)
m, n = n, m = 1, 2; print(m, n)
try:
    a, b = [1, 2, 3]
except ValueError as e: print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e: print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e: print("ValueError:", e)
try:
    a, b = 5
except TypeError as e: print("TypeError:", e)
print(*[1, 2], *"ab", sep="-")
d1 = {"a": 1, "b": 2}; d2 = {"b": 3, "c": 4}
print({**d1, **d2}, d1 | d2, d2 | d1, [*d1, *d2], {*d1, *"a"} == {"a", "b"})
keys = d1.keys() & d2.keys(); print(keys, d1.keys() | {"z"} == {"a", "b", "z"}, d1.keys() - d2.keys(), d1.items() & {("a", 1)})
print(list(d1.values()), list(reversed(d1)), list(reversed(d1.items())), d1.get("q", "-"), d1.setdefault("e", 5), d1)
d1.update(x=9); d1.update([("y", 8)]); print(d1, d1.pop("x"), d1.pop("nope", None), dict.fromkeys("ab", 0))
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s2, s1.isdisjoint({9}), frozenset(s2) == s2, sorted(s1.symmetric_difference(s2)))
s1 -= {1}; s1 |= {10}; s1 ^= {3, 99}; print(sorted(s1), s1.issuperset({2}), set("aab") == {"a", "b"}, len(frozenset([1, 1, 2])))
lst = list(range(10))
print(lst[2:8:2], lst[::-3], lst[-3:], lst[:-7:-1], lst[100:], lst[3:1], lst[slice(None, None, 4)])
lst[2:5] = ["a"]; print(lst); lst[::2] = "ABCDE"[:len(lst[::2])]; print(lst); del lst[::3]; print(lst)
try:
    lst[::2] = [1]
except ValueError as e: print("ValueError:", e)
t = tuple(range(5)); print(t[1:3], t[::-1], t * 2, t.count(2), t.index(3), (1,) + t[:1], t < (0, 1, 3))
