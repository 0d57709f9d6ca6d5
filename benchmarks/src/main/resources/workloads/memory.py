"""Objects of common types, for the memory benchmark: make(kind, n) returns a list of n fresh
objects of one kind; keep(kind, n) keeps such a list alive until drop().
Run:  python3 memory.py KIND N   (prints how many objects it made)
"""
import sys


class Plain:
    def __init__(self, i):
        self.i = i


class Slotted:
    __slots__ = ('i',)

    def __init__(self, i):
        self.i = i


def make(kind, n):
    if kind == 'int':
        return [i + 100000 for i in range(n)]          # beyond the small-int cache
    if kind == 'float':
        return [i * 0.5 for i in range(n)]
    if kind == 'str':
        return ['s' + str(i) for i in range(n)]
    if kind == 'tuple':
        return [(i, None) for i in range(n)]
    if kind == 'list':
        return [[None] for _ in range(n)]
    if kind == 'dict':
        return [{'i': None} for _ in range(n)]
    if kind == 'instance':
        return [Plain(None) for _ in range(n)]
    if kind == 'slots':
        return [Slotted(None) for _ in range(n)]
    raise ValueError(kind)


def count(kind, n):
    """Makes n objects and drops them; returns n (the harness only needs a small answer)."""
    return len(make(kind, n))


KEPT = []


def keep(kind, n):
    KEPT.append(make(kind, n))
    return len(KEPT[-1])


def drop():
    del KEPT[:]
    return 0


if __name__ == '__main__':
    print(len(make(sys.argv[1], int(sys.argv[2]))))
