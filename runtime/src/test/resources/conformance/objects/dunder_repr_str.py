class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'({self.x}, {self.y})'
p = Point(1, 'a')
print(p)
print(repr(p), str(p))
print([p, p])
print({'k': p})
print('%s %r' % (p, p))
print(f'{p} {p!r}')
class OnlyRepr:
    def __repr__(self):
        return '<OnlyRepr>'
print(OnlyRepr(), str(OnlyRepr()))
class Plain:
    pass
print(str(Plain()).startswith('<__main__.Plain object at '))
