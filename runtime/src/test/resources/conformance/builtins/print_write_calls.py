import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W()
print('a', 1, [2], sep='', end='', file=w)
print(file=w)
print('x', 'y', sep=', ', file=w)
old = sys.stdout
sys.stdout = w
print('captured', 3)
sys.stdout = old
print(w.parts)
class Bad:
    def __str__(self): raise ValueError('no str')
try:
    print('before', Bad(), file=w)
except ValueError as e:
    print('ValueError', e, w.parts[-2:])
print('plain', 'stdout')
