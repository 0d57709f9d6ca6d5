print(hash(0), hash(1), hash(-1), hash(10 ** 20), hash(-(10 ** 20)))
print(hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)), hash(float('inf')), hash(3.0) == 3)
print(hash(()) == hash(()), hash((1, 2)) != hash((2, 1)))
print(hash(True), hash(False))
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
s = {0, 0.0, False}
print(s, len(s))
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
    def __hash__(self): return hash(self.x)
print(len({P(1), P(1), P(2)}), P(3) in {P(3)})
