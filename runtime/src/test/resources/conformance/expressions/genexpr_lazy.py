def src():
    for i in range(5):
        print('produce', i)
        yield i

g = (x * 10 for x in src())
print('created')
print(next(g))
print(next(g))
print(list(g))
print(any(x > 2 for x in src()))
print(all(x < 3 for x in src()))
print(max((len(w), w) for w in 'the quick brown fox'.split()))
print(sorted(x for x in [3, 1, 2]))
print(tuple(x for x in range(3)), set(x % 2 for x in range(4)) == {0, 1})
print(dict((k, k * 2) for k in range(3)))
