"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k, counting
from 0; the smallest element is always a[0].

Interlock's pure-Python heapq, with CPython 3.11's behaviour. The sifting follows the
same steps as CPython's (a pop moves the smaller child up all the way to a leaf, then
sifts the displaced item back up), so the lists it leaves behind are element for element
the ones CPython leaves; items are compared with < only. nlargest and nsmallest return
what sorted(iterable, key=key, reverse=...)[:n] returns, ties in input order.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, where):
    # where names the argument as CPython's messages do: 'heappush() argument 1'.
    if not isinstance(heap, list):
        raise TypeError(f'{where} must be list, not {type(heap).__name__}')


def _sift_toward_root(heap, top, pos):
    """Moves heap[pos] up until its parent is not larger, stopping at index top."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    """Restores the heap below pos, whose subtrees are heaps but heap[pos] may be large.

    The smaller child is moved up level by level until a leaf is reached, and then the
    item from pos is sifted up from that leaf: fewer comparisons than stopping early, as
    the item usually belongs near the bottom.
    """
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, top, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush() argument 1')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop() argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item.

    More efficient than heappop() followed by heappush(); the returned value may be
    larger than item.
    """
    _check_list(heap, 'heapreplace() argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check_list(heap, 'heappushpop() argument 1')
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sift_toward_leaves(heap, 0)
        return smallest
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list(x, 'heapify() argument')
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Lazy, like sorted(itertools.chain(*iterables)) for sorted inputs; on equal keys the
    earlier input's item comes first. With reverse=True the inputs must be sorted from
    largest to smallest.
    """
    return _merge([iter(it) for it in iterables], key, reverse)


def _merge(iterators, key, reverse):
    # heads[i] = [sort key, value, iterator] for each input that is not exhausted.
    heads = []
    for it in iterators:
        for value in it:
            heads.append([value if key is None else key(value), value, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if reverse:
                if heads[best][0] < heads[i][0]:
                    best = i
            elif heads[i][0] < heads[best][0]:
                best = i
        head = heads[best]
        yield head[1]
        for value in head[2]:
            head[0] = value if key is None else key(value)
            head[1] = value
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        iter(iterable)
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        iter(iterable)
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
