print(type(1), type('s'), type([]), type(None), type(type))
print(type(1).__name__, type(len).__name__, type(lambda: 0).__name__)
class A: pass
a = A()
print(type(a) is A, type(A) is type, type(a).__name__, A.__class__.__name__)
o = object()
print(type(o).__name__, isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__name__, object.__bases__, int.__bases__, bool.__bases__[0].__name__)
Dyn = type('Dyn', (A,), {'greet': lambda self: 'hi from ' + type(self).__name__})
print(Dyn().greet(), Dyn.__bases__[0] is A, isinstance(Dyn(), A))
print(type(3) == int, type(True) == int, type(True) is bool)
print(str(type(a)).endswith(".A'>"), str(int))
