def counter(n):
    print("start")
    i = 0
    while i < n:
        got = yield i
        print("got", got)
        if got: i = got
        else: i += 1
    return "done"

g = counter(5)
print(next(g), g.send(None), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
print(list(g), next(g, "dflt"))

def deleg():
    r = yield from counter(2)
    print("result", r)
    yield from [10, 20]
    return r
print(list(deleg()))

def thrower():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
    finally:
        print("cleanup")
t = thrower()
print(next(t), t.throw(ValueError("boom")))
t.close()
t2 = thrower(); next(t2); t2.close(); print(list(t2))
try:
    thrower().throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

class Fib:
    def __init__(self, n): self.n = n
    def __iter__(self):
        a, b = 0, 1
        for _ in range(self.n):
            yield a
            a, b = b, a + b
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Fib(10)), list(Countdown(4)), sum(Fib(20)), max(Countdown(7)))
it = iter(Countdown(3)); print(next(it), list(it), list(it))
print(list(zip(Fib(5), Countdown(10), "abc")), dict(zip("xyz", Fib(3))))
def gen_exc():
    yield 1
    raise StopIteration("inner")
try:
    list(gen_exc())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
ge = (x * x for x in range(5) if x % 2 == 0)
print(type(ge).__name__, next(ge), list(ge), list(ge))
import itertools
print(list(itertools.islice(Fib(100), 3, 8)), list(itertools.takewhile(lambda x: x < 20, Fib(50))))
def closures():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(closures())
def make_acc():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = make_acc(); print(acc(5), acc(10), acc.__closure__[0].cell_contents)
x = "global"
def scope_test():
    x = "enclosing"
    def inner():
        global x
        x = "changed global"
        return x
    def inner2():
        return x
    return inner(), inner2()
print(scope_test(), x)
def unbound():
    try:
        print(y_local)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y_local = 1
unbound()
def nested_unbound():
    def f():
        return v
    try:
        f()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    v = 2
    return f()
print(nested_unbound())
print([(i, j) for i in range(3) for j in range(i)], {k: v for k, v in zip("ab", [1, 2])}, {i % 3 for i in range(10)})
print([[j for j in range(i)] for i in range(4)], [y for x in [[1, 2], [3]] for y in x if y != 2])
print(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1], reverse=True))
data = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True), sorted(data, key=lambda t: -t[1]))
print(sorted("bAcaB", key=str.lower), sorted("bAcaB"), sorted([3, 1, 2], reverse=True), sorted([], key=len))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)), max(words, key=len), min(words, key=len))
lst = [5, 2, 8]; lst.sort(key=lambda v: -v); print(lst, sorted(range(10), key=lambda v: v % 3))
