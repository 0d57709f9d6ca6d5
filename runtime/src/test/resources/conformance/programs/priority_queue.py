# A binary-heap priority queue written by hand, used for Dijkstra and event simulation.
class PQ:
    def __init__(self):
        self.h = []
        self.counter = 0
    def push(self, prio, item):
        self.h.append((prio, self.counter, item))
        self.counter += 1
        i = len(self.h) - 1
        while i > 0:
            p = (i - 1) // 2
            if self.h[p] <= self.h[i]:
                break
            self.h[p], self.h[i] = self.h[i], self.h[p]
            i = p
    def pop(self):
        top = self.h[0]
        last = self.h.pop()
        if self.h:
            self.h[0] = last
            i = 0
            n = len(self.h)
            while True:
                l, r, s = 2 * i + 1, 2 * i + 2, i
                if l < n and self.h[l] < self.h[s]:
                    s = l
                if r < n and self.h[r] < self.h[s]:
                    s = r
                if s == i:
                    break
                self.h[s], self.h[i] = self.h[i], self.h[s]
                i = s
        return top[0], top[2]
    def __len__(self):
        return len(self.h)

def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    pq = PQ()
    pq.push(0, src)
    while pq:
        d, u = pq.pop()
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                pq.push(nd, v)
    return dist, prev

G = {'A': [('B', 7), ('C', 9), ('F', 14)], 'B': [('A', 7), ('C', 10), ('D', 15)],
     'C': [('A', 9), ('B', 10), ('D', 11), ('F', 2)], 'D': [('B', 15), ('C', 11), ('E', 6)],
     'E': [('D', 6), ('F', 9)], 'F': [('A', 14), ('C', 2), ('E', 9)]}
dist, prev = dijkstra(G, 'A')
print(sorted(dist.items()))
path, n = [], 'E'
while n != 'A':
    path.append(n)
    n = prev[n]
print('->'.join(['A'] + path[::-1]))
pq = PQ()
for i, w in enumerate('the quick brown fox jumps over the lazy dog'.split()):
    pq.push(len(w), w)
print([pq.pop()[1] for _ in range(len(pq))])
