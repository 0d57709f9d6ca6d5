import numbers
from fractions import Fraction
vals = [1, True, 2.5, Fraction(1, 3), 'x', None, [1]]
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, [isinstance(v, cls) for v in vals])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), issubclass(Fraction, numbers.Real))
print(sorted(numbers.Integral.__abstractmethods__)[:6], len(numbers.Complex.__abstractmethods__))
try:
    numbers.Real()
except TypeError as e:
    print('TypeError:', str(e)[:60])
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return 'MyInt(%d)' % self.v
for name in numbers.Integral.__abstractmethods__:
    if name not in MyInt.__dict__:
        setattr(MyInt, name, lambda self, *a: NotImplemented)
import abc
abc.update_abstractmethods(MyInt)
m = MyInt(7)
print(m, isinstance(m, numbers.Number), m.numerator, m.denominator, float(m), m.__index__())
def describe(x):
    if isinstance(x, numbers.Integral): return 'integral'
    if isinstance(x, numbers.Rational): return 'rational'
    if isinstance(x, numbers.Real): return 'real'
    if isinstance(x, numbers.Complex): return 'complex'
    return 'not a number'
print([describe(v) for v in vals])
