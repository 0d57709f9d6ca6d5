import math
vals = [7, -7, 7.5, -7.5, 0.1, -0.0, 2**64, -(2**64) + 3, 1e16, 1.5e-7, 123456789.125]
for a in [7, -7, 7.5, -7.5, 2**65 + 1, -(2**65)]:
    for b in [2, -2, 3, -3.5, 2**33]:
        print(a, b, a // b, a % b, divmod(a, b), round(a / b, 3))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 1234.5678, -1234.5678, 1e300, 5e-324]:
    print(repr(x), round(x), round(x, 1), round(x, 2), round(x, -2), repr(round(x, 0)), str(x), f"{x:g}", f"{x:e}", f"{x:.3}")
for n in [0, 5, 15, 25, 150, 250, -250, 12345, 10**20 + 5]:
    print(n, round(n, -1), round(n, -2), round(n, 1), type(round(n, -1)).__name__)
print(repr(1/3), repr(2/3), repr(10/3), 1e22, 1e21, 1e-4, 1e-5, 123456789012345678.0, 0.1 + 0.2, 3 * 1.1)
print(float("1e500"), -float("inf"), float("nan") == float("nan"), math.isnan(float("nan")), 1e308 * 10)
print(2**100, -2**100, 3**50 // 7**20, 3**50 % 7**20, (-3)**51, pow(3, 50, 1000007), pow(-3, 3), pow(2, -2), pow(7, -1, 13))
print(int(2.9), int(-2.9), int(1e20), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), int("-0"), -0.0, 0.0 == -0.0)
print(10**30 / 10**10, 10**30 // 3, (10**30) // -7, -(10**30) % 7, 7 / 2, -7 / 2, 2**0.5, (-8) ** (1/3) if False else 8 ** (1/3))
print(abs(-2**70), hex(2**70), oct(-2**40), bin(-37), (2**70).bit_length(), (-1).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else 8)
print(1 << 100, (1 << 100) >> 98, -1 >> 5, -(2**70) >> 3, ~(2**70), (2**70) & (2**69 + 5), (2**70) | 3, -5 & 0xFF, -5 ^ 3)
print(float(2**53 + 1), int(float(2**53 + 1)), 2**53 + 1 == float(2**53 + 1), 10**400 > 1e308, 1e308 < 10**400)
print((0.1).as_integer_ratio(), (2.5).is_integer(), (7).as_integer_ratio() if hasattr(int, "as_integer_ratio") else None, float.fromhex("0x1.8p1"), (1.5).hex())
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.gcd(12, 18), math.isqrt(10**20 + 1), math.comb(30, 15), math.factorial(25))
print(divmod(-7.5, 2), divmod(7, -2.5), -7.5 % 2, 7 % -2.5, math.fmod(-7.5, 2), (-0.0) % 5, 0.0 % -5)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), (2j) ** 2, complex("1+2j"), 1j.real, repr(-0j), (1 + 0j) / 2)
print(True + True, True * 10, -True, ~False, True / 2, int(True), f"{True:d}", str(True), repr(False), hash(True) == hash(1))
print(hash(1.0) == hash(1), hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**61 + 5), hash(0.5), hash(float("inf")))
for s in ["3.0", "3.14", "1e-10", "1.0e+16", "12345678901234567890.0", "0.000123", "inf"]:
    f = float(s)
    print(s, repr(f), f"{f:,.2f}" if f != float("inf") else "-", f"{f:>12.4g}", "%.3e" % f, "%10.4f" % f)
