class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError('out of grid')
        return self.cells.get(key, '.')
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield ''.join(self[x, y] for x in range(self.w))
g = Grid(4, 3)
g[1, 1] = '#'
g[2, 0] = '@'
for row in g:
    print(row)
print(len(g), '#' in g, '%' in g)
del g[1, 1]
print(len(g), g[1, 1])
try:
    g[9, 9]
except IndexError as e:
    print('IndexError', e)
class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 7 in Seq())
class Sliced:
    def __getitem__(self, k):
        return repr(k)
s = Sliced()
print(s[1], s[1:2], s[::3], s[1, 2:3], s['x'])
