import math
def newton_sqrt(x):
    g = x / 2.0
    for _ in range(60):
        g = (g + x / g) / 2
    return g
for v in (2, 10, 12345):
    print(v, round(newton_sqrt(v), 9), round(math.sqrt(v), 9))
def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3
print(round(simpson(math.sin, 0, math.pi), 10))
print(round(simpson(lambda x: x * x, 0, 3), 10))
print([round(math.sin(math.radians(d)), 6) for d in range(0, 361, 45)])
print(math.floor(1e300) > 0, math.ceil(0.1), math.floor(-0.1))
