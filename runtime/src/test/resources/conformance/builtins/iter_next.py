it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
s = iter('ab')
print(list(s), list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(iter(c) is c, list(c))
lst = [1, 2]
i = iter(lst)
lst.append(3)
print(list(i))
try:
    next([1])
except TypeError as e:
    print(e)
