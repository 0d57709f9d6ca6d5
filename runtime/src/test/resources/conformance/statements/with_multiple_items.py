class Ctx:
    order = []
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError('cannot enter ' + self.name)
        Ctx.order.append('enter ' + self.name)
        return self
    def __exit__(self, t, v, tb):
        Ctx.order.append(f'exit {self.name} ({t.__name__ if t else "ok"})')
        return False
with Ctx('a') as a, Ctx('b') as b, Ctx('c') as c:
    Ctx.order.append('body ' + a.name + b.name + c.name)
print(Ctx.order)
Ctx.order.clear()
try:
    with Ctx('x'), Ctx('y', fail_enter=True), Ctx('z'):
        Ctx.order.append('unreachable')
except RuntimeError as e:
    Ctx.order.append('caught ' + str(e))
print(Ctx.order)
Ctx.order.clear()
try:
    with Ctx('p') as p, Ctx('q'):
        raise ValueError('inside')
except ValueError:
    pass
print(Ctx.order)
Ctx.order.clear()
with (Ctx('paren1') as one,
      Ctx('paren2') as two):
    Ctx.order.append('parenthesized ' + one.name + two.name)
print(Ctx.order)
