from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
Edge = namedtuple('Edge', 'src dst weight')
edges = [Edge('a', 'b', 3), Edge('a', 'c', 1), Edge('b', 'd', 2), Edge('c', 'd', 5), Edge('d', 'e', 1)]
graph = defaultdict(list)
for e in edges:
    graph[e.src].append(e)
def bfs(start):
    seen = OrderedDict()
    q = deque([start])
    while q:
        n = q.popleft()
        if n in seen:
            continue
        seen[n] = True
        q.extend(e.dst for e in graph[n])
    return list(seen)
print(bfs('a'))
indeg = Counter(e.dst for e in edges)
print(sorted(indeg.items()), indeg.most_common(1))
print(sum(e.weight for e in edges), max(edges, key=lambda e: e.weight))
window = deque(maxlen=3)
avgs = []
for v in [1, 5, 3, 8, 2, 9]:
    window.append(v)
    avgs.append(round(sum(window) / len(window), 3))
print(avgs)
