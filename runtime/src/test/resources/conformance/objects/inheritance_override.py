class Shape:
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f'{type(self).__name__} with area {self.area():.2f}'
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for s in [Rect(2, 3), Square(4), Circle(1)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
print(isinstance(Square(1), Rect), issubclass(Circle, Rect))
class Mixin:
    def hello(self):
        return 'mixin hello from ' + type(self).__name__
class Both(Mixin, Square):
    pass
b = Both(2)
print(b.hello(), b.area(), [c.__name__ for c in Both.__mro__])
