print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-10 ** 20))
print(round(2.5), round(3.5), round(-1.5), round(0.125, 2), round(0.375, 2))
print(round(123.456, 1), round(123.456, -1), round(5, 2), round(-7.777, 1), round(1e300))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1, 3.0))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(3, 4, 5), pow(-3, 3, 7), pow(7, -1, 13))
print(pow(10, 20), pow(0.5, 2), 2 ** 0.5 == pow(2, 0.5))
class Abs:
    def __abs__(self): return 'custom abs'
print(abs(Abs()))
class Rnd:
    def __round__(self, n=None): return f'round {n}'
print(round(Rnd()), round(Rnd(), 3))
