# Chaos-game fractals with a seeded Mersenne Twister; prints ASCII art and checksums.
import random

def chaos(vertices, ratio, n, w, h, seed):
    rng = random.Random(seed)
    grid = [[0] * w for _ in range(h)]
    x, y = 0.5, 0.5
    for i in range(n):
        vx, vy = rng.choice(vertices)
        x += (vx - x) * ratio
        y += (vy - y) * ratio
        if i > 20:
            gx = min(w - 1, int(x * w))
            gy = min(h - 1, int(y * h))
            grid[gy][gx] += 1
    return grid

def checksum(grid):
    s = 0
    for row in grid:
        for v in row:
            s = (s * 131 + v) % 2147483647
    return s

tri = chaos([(0.0, 1.0), (1.0, 1.0), (0.5, 0.0)], 0.5, 20000, 48, 24, 1234)
for row in tri:
    print(''.join('#' if v > 8 else '+' if v > 2 else '.' if v else ' ' for v in row))
print('triangle', checksum(tri), sum(map(sum, tri)))
carpet_pts = [(x / 2, y / 2) for x in range(3) for y in range(3) if (x, y) != (1, 1)]
carpet = chaos(carpet_pts, 2 / 3, 20000, 27, 27, 99)
print('carpet', checksum(carpet), sum(1 for row in carpet for v in row if v == 0))
