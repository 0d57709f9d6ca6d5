import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(144), math.isqrt(10 ** 20 + 1), math.pow(2, 0.5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), type(math.floor(2.5)).__name__)
print(math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), round(math.cos(math.pi), 12))
print(math.atan2(1, 1), math.asin(1), math.acos(1), math.atan(1), math.hypot(3, 4))
print(math.degrees(math.pi), math.radians(180), math.fabs(-3), math.copysign(2, -0.0))
print(math.factorial(20), math.factorial(30), math.gcd(48, 180), math.gcd(0, 5), math.lcm(4, 6))
print(math.comb(10, 3), math.perm(5, 2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(1e308 * 10), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError', e)
try:
    math.log(0)
except ValueError as e:
    print('ValueError', e)
print(math.cosh(0), math.sinh(0), math.tanh(0), math.erf(0), math.gamma(5), math.lgamma(1))
