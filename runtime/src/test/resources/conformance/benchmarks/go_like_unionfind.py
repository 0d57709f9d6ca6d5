# Union-find over a seeded random grid (pyperformance go flavour): count connected groups.
import random

class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]
        return True

def groups(n, density, seed):
    rng = random.Random(seed)
    board = [[rng.random() < density for _ in range(n)] for _ in range(n)]
    d = DSU(n * n)
    for r in range(n):
        for c in range(n):
            if not board[r][c]:
                continue
            if r + 1 < n and board[r + 1][c]:
                d.union(r * n + c, (r + 1) * n + c)
            if c + 1 < n and board[r][c + 1]:
                d.union(r * n + c, r * n + c + 1)
    roots = {d.find(r * n + c) for r in range(n) for c in range(n) if board[r][c]}
    biggest = max((d.size[x] for x in roots), default=0)
    return len(roots), biggest

for dens in (0.3, 0.5, 0.6):
    print(dens, groups(40, dens, 7))
