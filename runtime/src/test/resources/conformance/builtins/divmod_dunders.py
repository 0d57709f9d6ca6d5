# divmod() uses a class's __divmod__ / __rdivmod__, and a float zero divisor names divmod.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __divmod__(self, parts):
        if not isinstance(parts, int):
            return NotImplemented
        q, r = divmod(self.cents, parts)
        return Money(q), Money(r)

    def __rdivmod__(self, other):
        return ('rdivmod', other, self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


print(divmod(Money(1001), 3), divmod(7, Money(2)), divmod(Money(10), 4))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(2**70, 10**9), divmod(-1.0, 3))
for x, y in [(1.0, 0), (1, 0.0), (0.0, 0.0), (5, False), (1.5, 0)]:
    try:
        divmod(x, y)
    except ZeroDivisionError as e:
        print(type(x).__name__, type(y).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
