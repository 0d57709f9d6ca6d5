# Conformance test for heapq: every line must match CPython 3.11's output,
# including the exact list layouts the heap operations leave behind.
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge


def check(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


print(sorted(heapq.__all__))
h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heappush(h, v)
    print(h)
out = []
while h:
    out.append(heappop(h))
    print(h)
print(out)

# a deterministic pseudo-random sequence (a linear congruential generator)
seed = 12345
data = []
for _ in range(60):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 100)
heap = list(data)
heapify(heap)
print(heap)
print(heapreplace(heap, 50), heap[:10])
print(heappushpop(heap, -1), heappushpop(heap, 77), heap[:10])
print([heappop(heap) for _ in range(len(heap))])
heap = []
for v in data:
    heappush(heap, v)
print(heap)
print([heappop(heap) for _ in range(10)], heap)

tasks = []
heappush(tasks, (3, 'write'))
heappush(tasks, (1, 'plan'))
heappush(tasks, (2, 'code'))
heappush(tasks, (1, 'coffee'))
print(tasks, [heappop(tasks) for _ in range(4)])
print(heappushpop([], 5), heappushpop([1], 5), heappushpop([9], 5))
check('pop empty', lambda: heappop([]))
check('replace empty', lambda: heapreplace([], 1))
check('push tuple', lambda: heappush((), 1))
check('heapify tuple', lambda: heapify((3, 1)))
check('pop tuple', lambda: heappop(()))
check('replace tuple', lambda: heapreplace((), 1))
check('pushpop tuple', lambda: heappushpop((), 1))
check('mixed', lambda: heappush([1], 'a'))
one = [1]
heapify(one)
empty = []
heapify(empty)
print(one, empty)


class Item:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return '%d%s' % (self.k, self.tag)


items = [Item(2, 'a'), Item(1, 'b'), Item(2, 'c'), Item(1, 'd'), Item(0, 'e'), Item(2, 'f')]
heapify(items)
print(items)
print([heappop(items) for _ in range(6)])

print('--- nlargest / nsmallest')
print(nlargest(3, data), nsmallest(3, data), nlargest(0, data), nsmallest(-1, data))
print(nlargest(100, [3, 1, 2]), nsmallest(100, iter([3, 1, 2])), nlargest(1, [4, 9, 9]), nsmallest(1, []))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(nlargest(2, words, key=len), nsmallest(2, words, key=len), nsmallest(4, words, key=len))
pairs = [(1, 'x'), (0, 'y'), (1, 'z'), (0, 'w')]
print(nlargest(3, pairs, key=lambda p: p[0]), nsmallest(3, pairs, key=lambda p: p[0]))
print(nlargest(2, iter(data)), nsmallest(2, (x * 2 for x in data)))

print('--- merge')
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge()), list(merge([])), list(merge([1, 2])))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge([9, 5, 1], [8, 5, 2], reverse=True)))
print(list(merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])))
print(list(merge([(2, 'a'), (1, 'a')], [(2, 'b'), (1, 'b')], key=lambda p: p[0], reverse=True)))
m = merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))
