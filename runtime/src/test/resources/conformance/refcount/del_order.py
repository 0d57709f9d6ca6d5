class N:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
items = [N(1), N(2), N(3)]
del items
print('---')
d = {'a': N('a'), 'b': N('b')}
d = None
print('---')
t = (N('t1'), N('t2'))
t = 0
print('---')
a, b = N('first'), N('second')
del b, a
print('---')
x = N('outer')
x.inner = N('inner')
del x
print('end')
