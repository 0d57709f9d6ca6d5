print(len([1, 2]), len('abc'), len({}), len(range(10)), len(b'xy'), len({1, 2, 2}))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 20, 4)
print(r, r[2], r[-1], len(r), 9 in r, 10 in r, r.index(13), r.count(5))
print(r[1:3], list(r[::-1]), range(5) == range(0, 5))
print(list(enumerate('abc')), list(enumerate('xy', start=10)))
for i, (a, b) in enumerate(zip('pq', 'rs'), 1):
    print(i, a, b)
print(sum(range(1, 1001)), max(range(7)), list(reversed(range(3))))
print(range(3, 100, 7)[5], len(range(-5, 5, 2)), bool(range(0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
e = enumerate(['x'])
print(next(e), type(e).__name__)
