class NS(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate {k}")
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return NS()
class Base:
    def hi(self): return "base"
class A(Base, metaclass=M):
    def hi(self):
        return "A+" + super().hi()
print(A().hi(), type(A.__dict__).__name__ if False else "")
try:
    class Dup(metaclass=M):
        x = 1
        x = 2
except TypeError as e:
    print(e)
def make(v):
    class Inner(metaclass=M):
        val = v
        def get(self):
            return val_outer
    val_outer = v * 2
    return Inner
I = make(3)
print(I.val, I().get())
