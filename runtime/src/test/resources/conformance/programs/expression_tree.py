# Symbolic expression trees with operator overloading, simplification and differentiation.
class Expr:
    def __add__(self, o): return Add(self, wrap(o))
    def __radd__(self, o): return Add(wrap(o), self)
    def __mul__(self, o): return Mul(self, wrap(o))
    def __rmul__(self, o): return Mul(wrap(o), self)
    def __pow__(self, n): return Pow(self, n)
class Num(Expr):
    def __init__(self, v): self.v = v
    def __repr__(self): return repr(self.v)
    def eval(self, env): return self.v
    def diff(self, var): return Num(0)
    def simplify(self): return self
class Var(Expr):
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
    def eval(self, env): return env[self.name]
    def diff(self, var): return Num(1 if var == self.name else 0)
    def simplify(self): return self
class Add(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f'({self.a!r} + {self.b!r})'
    def eval(self, env): return self.a.eval(env) + self.b.eval(env)
    def diff(self, var): return Add(self.a.diff(var), self.b.diff(var))
    def simplify(self):
        a, b = self.a.simplify(), self.b.simplify()
        if isinstance(a, Num) and isinstance(b, Num): return Num(a.v + b.v)
        if isinstance(a, Num) and a.v == 0: return b
        if isinstance(b, Num) and b.v == 0: return a
        return Add(a, b)
class Mul(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f'{self.a!r}*{self.b!r}'
    def eval(self, env): return self.a.eval(env) * self.b.eval(env)
    def diff(self, var): return Add(Mul(self.a.diff(var), self.b), Mul(self.a, self.b.diff(var)))
    def simplify(self):
        a, b = self.a.simplify(), self.b.simplify()
        if isinstance(a, Num) and isinstance(b, Num): return Num(a.v * b.v)
        for x, y in ((a, b), (b, a)):
            if isinstance(x, Num) and x.v == 0: return Num(0)
            if isinstance(x, Num) and x.v == 1: return y
        return Mul(a, b)
class Pow(Expr):
    def __init__(self, a, n): self.a, self.n = a, n
    def __repr__(self): return f'{self.a!r}^{self.n}'
    def eval(self, env): return self.a.eval(env) ** self.n
    def diff(self, var): return Mul(Mul(Num(self.n), Pow(self.a, self.n - 1)), self.a.diff(var))
    def simplify(self):
        a = self.a.simplify()
        if self.n == 0: return Num(1)
        if self.n == 1: return a
        return Pow(a, self.n)
def wrap(v):
    return v if isinstance(v, Expr) else Num(v)
x, y = Var('x'), Var('y')
f = 3 * x ** 2 + 2 * x * y + 7
print(f)
print(f.eval({'x': 2, 'y': 5}))
dfx = f.diff('x').simplify()
dfy = f.diff('y').simplify()
print(dfx, '|', dfy)
print(dfx.eval({'x': 2, 'y': 5}), dfy.eval({'x': 2, 'y': 5}))
g = (x + 1) ** 3
print(g.diff('x').simplify(), [g.eval({'x': v}) for v in range(4)])
