d = {}
for word in 'the cat and the hat and the bat'.split():
    d[word] = d.get(word, 0) + 1
print(d)
inv = {}
for k, v in d.items():
    inv.setdefault(v, []).append(k)
print(inv)
try:
    for k in d:
        d[k + '!'] = 1
except RuntimeError as e:
    print('RuntimeError', e)
nested = {'a': {'x': 1}, 'b': {'y': 2}}
print({k: list(v) for k, v in nested.items()})
print(max(d, key=d.get), min(d.values()), sum(d.values()))
keys = list(d)
for k in keys:
    if d[k] == 1:
        del d[k]
print(d)
print(dict(sorted({'b': 1, 'a': 2}.items())))
