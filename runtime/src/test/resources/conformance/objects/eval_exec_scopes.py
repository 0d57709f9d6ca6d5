g = {"__builtins__": {"len": len}}
print(eval("len('abc')", g))
try:
    eval("print('x')", g)
except NameError as e:
    print("NameError:", e)
counter = 0
def bump():
    exec("global counter\ncounter += 1")
bump(); bump()
print(counter)
def outer():
    v = 1
    def inner():
        return eval("v + 1", None, {"v": 41})
    return inner()
print(outer())
code = compile("x = 1\ny = 2\n", "<single>", "exec")
loc = {}
exec(code, {}, loc)
print(sorted(loc.items()))
single = compile("1 + 2", "<s>", "single")
exec(single)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("caught", e)
def f():
    try:
        exec("1/0")
    except ZeroDivisionError as e:
        return "zde: " + str(e)
print(f())
ns = {}
exec("class K:\n    z = 3\n    def m(self): return self.z * 2\nk = K()\n", ns)
print(ns["k"].m(), ns["K"].__module__ if "__name__" in ns else ns["K"].__module__)
exec("__name__ = 'mymod'\nclass Q: pass\n", ns)
print(ns["Q"].__module__)
print(eval("sum(i for i in range(n))", {"n": 5}))
print(eval("[x for x in lst if x > lim]", {"lst": [1, 5, 9], "lim": 3}))
m = {"a": 2}
print(eval("a * 3", m), sorted(m))
def lc():
    a, b = 1, 2
    d = dict(locals())
    return d
print(lc())
def unbound():
    l1 = locals()
    x = 1
    del x
    l2 = locals()
    return sorted(l2)
print(unbound())
def with_closure():
    c = 5
    def g():
        return c
    return sorted(locals())
print(with_closure())
print(vars().get("counter"), "bump" in globals(), globals()["__name__"])
class V:
    a = 1
    print(sorted(k for k in vars() if not k.startswith("__")))
    print(vars() is locals())
print(sorted(k for k in vars(V) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(e)
try:
    exec("def bad(:\n  pass")
except SyntaxError as e:
    print("SyntaxError", e.lineno, type(e.offset).__name__, e.text is None or isinstance(e.text, str))
try:
    compile("x +* 1", "myfile.py", "eval")
except SyntaxError as e:
    print(str(e))
try:
    eval("return 5")
except SyntaxError as e:
    print(e.msg)
try:
    exec("return 5")
except SyntaxError as e:
    print(e.msg)
try:
    exec("x = 1", {}, 5)
except TypeError as e:
    print(e)
print(eval("__name__"), eval("__name__", {"__name__": "zz"}))
def deep():
    loc = 7
    return eval("loc")
print(deep())
