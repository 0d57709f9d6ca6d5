# Conway's game of life on a torus, with a glider and a blinker.
def step(cells, w, h):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % w, (y + dy) % h)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def show(cells, w, h):
    for y in range(h):
        print(''.join('#' if (x, y) in cells else '.' for x in range(w)))
W, H = 12, 8
cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (8, 4), (9, 4), (10, 4)}
for gen in range(4):
    print('generation', gen, 'alive', len(cells))
    show(cells, W, H)
    cells = step(cells, W, H)
for _ in range(40):
    cells = step(cells, W, H)
print('after 44:', len(cells), sorted(cells))
