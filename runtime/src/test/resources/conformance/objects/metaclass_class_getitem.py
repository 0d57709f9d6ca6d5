print(list[int], dict[str, int], tuple[int, ...], set[float], frozenset[str], type[int])
print(list[list[int]], dict[str, list[tuple[int, str]]])
a = list[int]
print(a.__origin__ is list, a.__args__, dict[str, int].__args__, a.__parameters__)
print(a([1, 2]), dict[str, int](x=1), type(a).__name__)
print(list[int] == list[int], list[int] == list[str])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class MyList(list[int]):
    pass
m = MyList([3, 1, 2])
m.sort()
print(m, MyList.__bases__, MyList.__orig_bases__)
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
class H(G): pass
print(G[int], H["x"], G[int, str])
class Box:
    def __init__(self, v):
        self.v = v
    def __class_getitem__(cls, item):
        return cls
print(Box[int](5).v)
try:
    class NoGI: pass
    NoGI[int]
except TypeError as e:
    print(e)
def f(x: list[int]) -> dict[str, int]:
    return {str(i): i for i in x}
print(f([1, 2]))
GenericAlias = type(list[int])
class C:
    __class_getitem__ = classmethod(GenericAlias)
print(C[int], C[int, str].__args__, C[int].__origin__ is C, GenericAlias(dict, (str, int)))
class D(C[int]): pass
print(D.__bases__, D.__orig_bases__)
