"""Kernel: spectral norm (n=60): nested loops, float division, function calls."""
import sys
import time


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum([eval_a(i, j) * v[j] for j in range(n)]) for i in range(n)]


def mul_atv(v, n):
    return [sum([eval_a(j, i) * v[j] for j in range(n)]) for i in range(n)]


def kernel():
    n = 60
    u = [1.0] * n
    for _ in range(5):
        v = mul_atv(mul_av(u, n), n)
        u = mul_atv(mul_av(v, n), n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return round((vbv / vv) ** 0.5, 9)


EXPECT = 1.274206094
