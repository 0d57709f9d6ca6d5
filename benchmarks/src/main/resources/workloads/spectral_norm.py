"""Spectral norm (the Benchmarks Game): the largest singular value of the infinite matrix
A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by power iteration on an n x n corner.

bench(n) returns the norm to nine places.  Run:  python3 spectral_norm.py N
"""
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(u):
    n = len(u)
    return [sum([eval_a(i, j) * u[j] for j in range(n)]) for i in range(n)]


def mul_atv(u):
    n = len(u)
    return [sum([eval_a(j, i) * u[j] for j in range(n)]) for i in range(n)]


def mul_atav(u):
    return mul_atv(mul_av(u))


def bench(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return "%.9f" % ((vbv / vv) ** 0.5)


if __name__ == '__main__':
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else 100))
