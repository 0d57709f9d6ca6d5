class D:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
class Holder:
    pass
h = Holder()
h.a = D('attr')
h.a = D('attr2')
print('attribute replaced')
del h.a
print('attribute deleted')
def make_closure():
    captured = D('cell')
    def f():
        return captured.name
    return f
f = make_closure()
print('closure made', f())
f = None
print('closure dropped')
def gen():
    local = D('generator-local')
    yield local.name
g = gen()
print(next(g))
del g
print('generator dropped')
x = D('global')
def rebind():
    global x
    x = D('global2')
rebind()
print('global rebound')
del x
print('end')
