# A small ray tracer: spheres, a plane, diffuse + specular lighting, reflections; prints a checksum.
import math

class Vec:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def __mul__(self, k): return Vec(self.x * k, self.y * k, self.z * k)
    __rmul__ = __mul__
    def dot(self, o): return self.x * o.x + self.y * o.y + self.z * o.z
    def norm(self):
        m = math.sqrt(self.dot(self))
        return Vec(self.x / m, self.y / m, self.z / m)
    def mul(self, o): return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

class Sphere:
    def __init__(self, c, r, color, refl):
        self.c, self.r, self.color, self.refl = c, r, color, refl
    def hit(self, orig, d):
        oc = orig - self.c
        b = oc.dot(d)
        c = oc.dot(oc) - self.r * self.r
        disc = b * b - c
        if disc < 0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t < 1e-6:
            t = -b + s
        return t if t > 1e-6 else None
    def normal(self, p):
        return (p - self.c).norm()

class Plane:
    def __init__(self, p, n, refl):
        self.p, self.n, self.refl = p, n, refl
    def hit(self, orig, d):
        denom = d.dot(self.n)
        if abs(denom) < 1e-9:
            return None
        t = (self.p - orig).dot(self.n) / denom
        return t if t > 1e-6 else None
    def normal(self, p):
        return self.n
    def color_at(self, p):
        return Vec(1, 1, 1) if (math.floor(p.x) + math.floor(p.z)) % 2 == 0 else Vec(0.2, 0.2, 0.2)

SCENE = [Sphere(Vec(0, 1, 3), 1, Vec(1, 0.2, 0.2), 0.3),
         Sphere(Vec(-2, 0.7, 4), 0.7, Vec(0.2, 1, 0.2), 0.1),
         Sphere(Vec(2, 0.5, 2.5), 0.5, Vec(0.2, 0.2, 1), 0.5),
         Plane(Vec(0, 0, 0), Vec(0, 1, 0), 0.2)]
LIGHT = Vec(-5, 10, -5)

def trace(orig, d, depth):
    best = None
    best_t = 1e30
    for obj in SCENE:
        t = obj.hit(orig, d)
        if t is not None and t < best_t:
            best, best_t = obj, t
    if best is None:
        return Vec(0.1, 0.1, 0.15)
    p = orig + d * best_t
    n = best.normal(p)
    base = best.color_at(p) if isinstance(best, Plane) else best.color
    to_light = (LIGHT - p).norm()
    shadow = any(o.hit(p, to_light) is not None for o in SCENE if o is not best)
    diff = 0.0 if shadow else max(0.0, n.dot(to_light))
    half = (to_light - d).norm()
    spec = 0.0 if shadow else max(0.0, n.dot(half)) ** 32
    col = base * (0.1 + 0.8 * diff) + Vec(1, 1, 1) * (0.5 * spec)
    if depth < 2 and best.refl > 0:
        r = d - n * (2 * d.dot(n))
        col = col * (1 - best.refl) + trace(p, r.norm(), depth + 1) * best.refl
    return col

def render(w, h):
    eye = Vec(0, 1.5, -3)
    rows = []
    total = 0
    for j in range(h):
        row = []
        for i in range(w):
            x = (i - w / 2) / w * 2
            y = -(j - h / 2) / h * 1.5
            d = Vec(x, y, 1.5).norm()
            c = trace(eye, d, 0)
            v = [min(255, int(255 * max(0.0, comp))) for comp in (c.x, c.y, c.z)]
            total = (total * 31 + v[0] * 65536 + v[1] * 256 + v[2]) % 1000000007
            row.append(' .:-=+*#%@'[min(9, sum(v) * 10 // 766)])
        rows.append(''.join(row))
    return rows, total

rows, checksum = render(40, 20)
for r in rows:
    print(r)
print('checksum', checksum)
