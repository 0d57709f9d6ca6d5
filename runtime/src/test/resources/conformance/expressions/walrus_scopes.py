# := binds in the enclosing function scope, even from inside a comprehension.
def first_long(words, n):
    if any(len(found := w) > n for w in words):
        return found
    return None
print(first_long(['a', 'abcd', 'xyzzy'], 3), first_long(['a'], 3))
def chunks(data, size):
    out = []
    i = 0
    while (piece := data[i:i + size]):
        out.append(piece)
        i += size
    return out
print(chunks('abcdefghij', 3))
stats = [(x, y, y * y) for x in range(5) if (y := x * 3) % 2 == 0]
print(stats, y)
def g():
    vals = [last := v for v in range(4)]
    return vals, last
print(g())
print([(n, sq) for n in range(6) if (sq := n * n) > 5])
