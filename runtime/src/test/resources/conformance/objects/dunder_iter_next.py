class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 2
        return self.i - 2
r = Range2(9)
print(list(r), list(r))
it = iter(r)
print(next(it), next(it), next(it, 'x'))
print(sum(Range2(100)), max(Range2(7)), sorted(Range2(5), reverse=True))
a, b, *c = Range2(10)
print(a, b, c)
print(dict(zip(Range2(6), 'abc')))
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return 'once'
o = Once()
print(list(o), list(o))
