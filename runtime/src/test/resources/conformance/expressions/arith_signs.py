pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 3 ** 2, (-8) ** (1 / 3) if False else 'skip')
print(10 / 4, 10 // 4, 9 / 3, type(9 / 3).__name__)
print(-0.0 % 5, 5 % -0.5 if False else 1)
print(3 * 'ab', [0] * 3, (1, 2) * 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 * 3 % 4, -3 ** 2)
print(17 & 5 | 2 ^ 8, 1 << 2 + 1, ~5 + 1)
