class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f'{self.n} < {o.n}')
        return self.n < o.n
    def __eq__(self, o):
        print(f'{self.n} == {o.n}')
        return self.n == o.n
a, b, c = V(1), V(2), V(3)
print(a < b < c)
print(c < b < a)
print(a == V(1) < c)
x = 5
print(1 < x <= 5 < 10 != 11, 1 < x < 3)
print(not 1 < 2 < 3, (1 < 2) < 3)
print('a' <= 'ab' < 'b' <= 'b', [] < [0] < [0, 0] < [1])
print(1 is not None is not False, None is None is None)
