# Classic sorting algorithms checked against sorted() on seeded random data.
import random
def bubble(a):
    a = a[:]
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        k = a[i]
        j = i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = k
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1:
        return a[:]
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(i, n):
        while True:
            l = 2 * i + 1
            big = i
            if l < n and a[l] > a[big]:
                big = l
            if l + 1 < n and a[l + 1] > a[big]:
                big = l + 1
            if big == i:
                return
            a[i], a[big] = a[big], a[i]
            i = big
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def counting(a):
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
def radix(a):
    out = a[:]
    exp = 1
    while max(out) // exp:
        buckets = [[] for _ in range(10)]
        for x in out:
            buckets[x // exp % 10].append(x)
        out = [x for b in buckets for x in b]
        exp *= 10
    return out
rng = random.Random(8)
data = [rng.randint(0, 999) for _ in range(300)]
print(data[:15])
ref = sorted(data)
for fn in (bubble, insertion, merge_sort, quick, heap_sort, counting, radix):
    r = fn(data)
    print(f'{fn.__name__:>10} {r == ref} {r[:8]}')
words = 'pear apple fig banana kiwi cherry date'.split()
print(merge_sort(words), quick(words))
