class Plugin:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
class A(Plugin): pass
class B(Plugin): pass
class C(A): pass
print(Plugin.registry)
class Base:
    def __init__(self):
        self.setup()
    def setup(self):
        self.kind = 'base'
class Derived(Base):
    def setup(self):
        self.kind = 'derived'
print(Derived().kind, Base().kind)
class Outer:
    class Inner:
        value = 42
    def make(self):
        return self.Inner()
print(Outer().make().value, Outer.Inner.__qualname__)
