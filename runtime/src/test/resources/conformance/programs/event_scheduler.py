# A discrete-event simulation of a queue with seeded arrivals and service times.
import random
from collections import deque
def simulate(seed, customers, servers):
    rng = random.Random(seed)
    t = 0.0
    arrivals = []
    for _ in range(customers):
        t += rng.random() * 2
        arrivals.append(round(t, 6))
    free_at = [0.0] * servers
    waits = []
    for a in arrivals:
        i = min(range(servers), key=lambda k: free_at[k])
        start = max(a, free_at[i])
        service = rng.uniform(0.5, 3.5)
        free_at[i] = start + service
        waits.append(start - a)
    return round(sum(waits) / len(waits), 6), round(max(waits), 6), round(max(free_at), 6)
for servers in (1, 2, 3):
    print(servers, simulate(11, 200, servers))
q = deque()
log = []
for tick in range(12):
    if tick % 3 != 2:
        q.append(f'job{tick}')
    if tick % 2 == 1 and q:
        log.append((tick, q.popleft()))
print(log, list(q))
