def trace(fn):
    def wrapper(*args, **kwargs):
        print('->', fn.__name__, args)
        r = fn(*args, **kwargs)
        print('<-', fn.__name__, r)
        return r
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b

@repeat(3)
@trace
def hello(name):
    return 'hi ' + name

print(add(2, 3))
print(hello('bob'))
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class Foo: pass
@register
class Bar: pass
print(registry)
def add_attr(cls):
    cls.tag = 'tagged'
    return cls
@add_attr
class Baz: pass
print(Baz.tag)
