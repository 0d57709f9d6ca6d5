vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.0, 1e-5, 1e-4,
        3.141592653589793, 2.0 ** 0.5, 1 / 3, 2 / 3, 100.0, 1e22, 1e-7, 5e-324,
        1.7976931348623157e308, 0.30000000000000004, 12345678901234567890.0]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'))
print(-float('inf'), float('inf') * 0 != float('inf') * 0)
print(1.0 == 1, 0.5.as_integer_ratio(), (2.5).is_integer(), 3.0.is_integer())
print(float('  1.5  '), float('1e3'), float('-0'))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2))
print(int(3.9), int(-3.9), int(1e20))
