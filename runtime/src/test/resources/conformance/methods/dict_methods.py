d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('a'), d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(d.pop('b'), d.pop('zz', 'default'), d)
print(d.setdefault('a', 100), d.setdefault('new', []), d)
d.update({'x': 1}, y=2)
d.update([('z', 26)])
print(d)
print(d.popitem(), d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
print(dict.fromkeys(['p', 'q']), dict.fromkeys(range(3), 'v'))
d.clear()
print(d, len(d))
e = {'one': 1, 'two': 2}
print(e | {'three': 3}, {**e, 'one': 'uno'})
e |= {'four': 4}
print(e)
k = e.keys()
e['five'] = 5
print(list(k), len(k), 'five' in k)
print(sorted(e.items(), key=lambda kv: kv[1], reverse=True))
for key, value in e.items():
    if value % 2 == 0:
        print('even', key)
try:
    {}['missing']
except KeyError as err:
    print('KeyError', err)
order = {}
order['z'] = 1
order['a'] = 2
del order['z']
order['z'] = 3
print(order)
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print(e.keys() & {'one', 'zzz'}, sorted(e.keys() - {'one'}))
print(reversed(list(e)).__class__.__name__, list(reversed(e)))
