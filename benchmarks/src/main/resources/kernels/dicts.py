"""Kernel: dict-heavy loop: str and int keys, get/set/contains/delete, iteration."""
import sys
import time


def kernel():
    d = {}
    keys = ['k' + str(i) for i in range(200)]
    for r in range(400):
        for k in keys:
            d[k] = d.get(k, 0) + r
        for i in range(200):
            d[i] = i * r
        total = 0
        for k in keys:
            if k in d:
                total += d[k]
        for i in range(0, 200, 2):
            del d[i]
    n = 0
    for k, v in d.items():
        n += 1
    return (total, n)


EXPECT = None
