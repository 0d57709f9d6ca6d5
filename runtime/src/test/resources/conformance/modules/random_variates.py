import random

random.seed(12345)
print([round(random.gammavariate(a, 2.0), 12) for a in (0.3, 0.5, 1.0, 2.5, 9.0) for _ in range(3)])
print([round(random.betavariate(a, b), 12) for a, b in ((0.5, 0.5), (2, 5), (1, 1), (0.2, 3))])
print([round(random.lognormvariate(0.5, 0.25), 12) for _ in range(4)])
print([round(random.paretovariate(3.0), 12) for _ in range(4)])
print([round(random.weibullvariate(2.0, 1.5), 12) for _ in range(4)])
print([round(random.vonmisesvariate(1.0, k), 12) for k in (0.0, 0.5, 4.0, 50.0)])
print([round(random.expovariate(0.5), 12) for _ in range(3)])
print([round(random.normalvariate(10, 2), 12) for _ in range(3)])
print([round(random.triangular(0, 10, 7), 12) for _ in range(3)], round(random.triangular(), 12))
print(random.randbytes(10).hex(), random.randbytes(0))

r = random.Random(99)
print(r.randbytes(5).hex(), round(r.gammavariate(1.7, 1.0), 12), round(r.betavariate(3, 3), 12))
print(r.randint(1, 100), r.choice('abcdef'), round(r.random(), 12))


class Dice(random.Random):
    def __init__(self, seed, sides):
        super().__init__(seed)
        self.sides = sides

    def roll(self):
        return self.randint(1, self.sides)


d = Dice(7, 6)
print([d.roll() for _ in range(10)], isinstance(d, random.Random), d.sides)
d.seed(7)
print([d.roll() for _ in range(10)])
state = d.getstate()
a = [d.random() for _ in range(3)]
d.setstate(state)
print(a == [d.random() for _ in range(3)])


class Fixed(random.Random):
    def random(self):
        return 0.25


print(Fixed().paretovariate(2.0), Fixed().weibullvariate(1.0, 1.0) == Fixed().weibullvariate(1.0, 1.0))

s = random.SystemRandom()
x = s.random()
print(0.0 <= x < 1.0, 0 <= s.getrandbits(20) < 2 ** 20, len(s.randbytes(8)), 1 <= s.randint(1, 6) <= 6)
print(s.choice([5, 5, 5]), sorted(s.sample(range(5), 5)), isinstance(s, random.Random))
try:
    s.getstate()
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print('ValueError:', e)
