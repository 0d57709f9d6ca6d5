from fractions import Fraction as F
import math
for s in ['1_000', ' 3 / 4 ', '1.5e3', '.5', '5.', '1_0.2_5', '1.5E-2', '-  3', '+7/-2', '1e', '', '1__0', '_1', '1.2_', '\t-0.25\n', '3/4.0', '1.5/2', 'inf', '1 2', '-7/21', '+0.000']:
    try: print(repr(s), repr(F(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
print(F(1.5), F(-0.1), F(3, -6), F(F(1, 2), F(3, 4)), F(), F(7), F(True), F(-4, 6))
for a in [(1, '2'), (1.5, 2), ('1', 2), ([1],), (1, 0), (float('nan'),), (float('inf'),)]:
    try: F(*a)
    except Exception as e: print(type(e).__name__, e)
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), -a, +a, abs(-b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % b, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 / b, b ** 2, b ** -2, F(-2, 3) ** -3, 2 ** F(2), 4 ** F(1, 2), b ** 0.5, F(4) ** F(1, 2))
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, 2 == F(2), a != b, F(1, 2) == 'x')
print(a < b, a <= b, a > 0.3, a >= 1, 0.3 < a, F(1, 2) < float('inf'), F(1, 2) > float('-inf'), F(1,2) < float('nan'), F(1,2) == float('nan'))
print(sorted([F(1, 2), 0.25, 1, F(-1, 3), 0]))
for v in [F(1, 2), F(-1, 2), F(3), F(-7, 3), F(22, 7), F(10**20, 3), F(1, 10**30 + 7), F(-1, 1), F(2**61 - 1, 3), F(1, 2**61 - 1)]:
    print(repr(v), hash(v), float(v), int(v), math.floor(v), math.ceil(v), round(v), bool(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), {F(1, 2): 'x'}[0.5])
for v in [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1234567, 1000)]:
    print(round(v), round(v, 1), round(v, 2), round(v, -1), round(v, 0))
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100), F(3.14159).limit_denominator(10), F(1, 3).limit_denominator(5), F('3.1415926535897932').limit_denominator(1000))
print(F(127, 256).limit_denominator(16), F(-127, 256).limit_denominator(16), F(1, 2).limit_denominator(1))
try: F(1, 2).limit_denominator(0)
except ValueError as e: print('ValueError', e)
print(F.from_float(0.25), F.from_float(3), F(3, 4).as_integer_ratio(), F(6, 4).numerator, F(6, 4).denominator)
try: F.from_float('x')
except TypeError as e: print('TypeError', e)
for bad in [lambda: F(1, 2) / 0, lambda: F(0) ** -1, lambda: 1 / F(0), lambda: F(1) // 0, lambda: F(1, 2) + 'a', lambda: F(1) < 'a']:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(sum([F(1, n) for n in range(1, 11)]), max(F(1, 3), F(2, 7)), str(F(-3, 1)), repr(F(0, 5)))
class G(F): pass
print(repr(G(1, 2)), type(G(1,2) + 1).__name__)
print(F(1, 3) + F(1, 6) == F(1, 2), isinstance(F(1, 2) + 1.0, float), F(10, 4).real, F(3).imag)
