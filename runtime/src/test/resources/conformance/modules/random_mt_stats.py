import random
rng = random.Random(31337)
counts = [0] * 6
for _ in range(6000):
    counts[rng.randint(1, 6) - 1] += 1
print(counts, sum(counts))
vals = [rng.gauss(0, 1) for _ in range(1000)]
print(round(sum(vals) / len(vals), 10))
print(round(rng.uniform(-5, 5), 12), rng.randrange(3, 300, 3), rng.getrandbits(3))
print([rng.random() for _ in range(3)])
rng.seed(0)
print(rng.randint(0, 2 ** 100))
print(rng.sample(range(10 ** 9), 3))
