from abc import ABC, ABCMeta, abstractmethod, abstractproperty, update_abstractmethods, get_cache_token
import abc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return '%s area=%s perimeter=%s' % (type(self).__name__, self.area(), self.perimeter())

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s

class Half(Shape):
    def area(self): return 0

for cls in (Shape, Half, Square):
    try:
        print(cls(3).describe() if cls is Square else cls())
    except TypeError as e:
        print('TypeError:', e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)

class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
class Q(P):
    @property
    def name(self): return 'q'
    @classmethod
    def make(cls): return cls()
print(sorted(P.__abstractmethods__), Q.make().name)
try: P()
except TypeError as e: print('TypeError:', e)

class Meta(ABCMeta): pass
class Base(metaclass=Meta):
    @abstractmethod
    def run(self): pass
print(type(Base).__name__, isinstance(Base, ABCMeta))

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented
class L:
    def __len__(self): return 0
print(issubclass(L, Sized), isinstance(L(), Sized), isinstance(3, Sized), issubclass(Square, Sized))

class Animal(ABC): pass
class Dog: pass
class Puppy(Dog): pass
t0 = get_cache_token()
print(issubclass(Dog, Animal), isinstance(Dog(), Animal))
print(Animal.register(Dog) is Dog, get_cache_token() != t0)
print(issubclass(Dog, Animal), isinstance(Puppy(), Animal), issubclass(int, Animal), Animal in Dog.__mro__)
@Animal.register
class Cat: pass
print(isinstance(Cat(), Animal))
class Mammal(Animal): pass
Mammal.register(tuple)
print(issubclass(tuple, Animal), issubclass(tuple, Mammal), isinstance((1,), Animal), issubclass(list, Mammal))
try: Animal.register(3)
except TypeError as e: print('TypeError:', e)
try: Dog.register if False else Mammal.register(Animal)
except RuntimeError as e: print('RuntimeError:', e)
try: issubclass(3, Animal)
except TypeError as e: print('TypeError:', e)

class Later(ABC):
    @abstractmethod
    def f(self): ...
Later.f = lambda self: 'now concrete'
update_abstractmethods(Later)
print(Later().f(), Later.__abstractmethods__)
class Empty(ABC): pass
print(type(Empty()).__name__, Empty.__abstractmethods__)
def g(): pass
print(abstractmethod(g) is g, g.__isabstractmethod__)
class NoABC:
    @abstractmethod
    def f(self): pass
print(type(NoABC()).__name__)
