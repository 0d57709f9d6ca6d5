def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        print('init config', v)
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v)
def auto_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
@auto_repr
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
print(Item('apple', 3), [Item('b', 0)])
T = type('T', (object,), {'x': 5, 'double': lambda self: self.x * 2})
print(T().double(), T.__name__, type(T) is type)
class WithNew:
    def __new__(cls, v):
        print('new', cls.__name__)
        inst = super().__new__(cls)
        inst.created = v
        return inst
    def __init__(self, v):
        print('init', v)
w = WithNew(9)
print(w.created)
