import random
for seed in (0, 1, 12345, 2 ** 40, 'text-seed', b'bytes'):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 10 ** 6))
r = random.Random(7)
print([r.randint(1, 6) for _ in range(20)])
r2 = random.Random(7)
print([r2.randint(1, 6) for _ in range(20)] == [random.Random(7).randint(1, 6) for _ in range(1)] * 0 or True)
a = random.Random(99)
b = random.Random(99)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
state = a.getstate()
x = [a.random() for _ in range(3)]
a.setstate(state)
print(x == [a.random() for _ in range(3)])
random.seed(2024)
print(random.sample(['a', 'b', 'c', 'd', 'e'], 3), random.choices([1, 2, 3], k=5))
deck = [r + s for s in 'SHDC' for r in 'A23456789TJQK']
random.seed(5)
random.shuffle(deck)
print(deck[:13])
