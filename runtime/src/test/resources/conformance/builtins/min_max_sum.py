print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'))
print(min([], default='empty'), max((), default=None))
print(max(['aa', 'b', 'cccc'], key=len), min(['aa', 'b', 'cccc'], key=len))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min({'x': 3, 'y': 1}, key={'x': 3, 'y': 1}.get))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []))
print(sum(x * x for x in range(10)), sum(()), sum([True, True, False]))
print(max(1, 2.5, 2), min(-0.0, 0), max([(1, 'b'), (1, 'a')]))
try:
    max([])
except ValueError as e:
    print(e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
