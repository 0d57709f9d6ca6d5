# Negative int and float literals are folded into constants at compile time (CPython's AST
# optimizer does the same): values, types, defaults and constant tuples must not change.
print(-1.5, -0.0, -0, -5, -(5), -9223372036854775808, type(-9223372036854775808), -99999999999999999999999)
print((-1, 2.5, -3.0), -True, -(-2), - -3)
x = [-1e308 * 10, -2**63, -1 ** 2]
print(x)
import math
print(math.copysign(1, -0.0))
def f(a=-1, b=(-2, -3)): return a, b
print(f(), f.__defaults__)
print({-1: 'a'}[-1])
print(-1 .bit_length(), (-1).bit_length())
