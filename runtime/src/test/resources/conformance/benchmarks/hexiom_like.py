# A small exhaustive puzzle solver (pyperformance hexiom/sudoku flavour): 4x4 sudoku and magic squares.
from itertools import permutations

def solve_sudoku(grid):
    n = 4
    for idx in range(16):
        if grid[idx] == 0:
            r, c = divmod(idx, n)
            for v in range(1, 5):
                br, bc = r // 2 * 2, c // 2 * 2
                if any(grid[r * n + k] == v for k in range(n)):
                    continue
                if any(grid[k * n + c] == v for k in range(n)):
                    continue
                if any(grid[(br + a) * n + bc + b] == v for a in range(2) for b in range(2)):
                    continue
                grid[idx] = v
                if solve_sudoku(grid):
                    return True
                grid[idx] = 0
            return False
    return True

g = [1, 0, 0, 0,
     0, 0, 3, 0,
     0, 4, 0, 0,
     0, 0, 0, 2]
print(solve_sudoku(g))
for r in range(4):
    print(g[r * 4:r * 4 + 4])

def magic_squares():
    found = []
    for rest in permutations([1, 2, 3, 4, 6, 7, 8, 9]):
        p = rest[:4] + (5,) + rest[4:]
        rows = [p[0:3], p[3:6], p[6:9]]
        if all(sum(r) == 15 for r in rows) and all(p[c] + p[c + 3] + p[c + 6] == 15 for c in range(3)) \
                and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
            found.append(p)
    return found
ms = magic_squares()
print(len(ms), ms[0], ms[-1])
