class C:
    def __init__(self):
        self.n = 1
c = C()
c.n += 5
c.n *= 2
print(c.n)
l = [1, 2, 3]
l[0] += 10
l[-1] **= 2
print(l)
d = {'a': 1}
d['a'] -= 3
d['b'] = d.get('b', 0) + 1
print(d)
calls = []
def idx():
    calls.append('idx')
    return 1
l[idx()] += 100
print(l, calls)
s = 'x'
for _ in range(3):
    s += s
print(s, len(s))
m = [[0] * 2 for _ in range(2)]
m[1][1] |= 6
print(m)
