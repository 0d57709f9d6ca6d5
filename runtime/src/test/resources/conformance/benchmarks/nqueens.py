# N-queens via permutations (pyperformance style) and via backtracking.
from itertools import permutations

def n_queens_perm(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec

def n_queens_bt(n):
    sols = []
    placed = []
    def ok(r, c):
        for pr, pc in enumerate(placed):
            if pc == c or abs(pc - c) == r - pr:
                return False
        return True
    def place(r):
        if r == n:
            sols.append(tuple(placed))
            return
        for c in range(n):
            if ok(r, c):
                placed.append(c)
                place(r + 1)
                placed.pop()
    place(0)
    return sols

sols = list(n_queens_perm(6))
print(len(sols), sols)
print(len(list(n_queens_perm(7))))
for n in range(1, 9):
    print(n, len(n_queens_bt(n)))
print(n_queens_bt(8)[0], n_queens_bt(8)[-1])
