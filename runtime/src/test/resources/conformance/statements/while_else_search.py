def first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d
print([(n, first_divisor(n)) for n in (15, 17, 49, 97, 100)])
def retry(attempts):
    tries = 0
    while tries < 5:
        tries += 1
        if tries == attempts:
            print('succeeded on try', tries)
            break
    else:
        print('gave up after', tries)
retry(3)
retry(9)
n = 3
while n:
    n -= 1
    if n == 10:
        break
    continue
else:
    print('else after continue-only loop, n =', n)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    else:
        print('inner completed for', outer)
    outer += 1
print('done', outer)
