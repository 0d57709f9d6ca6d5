import weakref
class Key:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'Key({self.n})'
keys = [Key(i) for i in range(4)]
wvd = weakref.WeakValueDictionary()
for k in keys:
    wvd[k.n] = k
print(sorted(wvd.keys()))
del keys[1]
print(sorted(wvd.keys()))
keys.clear()
print(len(wvd))
class Listener:
    def __init__(self, name): self.name = name
    def __del__(self): print('listener', self.name, 'collected')
listeners = [Listener('a'), Listener('b')]
refs = [weakref.ref(l) for l in listeners]
print([r().name for r in refs if r() is not None])
listeners.pop(0)
print([r().name for r in refs if r() is not None])
listeners = []
print([r() for r in refs])
