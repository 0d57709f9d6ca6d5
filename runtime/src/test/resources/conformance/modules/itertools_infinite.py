from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('abc'), 8)), list(repeat('x', 3)), list(islice(repeat(7), 2)))
print(list(islice(range(20), 2, 12, 3)), list(islice('abcdef', 3)), list(islice('abcdef', 2, None)))
c = count(5)
print(next(c), next(c), next(c))
print(list(zip(count(1), 'xyz')))
print(list(map(pow, range(5), repeat(2))))
