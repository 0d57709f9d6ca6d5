n = 12345678901234567890123456789
print(str(n), repr(n), len(str(n)))
print(format(n, ','), format(n, 'x'), format(n, '_d'))
print(f'{n:>40}|', f'{-n:+}', f'{n:e}')
print(int(str(n) * 2) % 97)
print(n * n, n ** 3)
print(n // 10 ** 10, n % 10 ** 10)
print(float(n), int(float(2 ** 70)))
print(2 ** 1000 % 1000007, len(str(2 ** 1000)))
big = -(10 ** 25) + 1
print(big, abs(big), big // 3, big % 3)
print(round(n, -20), round(123456789, -3))
