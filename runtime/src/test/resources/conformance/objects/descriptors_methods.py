class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting='hello'):
        return f'{greeting}, {self.name}'
g = Greeter('ann')
m = g.greet
print(m(), m('hi'), Greeter.greet(g, 'hey'))
print(m.__self__ is g, m.__func__ is Greeter.greet)
print(m.__name__, type(m).__name__)
fns = [g.greet, Greeter('bob').greet]
print([f('yo') for f in fns])
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
c.inc().inc().inc()
print(c.n)
def external(self):
    return 'external ' + self.name
Greeter.ext = external
print(g.ext())
g.ext = lambda: 'instance attr wins'
print(g.ext())
print(Greeter.ext(g))
