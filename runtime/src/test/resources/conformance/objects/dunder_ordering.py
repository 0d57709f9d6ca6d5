from functools import total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split('.'))
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __ge__(self, o): return self.parts >= o.parts
    def __eq__(self, o): return self.parts == o.parts
    def __repr__(self): return 'V' + '.'.join(map(str, self.parts))
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9']]
print(sorted(vs), max(vs), min(vs))
print(Version('1.0') < Version('1.1'), Version('2.0') >= Version('2.0'))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
print(OnlyLt(2) > OnlyLt(1))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)
try:
    print(1 < 'a')
except TypeError as e:
    print(e)
