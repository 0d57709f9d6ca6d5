def check(n):
    assert n > 0, f'n must be positive, got {n}'
    return n
print(check(3))
check(-2)
