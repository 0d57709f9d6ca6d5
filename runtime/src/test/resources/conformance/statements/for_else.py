def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print(primes(40))
for x in []:
    print('never')
else:
    print('empty loop else')
for i, ch in enumerate('hello'):
    if ch == 'l':
        continue
    print(i, ch)
for a, b in zip([1, 2, 3], 'abc'):
    print(a, b, end='; ')
print()
total = 0
for i in range(100):
    if i > 10:
        break
    if i % 2:
        continue
    total += i
print(total)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
