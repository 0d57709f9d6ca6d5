class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("M.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("M.__call__", cls.__name__, args, kw)
        return super().__call__(*args, **kw)
    def hello(cls):
        return "hello from " + cls.__name__
    @property
    def prop(cls):
        return "prop of " + cls.__name__
    def __repr__(cls):
        return "<M class " + cls.__name__ + ">"
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter([1, 2, 3])
    def __getitem__(cls, k):
        return k * 2

class A(metaclass=M):
    x = 1
    def __init__(self, v):
        self.v = v

class B(A, flag=True):
    @classmethod
    def __init_subclass__(cls, **kw):
        print("B.__init_subclass__", cls.__name__, kw)

class C(B, color="red"):
    pass

print(type(A), type(B), type(M), A.tag, B.tag)
print(A.hello(), B.prop)
print(repr(A), str(C))
print(len(A), list(A), A[21])
a = A(5)
print(a.v, isinstance(a, A), isinstance(A, M), isinstance(A, type), issubclass(M, type))
print(M.__mro__)
print(type.__repr__(A))
X = type('X', (), {'a': 1, 'f': lambda self: self.a + 1})
print(X, X().f(), X.__name__, X.__bases__)
Y = M('Y', (A,), {'z': 3})
print(Y.z, Y.tag, type(Y))
class N(type): pass
class Q(metaclass=N): pass
try:
    class Z(A, Q): pass
except TypeError as e: print("TypeError:", e)
class MM(M): pass
class W(metaclass=MM): pass
class V(A, W): pass
print(type(V))
try:
    class Bad(x=1): pass
except TypeError as e: print("TypeError:", e)
print(list[int], dict[str, int], tuple[int, ...], type(list[int]))
print(list[int].__origin__, list[int].__args__, list[int]("ab"))
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(G[int], G["x"])
