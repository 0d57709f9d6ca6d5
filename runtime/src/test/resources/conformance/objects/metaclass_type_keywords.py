try:
    type('X', (), {}, bogus=1)
except TypeError as e:
    print(e)
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
try:
    class A(metaclass=M, flag=1): pass
except TypeError as e:
    print("TypeError", e)
class M2(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class B(metaclass=M2, flag=1): pass
print(B.__name__)
print(type(type), type.__class__, type.__name__, type.__mro__)
print(M.__base__, M.__bases__, M.mro(M), B.mro())
print(callable(M), callable(B))
class WithNew:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
print(WithNew(1, 2).args)
