class Desc:
    def __get__(self, obj, owner):
        return 'data descriptor' if obj is not None else 'from class'
    def __set__(self, obj, value):
        obj.__dict__['_stored'] = value
class NonData:
    def __get__(self, obj, owner):
        return 'non-data descriptor'
class C:
    d = Desc()
    n = NonData()
    plain = 'class value'
c = C()
c.__dict__['d'] = 'instance dict d'
c.__dict__['n'] = 'instance dict n'
print(c.d, '|', c.n, '|', C.d)
c.d = 5
print(c.__dict__['_stored'], c.plain)
c.plain = 'instance value'
print(c.plain, C.plain)
del c.plain
print(c.plain)
class Base:
    x = 'base x'
    def who(self): return 'Base.who'
class Mid(Base):
    pass
class Leaf(Mid):
    x = 'leaf x'
print(Leaf().x, Mid().x, Leaf().who(), Leaf.who is Base.who)
Base.y = 'added later'
print(Leaf().y, hasattr(Mid, 'y'))
print(type(c).__dict__['plain'], 'plain' in vars(c))
