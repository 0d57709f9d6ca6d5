# complex: dunder methods, 3-argument pow, copy, underscores in strings, keyword arguments.
import copy
tests = [
    lambda: pow(1j, 2, 3), lambda: (1j).__add__(1), lambda: (1j).__radd__(2.5),
    lambda: (1j).__mul__("x"), lambda: complex.__truediv__(1 + 1j, 2), lambda: (2j).__rpow__(2),
    lambda: copy.copy(1 + 2j), lambda: copy.deepcopy([1j]), lambda: 1j.__eq__(1j), lambda: (1j).__ne__(0),
    lambda: sorted([3j, 1j], key=lambda z: z.imag), lambda: [1j] * 2, lambda: 1j in [0, 1j],
    lambda: {1j: "a"}.get(1j), lambda: str(-1j), lambda: repr(complex(1, -0.0)), lambda: complex("1_000j"),
    lambda: (1 + 2j).__getnewargs__(), lambda: hash(complex(float("inf"), 0)), lambda: complex(True, False),
    lambda: 1j ** 1j, lambda: (-8) ** (1 / 3), lambda: 2.0 ** 0.5j, lambda: abs(-0j), lambda: 0j == False,
    lambda: complex(" 1 "), lambda: complex("\t(2+1j)\n"), lambda: complex(real=1, imag=2), lambda: complex(imag=3),
    lambda: complex(1, 2, 3), lambda: complex(x=1), lambda: -(0j), lambda: 1j.imag.is_integer(),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
