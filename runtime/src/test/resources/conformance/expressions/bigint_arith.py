# Big integers well beyond 64 bits.
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b, a - b, a * b)
print(a // 7, a % 7)
print(-a // 7, -a % 7)
print(a // -7, a % -7)
print(divmod(b, 12345678901234567))
print(a.bit_length(), (-a).bit_length())
print(2 ** 64 - 1, -(2 ** 63))
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(9223372036854775807 * 9223372036854775807)
print(abs(-10 ** 30))
print(10 ** 30 == 10 ** 30, 10 ** 30 > 10 ** 29)
print(hash(5) == hash(5.0))
