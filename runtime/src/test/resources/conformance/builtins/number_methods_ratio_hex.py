import math
print((7).as_integer_ratio(), (-12).as_integer_ratio(), (10**30).as_integer_ratio())
print((0).bit_count(), (255).bit_count(), (-5).bit_count(), (2**100 - 1).bit_count())
for v in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1/3, float('inf'), float('-inf'), float('nan')]:
    print(repr(v), v.hex(), v.is_integer())
    if v == v:
        assert float.fromhex(v.hex()) == v
for v in [0.5, -0.25, 3.0, 0.1, 1e-310]:
    print(v.as_integer_ratio())
for s in ['0x1.8p1', '-0x1p-2', '0X.8P+4', '1', 'a', ' 0xffp0 ', '0x1.fffffffffffff8p1023', 'inf', '-Infinity', 'nan',
          '0x1p-1080', '0x1.0000000000000800001p0', '0x3.p0', '0x1p99999999999', '0x0p99999999999', '0x1p-99999999999']:
    try:
        print(s, float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(s, type(e).__name__, e)
for s in ['', 'x', '0x', '0x1q', '1.2.3', '0x1p']:
    try:
        print(float.fromhex(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
try:
    float.fromhex(5)
except TypeError as e:
    print('TypeError')

class T:
    def __trunc__(self): return 3
    def __floor__(self): return 4
    def __ceil__(self): return 5
    def __round__(self, n=None): return ('round', n)
t = T()
print(math.trunc(t), math.floor(t), math.ceil(t), round(t), round(t, 2))
print(math.trunc(-2.7), math.trunc(2.7), math.floor(-2.5), math.ceil(-2.5), math.trunc(10**20))
class N: pass
for fn in (math.trunc, round):
    try:
        fn(N())
    except TypeError as e:
        print('TypeError', e)
print((3.0).is_integer(), (3.5).is_integer(), float('inf').is_integer())
