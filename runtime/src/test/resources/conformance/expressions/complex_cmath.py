# cmath basics and complex values in patterns, containers and formatting.
import cmath

for z in [4, -4, 2j, -2j, 3 + 4j, -3 - 4j, 1e-320 + 1e-320j, 0j, complex(-0.0, -0.0), 1e300 + 1e300j, 0.5 - 0.25j]:
    print("sqrt", z, cmath.sqrt(z))
for z in [0, 1, 1j, -1, 2 + 3j, -1.5 + 0.5j, complex(0, cmath.pi)]:
    r = cmath.exp(z)
    print("exp", z, round(r.real, 12), round(r.imag, 12))
for z in [1, -1, 1j, 10, 2 + 2j, 1e-300, 0.9 + 0.3j, 1e308 + 1e308j]:
    print("log", z, cmath.log(z), cmath.log10(z))
print(cmath.log(8, 2), cmath.log(100j, 10))
for z in [1, -1, 1j, -1j, 3 + 4j, -0.0, complex(-1, -0.0), complex(-1, 0.0)]:
    print("phase/polar", z, cmath.phase(z), cmath.polar(z))
print(cmath.rect(2, 0), cmath.rect(1, cmath.pi / 2).real < 1e-15, cmath.rect(3, -0.5))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.isclose(1, 1 + 1e-8j, rel_tol=1e-7), cmath.isfinite(1 + 1j), cmath.isinf(complex("inf")), cmath.isnan(cmath.nanj))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
for bad in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.sqrt("x"), lambda: cmath.isclose(1, 2, rel_tol=-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)


class C:
    def __complex__(self):
        return 2j


print(cmath.sqrt(C()), cmath.phase(C()))


def kind(v):
    match v:
        case 0j:
            return "zero"
        case 1 + 2j:
            return "one plus two j"
        case -1 - 1j:
            return "minus one minus j"
        case 3j:
            return "three j"
        case complex(real=r, imag=0.0):
            return f"real-valued complex {r}"
        case complex() as z:
            return f"some complex {z}"
        case _:
            return "not complex"


for v in [0, 0j, 1 + 2j, complex(-1, -1), 3j, 5 + 0j, 2 - 2j, 0.0, "x"]:
    print(repr(v), "->", kind(v))

values = sorted([3 + 4j, 1j, -2 + 0j, 0.5 - 0.5j], key=abs)
print(values, sum([1j, 2, 3.5 + 1j]), max([1 + 1j, 3j], key=lambda z: z.imag))
print([z.conjugate() for z in values], {z.imag for z in values})
