"""Kernel: string building: concatenation, join, format, slicing, methods."""
import sys
import time


def kernel():
    parts = []
    s = ''
    for i in range(12000):
        s += str(i % 10)
        parts.append('item%d' % i)
        parts.append(f'{i}:{i * 2}')
    joined = ','.join(parts)
    up = joined.upper()
    n = up.count('ITEM')
    pieces = joined.split(',')
    total = 0
    for p in pieces:
        if p.startswith('item'):
            total += len(p[4:])
    return (len(s), n, total)


EXPECT = None
