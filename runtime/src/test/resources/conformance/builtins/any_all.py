print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), all([1, 'x', [0]]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
def noisy(v):
    print('check', v)
    return v
print(any(noisy(x) for x in [0, 3, 0, 4]))
print(all(noisy(x) for x in [1, 0, 2]))
print(any('abc'), all(''), any({0: 'a'}), all({1: 0}))
