found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
out = []
for i in range(5):
    if i == 1:
        continue
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j == 2:
            continue
        out.append((i, j))
print(out)
n = 0
while n < 20:
    n += 1
    try:
        if n % 5 == 0:
            continue
        if n == 13:
            break
    finally:
        pass
print(n)
