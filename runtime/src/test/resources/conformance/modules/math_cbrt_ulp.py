import math

for v in [0.0, -0.0, 1.0, 8.0, -8.0, 64.0, 125.0, 1000.0, 1e9, math.inf, -math.inf]:
    print(v, repr(math.cbrt(v)))
for v in [0.0, 1.0, 3.0, -2.0, 0.5, 0.1, -3.3, 10.5, 52.25, -1022.5, -1074.0, 0.001, 1023.9]:
    print(v, repr(math.exp2(v)))
for v in [0.0, -0.0, 1.0, 2.0, 10.0, 1e-300, 1e300, 0.1, 3.7, -5.5, 123456.789, 5e-324, 1.7976931348623157e+308]:
    print(v, repr(math.ulp(v)), repr(math.nextafter(v, 0.0)), repr(math.nextafter(v, math.inf)),
          repr(math.nextafter(v, -math.inf)))
print(math.ulp(math.inf), math.ulp(-math.inf), math.isnan(math.ulp(math.nan)), math.nextafter(1.0, 1.0))
print(math.nextafter(0.0, -1.0), math.nextafter(-0.0, 1.0), math.nextafter(math.inf, 0.0))
for x, y in [(10, 3), (11, 3), (-7, 2), (5.5, 2), (1e308, 3.3), (3, math.inf), (-0.0, 1), (7.5, -2.5),
             (6, 4), (-6, 4), (2.5, 1), (3.5, 1), (1e-310, 3e-310)]:
    print(x, y, repr(math.remainder(x, y)))
print(math.isnan(math.remainder(math.nan, 1)), math.isnan(math.remainder(1, math.nan)))
for bad in [lambda: math.remainder(1, 0), lambda: math.remainder(math.inf, 2), lambda: math.exp2(1024),
            lambda: math.cbrt('x'), lambda: math.nextafter(1.0)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__)
