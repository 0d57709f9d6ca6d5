class C:
    cls_attr = 'c'
    def __init__(self):
        self.inst = 1
o = C()
print(hasattr(o, 'inst'), hasattr(o, 'cls_attr'), hasattr(o, 'nope'), hasattr(C, 'inst'))
print(getattr(o, 'inst'), getattr(o, 'nope', 'default'), getattr(C, '__name__'))
setattr(o, 'new', [1])
setattr(C, 'added', 'to class')
print(o.new, o.added, C().added)
delattr(o, 'inst')
print(hasattr(o, 'inst'), sorted(vars(o)))
try:
    getattr(o, 'missing')
except AttributeError as e:
    print(e)
print(getattr([], 'append').__name__, getattr('x', 'upper')())
print(sorted(k for k in vars(C) if not k.startswith('__')))
def f(): pass
f.custom = 'function attribute'
print(vars(f), getattr(f, 'custom'))
