x = 10
print(eval("x + 1"))
print(eval("  x * 2\n"))
print(eval("y + 1", {"y": 5}))
print(eval("y + z", {"y": 5}, {"z": 7}))
g = {}
exec("a = 1\nb = a + 1\ndef f(): return a + b\nc = f()", g)
print(sorted(k for k in g if k != "__builtins__"), g["c"], type(g["__builtins__"]).__name__)
ns_g = {"q": 1}
ns_l = {}
exec("r = q + 1\nimport math\nv = math.floor(2.5)", ns_g, ns_l)
print(sorted(ns_l), ns_l["r"], "r" in ns_g)
code = compile("3 * 4", "<calc>", "eval")
print(code.__class__.__name__, eval(code), exec(code))
code2 = compile("for i in range(3):\n    total = total + i\n", "<loop>", "exec")
d = {"total": 100}
exec(code2, d)
print(d["total"])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename, type(e).__name__)
try:
    exec("if True:\nprint(1)")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile("x = ", "<f>", "exec")
except SyntaxError as e:
    print("compile:", e.filename, e.lineno)
try:
    compile("1", "f", "bogus")
except ValueError as e:
    print(e)
try:
    exec("1", 5)
except TypeError as e:
    print(e)
try:
    eval("undefined_name_xyz")
except NameError as e:
    print(e)
def func(p):
    q = p * 2
    l = locals()
    print(sorted(l.items()))
    print(eval("p + q"))
    exec("w = 99")
    print("w" in locals())
    r = 5
    print(sorted(l))
    locals()
    print(sorted(l))
    return vars() is l
print(func(3))
print(globals() is vars(), locals() is globals())
print(eval("globals() is g", {"g": None, "__builtins__": __builtins__}) )
class K:
    a = 1
    b = eval("a + 1")
    print(sorted(k for k in locals() if not k.startswith("__")))
print(K.b)
exec("print('exec prints', __name__)")
exec("def gen():\n    yield from range(3)\nprint(list(gen()))", {})
print(eval("[i*i for i in range(4)]"), eval("(lambda z: z + x)(1)"))
src = "def add(a, b):\n    return a + b\n"
m = {}
exec(compile(src, "<add>", "exec"), m)
print(m["add"](2, 3), m["add"].__name__)
print(eval(b"1+1"))
try:
    eval(5)
except TypeError as e:
    print(e)
