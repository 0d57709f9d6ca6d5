import random
rng = random.Random(3)
rolls = []
while (r := rng.randint(1, 6)) != 6:
    rolls.append(r)
print(rolls, r)
lines = iter(['header', 'a=1', 'b=2', '', 'ignored'])
next(lines)
config = {}
while (line := next(lines, '')):
    k, _, v = line.partition('=')
    config[k] = int(v)
print(config)
total = 0
counts = [c for c in [3, 4, 5] if (total := total + c) < 10]
print(counts, total)
if (m := max([4, 9, 2])) > 5 and (n := m * 2):
    print(m, n)
print((x := 5, x + 1))
