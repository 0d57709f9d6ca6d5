# Matrix operations on lists of lists: multiply, transpose, determinant, inverse with fractions-free ints.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(n))
def matpow(m, k):
    r = identity(len(m))
    while k:
        if k & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        k >>= 1
    return r
def inverse(m):
    n = len(m)
    a = [list(map(float, row)) + [float(i == j) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[piv] = a[piv], a[col]
        p = a[col][col]
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [row[n:] for row in a]
def show(m):
    for row in m:
        print(' '.join(f'{x:8.3f}' if isinstance(x, float) else f'{x:6d}' for x in row))
A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
show(matmul(A, B))
show(transpose(B))
print(det(A), det(B), det([[1, 2], [3, 4]]))
show(inverse(A))
show(matmul(A, inverse(A)))
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
print(matpow(A, 5))
