class Base:
    def __init__(self, v):
        self._v = v
    def value(self):
        return self._v
class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    def value(self):
        return super().value() + 1
    def explicit(self):
        return super(Child, self).value()
c = Child(5)
print(c.value(), c.explicit())
def get_v(self):
    return self._v
def set_v(self, v):
    self._v = v * 10
P = property(get_v, set_v, None, 'doc for v')
class WithProp(Base):
    v = P
w = WithProp(1)
print(w.v)
w.v = 3
print(w.v, WithProp.v.__doc__, isinstance(WithProp.v, property))
class Tools:
    double = staticmethod(lambda x: x * 2)
    def _make(cls):
        return cls.__name__
    make = classmethod(_make)
print(Tools.double(4), Tools().double(5), Tools.make(), Tools().make())
print(type(Tools.__dict__['double']).__name__, type(Tools.__dict__['make']).__name__)
