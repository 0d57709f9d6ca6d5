class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1): return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(5))
print(list(map(add5, [1, 2])))
class Flag:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
print(bool(Flag(True)), not Flag(False))
if Flag(True):
    print('truthy')
print(Flag(False) or 'fallback')
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Sized(0)), bool(Sized(3)), len(Sized(7)))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
