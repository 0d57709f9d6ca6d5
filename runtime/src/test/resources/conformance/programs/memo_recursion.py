# Recursion with explicit memo tables: edit distance, coin change, LCS, partitions, Ackermann.
import sys
sys.setrecursionlimit(5000)
def edit_distance(a, b, memo=None):
    memo = {} if memo is None else memo
    key = (len(a), len(b))
    if key in memo:
        return memo[key]
    if not a or not b:
        r = len(a) + len(b)
    elif a[-1] == b[-1]:
        r = edit_distance(a[:-1], b[:-1], memo)
    else:
        r = 1 + min(edit_distance(a[:-1], b, memo), edit_distance(a, b[:-1], memo),
                    edit_distance(a[:-1], b[:-1], memo))
    memo[key] = r
    return r
for a, b in [('kitten', 'sitting'), ('flaw', 'lawn'), ('interlock', 'interpreter'), ('', 'abc')]:
    print(a, b, edit_distance(a, b))
def coin_ways(amount, coins):
    table = [1] + [0] * amount
    for c in coins:
        for v in range(c, amount + 1):
            table[v] += table[v - c]
    return table[amount]
print(coin_ways(100, [1, 5, 10, 25, 50]), coin_ways(1000, [1, 2, 5, 10, 20, 50, 100, 200]))
def lcs(a, b):
    prev = [''] * (len(b) + 1)
    for ca in a:
        cur = ['']
        for j, cb in enumerate(b):
            cur.append(prev[j] + ca if ca == cb else max(prev[j + 1], cur[j], key=len))
        prev = cur
    return prev[-1]
print(lcs('AGGTABQWERTY', 'GXTXAYBWRT'))
cache = {}
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    if (n, k) not in cache:
        cache[(n, k)] = partitions(n - k, k) + partitions(n, k - 1)
    return cache[(n, k)]
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
