def make_bank():
    balance = 0
    history = []
    def deposit(n):
        nonlocal balance
        balance += n
        history.append(('+', n))
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError(f'insufficient: {balance} < {n}')
        balance -= n
        history.append(('-', n))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = make_bank()
print(dep(100), wd(30), dep(5))
try:
    wd(500)
except ValueError as e:
    print(e)
print(rep())
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def tri(n):
    return n if n < 2 else n + tri(n - 1)
print(tri(50), len(tri.cache))
print([callable(f) for f in (dep, wd, rep)], rep()[0])
