class Animal:
    kind = 'animal'
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f'{self.name} makes a sound'
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return f'{self.name} barks'
class Puppy(Dog):
    def speak(self):
        return super().speak() + ' softly'
for a in (Animal('generic'), Dog('rex'), Puppy('bit')):
    print(type(a).__name__, a.kind, a.speak())
print(Animal.count, Dog.count)
print(Puppy.__mro__ == (Puppy, Dog, Animal, object))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Dog.__name__, Dog.__qualname__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Empty:
    pass
print(Empty.decorated, Empty().__class__ is Empty)
class WithBody:
    x = 1
    y = x + 1
    items = [i * 3 for i in range(3)]
print(WithBody.y, WithBody.items)
