import types
def f(x: int | None) -> list[int] | None: return x
print(f(3), f.__annotations__)
u = int | str
print(u, type(u), u.__args__, type(u) is types.UnionType)
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(None | int, list[int] | None, int | list[int], int | int, (int | str) | float, int | (str | float))
print(int | str == str | int, int | str == int | str | int, int | str == int | float, hash(int | str) == hash(str | int))
print(len({int | str, str | int}))
class A: pass
print(A | None, int | A)
import collections
print(collections.OrderedDict | None)
try: isinstance([], list[int] | None)
except TypeError as e: print(e)
try: None | None
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
try: int | "str"
except TypeError as e: print(e)
print((int | str).__parameters__)
print((int | str).__or__(float), (int | str).__ror__(None), (int | str).__or__(3))
x = int
x |= None
print(x)
import typing
print(typing.Optional[int] == (int | None), typing.get_args(int | str))
print(typing.Union[int, str] | None)
print(int | typing.List[int])
def g(a: "x" = 1, *, b: dict[str, int] | None = None): pass
print(g.__annotations__)
print(typing.get_origin(int | str), typing.Union[int | str, float], typing.Optional[int | str])
print(hash(typing.Union[int, str]) == hash(typing.Union[str, int]), (int | None) == typing.Optional[int])
