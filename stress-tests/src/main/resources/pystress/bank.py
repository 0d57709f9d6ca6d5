"""The bank: random transfers between accounts, each under the two accounts' locks taken in a
fixed order (by account number). The total never changes and nothing deadlocks."""
import sys
import random
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4
M = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
ACCOUNTS = 16
balances = [1000] * ACCOUNTS
locks = [threading.Lock() for _ in range(ACCOUNTS)]


def worker(seed):
    rng = random.Random(seed)
    for _ in range(M):
        a = rng.randrange(ACCOUNTS)
        b = rng.randrange(ACCOUNTS)
        if a == b:
            continue
        first, second = (a, b) if a < b else (b, a)
        with locks[first]:
            with locks[second]:
                amount = rng.randrange(50)
                if balances[a] >= amount:
                    balances[a] = balances[a] - amount
                    balances[b] = balances[b] + amount


threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join(120)
stuck = sum(1 for t in threads if t.is_alive())
total = sum(balances)
print("total", total, "of", 1000 * ACCOUNTS, "stuck threads", stuck)
if stuck:
    print("RESULT deadlock %d" % stuck)
elif total != 1000 * ACCOUNTS:
    print("RESULT lost %d" % (1000 * ACCOUNTS - total))
else:
    print("RESULT ok")
