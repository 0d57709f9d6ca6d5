t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], type(t).__name__, bytearray.maketrans(b'a', b'b')[97])
print(b'aabbcc'.translate(t), bytearray(b'abcabc').translate(t), b'hello world'.translate(None, b'lo'))
print(b'abc'.translate(t, b'a'), bytearray(b'xyz').translate(None), type(bytearray(b'a').translate(None)).__name__)
try:
    b'a'.translate(b'short')
except ValueError as e:
    print('ValueError:', e)
try:
    bytes.maketrans(b'ab', b'c')
except ValueError as e:
    print('ValueError:', e)
print(b'abc'.isascii(), b''.isascii(), b'\x7f'.isascii(), b'\x80'.isascii(), bytearray(b'\xffa').isascii())
print((5).real, (5).imag, (5).numerator, (5).denominator, (-3).numerator, True.real, True.denominator)
print((2.5).real, (2.5).imag, (-0.0).imag, (10 ** 30).numerator == 10 ** 30)
print((7).__floor__(), (7).__ceil__(), (7).__trunc__(), (7).__round__(), (1234).__round__(-2), (-1250).__round__(-2))
print(type(True.__floor__()).__name__, True.__trunc__(), (10 ** 25).__ceil__() == 10 ** 25)
import math
print(math.floor(9), math.ceil(-9), math.trunc(12), round(15, -1), round(25, -1))
