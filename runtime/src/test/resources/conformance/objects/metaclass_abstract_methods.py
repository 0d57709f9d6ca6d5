def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f
class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", set()):
                value = getattr(cls, name, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls
class ABC(metaclass=ABCMeta):
    __slots__ = ()
class S(ABC):
    @abstractmethod
    def b(self): pass
    @abstractmethod
    def a(self): pass
try: S()
except TypeError as e: print(e)
class T(S):
    def a(self): pass
try: T()
except TypeError as e: print(e)
print(sorted(T.__abstractmethods__))
class W(T):
    def b(self): return "ok"
print(W().b())
class U: pass
U.__abstractmethods__ = frozenset({'x'})
try: U()
except TypeError as e: print(e)
del U.__abstractmethods__
print(type(U()).__name__)
class L(list): pass
L.__abstractmethods__ = frozenset({'y'})
print(L([1]))
class WithInit(ABC):
    def __init__(self, v):
        self.v = v
    @abstractmethod
    def go(self): ...
try: WithInit(1)
except TypeError as e: print(e)
class Impl(WithInit):
    def go(self): return self.v
print(Impl(3).go())
