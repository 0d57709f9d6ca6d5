from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(dict(groups))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
print(counts['z'], 'z' in counts, len(counts))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']))
nd = defaultdict(lambda: 'N/A', {'known': 'yes'})
print(nd['known'], nd['unknown'])
plain = defaultdict()
try:
    plain['x']
except KeyError as e:
    print('KeyError', e)
print(repr(defaultdict(int, {'a': 1})))
sets = defaultdict(set)
sets['k'].add(3)
sets['k'].add(1)
print(sorted(sets['k']))
