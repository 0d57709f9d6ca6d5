import typing
from typing import (List, Dict, Tuple, Set, FrozenSet, Optional, Union, Any, Callable, Iterable, Iterator,
                    Generator, Sequence, Mapping, TypeVar, Generic, NamedTuple, cast, TYPE_CHECKING, Type,
                    Literal, ClassVar, Final, Annotated, Protocol, runtime_checkable, NewType, TypedDict,
                    get_type_hints, get_origin, get_args, overload, final, DefaultDict, Counter, Deque, NoReturn)
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
Tc = TypeVar('Tc', covariant=True)
Tn = TypeVar('Tn', int, str)
Tb = TypeVar('Tb', bound=float, contravariant=True)
print(T, Tc, Tb, Tn.__constraints__, Tb.__bound__, T.__name__)
forms = [List, List[int], Dict[str, int], Tuple[int, str], Tuple[int, ...], Tuple[()], Set[float], FrozenSet[bytes],
         Optional[int], Optional[List[str]], Union[int, str], Union[int, None], Union[int, str, None], Union[int],
         Union[int, Union[str, float]], Union[str, int, str], Any, Callable[[int, str], bool], Callable[..., int],
         Callable[[], None], Iterable[T], Iterator[int], Generator[int, None, str], Sequence[Tuple[int, int]],
         Mapping[K, V], Type[int], Literal[1, 'a', True], ClassVar[int], Final[str], Annotated[int, 'meta', 3],
         List['Forward'], Dict[str, List[Optional[int]]], DefaultDict[str, int], Counter[str], Deque[int], NoReturn,
         List[T], Dict[K, List[V]], Optional[T], Union, Optional, Literal, Callable, Tuple, typing.Hashable,
         Optional[int] | str, List[int] | None, list[int], Dict[str, list[int]]]
for f in forms:
    print(repr(f))
print(List[T][int], Dict[K, List[V]][str, float], Mapping[K, V][int, T][bytes], Optional[T][str])
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int], Optional[int] == Union[None, int],
      hash(List[int]) == hash(List[int]), Literal[1, 2] == Literal[2, 1])
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]) is Union, get_origin(int), get_origin(Literal[1]) is Literal,
      get_origin(Annotated[int, 1]) is typing.Annotated, get_origin(Callable[[int], str]))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(Union[int, str]), get_args(Callable[[int], str]), get_args(Callable[..., str]),
      get_args(int), get_args(Annotated[int, 'x']), get_args(Tuple[int, ...]), get_args(Optional[int]))
# isinstance/issubclass with non-class second arguments (typing aliases) is a runtime gap.
for bad in [lambda: isinstance(1, Any), lambda: List(), lambda: Union[()], lambda: Generic[int],
            lambda: Union(), lambda: Dict[int], lambda: List[int, str], lambda: Optional[int, str]]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V): self.k, self.v = k, v
print(Box[int], Box[int](5).get(), Box('x').item, Box.__parameters__, Pair[str, int], Pair.__parameters__, Pair[str, int]('a', 1).v)
b = Box[int](3)
print(b.__orig_class__, type(b).__name__, isinstance(b, Box))
class IntBox(Box[int]): pass
print(IntBox.__parameters__, IntBox(4).get(), IntBox.__mro__[1].__name__, issubclass(IntBox, Generic))
class MyList(List[T]): pass
print(MyList[int], MyList.__mro__[1], MyList([1, 2]))
try:
    Box[int, str]
except TypeError as e:
    print('TypeError', e)
class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm1(), p._fields, Point._field_defaults, Point.__annotations__, p._replace(y=1), p._asdict(), isinstance(p, tuple), Point(1, 2, 'q'))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, NamedTuple('Q', a=int)(5))
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError', e)
class Movie(TypedDict):
    name: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
m = Movie(name='Blade Runner', year=1982)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(typing.is_typeddict(Movie), typing.is_typeddict(dict))
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__, type(UserId(5)).__name__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class Resource:
    def close(self): pass
class NotClosable: pass
print(isinstance(Resource(), Closable), isinstance(NotClosable(), Closable), issubclass(Resource, Closable))
class Plain(Protocol):
    def f(self): ...
try:
    isinstance(1, Plain)
except TypeError as e:
    print('TypeError', e)
try:
    Plain()
except TypeError as e:
    print('TypeError', e)
print(isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt), isinstance(2.5, typing.SupportsFloat))
def func(a: int, b: 'List[str]', c: Optional['Box[int]'] = None) -> Dict[str, int]:
    return {}
print(get_type_hints(func))
print(func.__annotations__['b'], cast(int, 'x'), cast('List[int]', 5), TYPE_CHECKING)
class Node:
    value: int
    next: 'Optional[Node]'
    tags: ClassVar[List[str]] = []
    meta: Annotated[int, 'm']
print(get_type_hints(Node), get_type_hints(Node, include_extras=True)['meta'])
@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return x
print(conv(3), len(typing.get_overloads(conv)))
@final
class Leaf: pass
print(Leaf.__final__, typing.Text is str, typing.AnyStr)
def process(items: Iterable[T]) -> List[T]:
    return list(items)
print(process((1, 2)), process.__annotations__['return'])
