from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.BLUE._name_, type(Color.RED), isinstance(Color.RED, Color), repr(Color), Color.__members__)
print(format(Color.RED), f'{Color.GREEN}', f'{Color.GREEN:>12}|', str(Color.BLUE), list(reversed(Color)), Color.RED in Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: 'r'}[Color.CRIMSON])
print(sorted(Color.__members__), [m.name for m in Color], Color.__members__['CRIMSON'])
for bad in [lambda: Color(7), lambda: Color['X'], lambda: Color.RED < Color.GREEN, lambda: setattr(Color, 'RED', 5),
            lambda: delattr(Color, 'RED'), lambda: 1 in Color, lambda: Color('RED')]:
    try:
        bad()
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print('TypeError', e)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print('ValueError', e)

class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = auto()
    def describe(self):
        return '%s has value %d' % (self.name.lower(), self.value)
    @classmethod
    def default(cls):
        return cls.CIRCLE
    @property
    def double(self):
        return self.value * 2
print(list(Shape), Shape.CIRCLE.describe(), Shape.default(), Shape.TRIANGLE.double)

class Mixed(Enum):
    A = 'x'
    B = 10
    C = auto()
print(list(Mixed))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY, Coord.PY.label, Coord(0), Coord.PX.value)

class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
print(repr(Number.ONE), str(Number.ONE), Number.ONE + 1, Number.TWO * 3, Number.ONE == 1, Number(2), format(Number.THREE), f'{Number.TWO:03d}')
print(Number.ONE < Number.TWO, sorted([Number.THREE, Number.ONE]), isinstance(Number.ONE, int), int(Number.THREE), [1, 2, 3][Number.ONE], max(Number))

class Method(StrEnum):
    GET = auto()
    POST = 'post'
    Custom = auto()
print(repr(Method.GET), str(Method.GET), Method.GET == 'get', Method.POST.upper(), f'{Method.Custom}', Method('post'), list(Method))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError', e)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
rw = Perm.R | Perm.W
print(repr(rw), str(rw), repr(Perm(0)), str(Perm(0)), list(rw), repr(~Perm.R), Perm.R in rw, Perm.X in rw, bool(Perm(0)), len(rw))
print(repr(Perm.RWX), list(Perm), repr(Perm(7)), repr(rw & Perm.W), repr(rw ^ Perm.R), Perm(6) is rw, repr(Perm.RWX & ~Perm.W))
try:
    Perm(8)
except ValueError as e:
    print('ValueError', repr(str(e)))

class Access(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
print([m.value for m in Access], repr(Access.READ | Access.EXEC))

class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IPerm.R | IPerm.W), str(IPerm.R | IPerm.W), IPerm.R | 8, repr(IPerm.R | 8), repr(~IPerm.R), format(IPerm.R), IPerm.R + 1, IPerm(3) == 3)

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.BEE.value, repr(Animal))
Pets = Enum('Pets', [('CAT', 'meow'), ('DOG', 'woof')])
print(list(Pets), Pets('woof'))
Levels = IntEnum('Levels', ['LOW', 'HIGH'], start=10)
print(list(Levels), Levels.HIGH + 0)
Dir = Enum('Dir', {'N': 0, 'S': 180})
print(list(Dir))

class Status(Enum):
    ACTIVE = 1
    INACTIVE = 0
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Status('active'), Status(0))
try:
    Status(5)
except ValueError as e:
    print('ValueError', e)

class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    _ignore_ = ['helper']
    helper = 5
    def is_weekend(self):
        return False
print(list(Weekday), hasattr(Weekday, 'helper'))
print(enum.EnumMeta is enum.EnumType, type(Color).__name__, issubclass(IntEnum, Enum), Color.RED.__class__.__name__)
counts = {}
for c in [Color.RED, Color.GREEN, Color.RED, Color.CRIMSON]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
