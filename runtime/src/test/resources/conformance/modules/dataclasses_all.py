from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass, MISSING
import dataclasses
from typing import ClassVar, List, Optional

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.__match_args__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(Point)[1].default, Point.y, Point.__doc__)
print(hash(Point.__hash__) if Point.__hash__ else 'unhashable', Point.__dataclass_params__)
try: hash(p)
except TypeError as e: print('TypeError', e)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try: bad()
    except TypeError as e: print('TypeError', e)

@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    _cache: dict = field(default_factory=dict, repr=False, compare=False)
    secret: str = field(default='s', repr=False)
    total: float = field(init=False)
    count: ClassVar[int] = 0
    def __post_init__(self):
        self.total = self.unit_price * self.quantity
        Inventory.count += 1
a = Inventory('widget', 2.5, 4)
b = Inventory('widget', 2.5, 4, ['x'])
a.tags.append('new')
print(a, b, a.tags is b.tags, Inventory.count, a.total, a == Inventory('widget', 2.5, 4, ['new']))
print([f.name for f in fields(Inventory)], 'count' in Inventory.__dataclass_fields__)
print(asdict(a), astuple(b))
print(replace(a, quantity=10), replace(a, quantity=10).total)
try: replace(a, total=1.0)
except ValueError as e: print('ValueError', e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = field(default=0, compare=False)
vs = [Version(1, 2), Version(0, 9), Version(1, 0, 5), Version(1, 2, 1)]
print(sorted(vs), Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 2, 3) == Version(1, 2, 4))
print(hash(Version(1, 2)) == hash(Version(1, 2, 9)), len({Version(1), Version(1), Version(2)}))
v = Version(1)
for act in [lambda: setattr(v, 'major', 2), lambda: delattr(v, 'minor'), lambda: setattr(v, 'other', 1)]:
    try: act()
    except FrozenInstanceError as e: print('FrozenInstanceError', e, isinstance(e, AttributeError))
try: Version(1) < (1, 0)
except TypeError as e: print('TypeError', e)

@dataclass(unsafe_hash=True)
class Key:
    k: str
    n: int = field(default=1, hash=False)
print(hash(Key('a', 1)) == hash(Key('a', 2)), Key('a') in {Key('a'): 1})

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), hash(Ident(1)) != 0)

@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Derived(Base):
    c: float = 1.0
    a: int = 10
print(Derived(), Derived(1, 'x', 2.0), [f.name for f in fields(Derived)])

@dataclass
class Ops:
    x: int
    def __repr__(self): return 'custom'
    def __eq__(self, o): return True
print(Ops(1), Ops(1) == Ops(2), Ops.__hash__)

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(KW(a=1), Mixed(1, b=2), Mixed.__match_args__)
try: KW(1)
except TypeError as e: print('TypeError', e)

@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 5
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: Optional['Node'] = None
root = Node(1)
root.children.append(Node(2, parent=None))
print(root, asdict(root))

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=3))], namespace={'total': lambda self: self.a + self.b + self.c})
c = C(1, 2)
print(c, c.total(), [f.type for f in fields(C)])
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(3))
for bad in [lambda: fields(3), lambda: asdict(Point), lambda: astuple([1]), lambda: replace(3), lambda: field(default=1, default_factory=list)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
errors = {}
try:
    @dataclass
    class Bad1:
        x: int = 0
        y: int
except TypeError as e: print('TypeError', e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e: print('ValueError', e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        x: int
except ValueError as e: print('ValueError', e)
try:
    @dataclass(order=True)
    class Bad4:
        x: int
        def __lt__(self, o): return True
except TypeError as e: print('TypeError', e)
try:
    @dataclass(frozen=True)
    class Bad5(Base):
        z: int = 0
except TypeError as e: print('TypeError', e)
try:
    @dataclass
    class Bad6(Version):
        z: int = 0
except TypeError as e: print('TypeError', e)
try:
    @dataclass
    class Bad7:
        x = field(default=1)
except TypeError as e: print('TypeError', e)
@dataclass
class Recur:
    me: object = None
r = Recur(); r.me = r
print(r)
print(repr(fields(Point)[0]).replace(repr(MISSING), 'MISSING'))
print(dataclasses.fields(Inventory)[4].metadata, field(metadata={'unit': 'cm'}).metadata['unit'])
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty))
