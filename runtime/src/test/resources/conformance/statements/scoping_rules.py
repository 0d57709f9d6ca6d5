x = 'global'
def f():
    print(x)
f()
def g():
    x = 'local-g'
    def h():
        return x
    return h()
print(g())
def closure_cells():
    fns = []
    for i in range(3):
        def fn():
            return i
        fns.append(fn)
    return [fn() for fn in fns]
print(closure_cells())
def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()
class K:
    v = 10
    w = [v for _ in range(2)] if False else None
    def meth(self):
        try:
            return v
        except NameError as e:
            return str(e)
print(K().meth())
def counter_gen():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return incr, get
inc, get = counter_gen()
inc(); inc()
print(get())
