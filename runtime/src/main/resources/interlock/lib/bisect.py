"""Bisection algorithms on sorted sequences.

Interlock's pure-Python bisect with CPython 3.11's behaviour: bisect_left, bisect_right
(alias bisect), insort_left, insort_right (alias insort), each with lo, hi and key.
"""

__all__ = ['bisect_left', 'bisect_right', 'bisect', 'insort_left', 'insort_right', 'insort']


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index where x would be inserted to keep a sorted, before any equal items."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if probe < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index where x would be inserted to keep a sorted, after any equal items."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if x < probe:
            hi = mid
        else:
            lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, before any equal items (key applies to x too)."""
    k = x if key is None else key(x)
    a.insert(bisect_left(a, k, lo, hi, key=key), x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, after any equal items (key applies to x too)."""
    k = x if key is None else key(x)
    a.insert(bisect_right(a, k, lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right
