# Mandelbrot set as ASCII art using floats only.
def mandel(w, h, iters):
    out = []
    count = 0
    for j in range(h):
        y = -1.2 + 2.4 * j / (h - 1)
        row = []
        for i in range(w):
            x = -2.1 + 3.0 * i / (w - 1)
            zr = zi = 0.0
            k = 0
            while k < iters and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + x, 2 * zr * zi + y
                k += 1
            if k == iters:
                count += 1
            row.append(' .,:;ox%#@'[k * 9 // iters])
        out.append(''.join(row))
    return out, count

art, inside = mandel(60, 24, 50)
print('\n'.join(art))
print('inside', inside)
