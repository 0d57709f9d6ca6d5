# complex: literals, constructor, arithmetic with int/float, repr/str, hash, equality.
z = 1 + 2j
print(z, repr(z), str(z), type(z).__name__)
print(1j, 2.5j, 0j, -1j, 1e20j, 1e-5j, 10j * 1j)
print(z.real, z.imag, z.conjugate(), abs(3 + 4j), abs(-5j))
print(complex(), complex(1), complex(1.5, -2), complex(1, 2j), complex(1j, 1j), complex(2j))
for s in ["1+2j", " (3-4j) ", "j", "-j", "+1.5J", "1e3", "-2.5e-3+1e2j", "inf+nanj", "(1)", "  7j  ", "1-j", "-infj"]:
    print(repr(s), "->", complex(s))
for bad in ["", "1+", "j1", "1+2", "(1+2j", "1+2j)", "1 + 2j", "abc", "1jj"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for args in [("1", 2), (1, "2"), (None,), ([],)]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError:", e)

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, b ** 3)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, 2 ** a, a ** b)
print(-a, +a, a == 3 + 4j, a != a, (1 + 0j) == 1, 1.0 == (1 + 0j), 2 == 2j, a == "x")
print(0j ** 0, (1 + 1j) ** 10, (1 + 1j) ** 101, (2 + 0j) ** 0.5, 1j ** 2, (-1) ** 0.5 == 1j)
print(bool(0j), bool(1j), bool(-0.0 + 0j), not 0j)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == 0, hash(1 + 2j), hash(-1 + 0j))
d = {1 + 0j: "complex one", 2.5 + 0j: "complex 2.5"}
print(d[1], d[1.0], d[2.5], {1j: 1, 1j * 1: 2}, len({1 + 0j, 1j, 1j * 1}))
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 1), complex(float("nan"), float("inf")))
print([1j, 2 + 3j], (1j,), {"k": -1j}, f"{1 + 1j}", "%s" % (2j,), format(3j))
x = 1j
x += 1
x *= 2
print(x, isinstance(x, complex), complex is type(x))

for expr in ["(1+1j) // 2", "(1+1j) % 2", "1j < 2j", "1 / 0j", "0j ** -1", "abs(complex(1e308, 1e308))",
             "int(1j)", "float(1j)", "(1e200+1e200j) ** 100", "round(1j)"]:
    try:
        result = {
            "(1+1j) // 2": lambda: (1 + 1j) // 2,
            "(1+1j) % 2": lambda: (1 + 1j) % 2,
            "1j < 2j": lambda: 1j < 2j,
            "1 / 0j": lambda: 1 / 0j,
            "0j ** -1": lambda: 0j ** -1,
            "abs(complex(1e308, 1e308))": lambda: abs(complex(1e308, 1e308)),
            "int(1j)": lambda: int(1j),
            "float(1j)": lambda: float(1j),
            "(1e200+1e200j) ** 100": lambda: (1e200 + 1e200j) ** 100,
            "round(1j)": lambda: round(1j),
        }[expr]()
        print(expr, "=", result)
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)


class Cplx:
    def __complex__(self):
        return 5 - 1j


class Flt:
    def __float__(self):
        return 2.5


class Idx:
    def __index__(self):
        return 7


print(complex(Cplx()), complex(Flt()), complex(Idx()), complex(Flt(), Idx()))
