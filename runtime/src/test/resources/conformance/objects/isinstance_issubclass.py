class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(3, (str, int)), isinstance(True, int))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance('', str))
print(isinstance(1.0, float), isinstance(1, float), isinstance(None, type(None)))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(A, type), isinstance(type, type), isinstance(object, type), issubclass(type, object))
print(type(b) is B, type(b) == A, type(A).__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
