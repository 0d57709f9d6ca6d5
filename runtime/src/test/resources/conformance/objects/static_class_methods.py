class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @staticmethod
    def helper(a, b):
        return a + b
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def name(cls):
        return cls.__name__
class Sub(Counter):
    pass
print(Counter.helper(1, 2), Counter().helper(3, 4))
Counter.make(3)
print(Counter.instances)
print(Sub.name(), Sub().name(), Counter.name())
print(type(Sub.make(2)[0]).__name__, Counter.instances)
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    def __repr__(self):
        return f'Date({self.y}, {self.m}, {self.d})'
print(Date.from_string('2024-02-29'))
sm = staticmethod(lambda: 'raw')
class H:
    f = sm
print(H.f(), H().f())
