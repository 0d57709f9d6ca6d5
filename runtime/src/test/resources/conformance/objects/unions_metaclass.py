# Unions with classes made by Python metaclasses, and type.__or__ called directly.
class M(type):
    pass

class A(metaclass=M):
    pass

class OrMeta(type):
    def __or__(cls, other):
        return ('OrMeta.__or__', cls.__name__)
    def __ror__(cls, other):
        return ('OrMeta.__ror__', cls.__name__)

class B(metaclass=OrMeta):
    pass

print(A | None, None | A, int | A, A | int | A)
print(isinstance(A(), A | int), isinstance(3, A | int), isinstance('s', A | int))
print(B | int, int | B, None | B)
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 3))
print(int.__or__(6, 3), bool.__or__(True, False))
import enum
class Color(enum.Enum):
    RED = 1
print(Color | None)
class Perm(enum.IntFlag):
    R = 4
    W = 2
print(repr(Perm.R | Perm.W), repr(Perm.R | 1), repr(Perm.R & 4), Perm.R | Perm.W == 6)
u = int | str
u |= None
print(u, u.__args__)
def f(a: int | None = None, *b: str | bytes, **k: dict[str, int | None]) -> tuple[int, ...] | None:
    return a
print(f.__annotations__)
class C:
    x: int | None = None
    y: 'A | None'
print(C.__annotations__)
print({int | str: 1}[str | int])
