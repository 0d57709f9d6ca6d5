class Mp:
    def __init__(self): self.d = {"x": 5}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
m = Mp()
print(eval("x + 1", {}, m))
exec("y = x * 2\ndel x", {}, m)
print(m.d)
c = compile("a = 1", "fname.py", "exec")
print(c.co_filename, c.co_name)
import builtins
print(eval("abs(-3)", {"__builtins__": builtins}))
class K:
    exec("z = 1")
    w = eval("z + 1")
print(K.z, K.w)
def outer():
    x = 5
    return eval("lambda: x")()
try:
    print(outer())
except NameError as e:
    print("NameError", e)
