# Sieve of Eratosthenes with a bytearray and with a list; prime counts and checksums.
def sieve_bytes(n):
    s = bytearray([1]) * (n + 1)
    s[0] = s[1] = 0
    i = 2
    while i * i <= n:
        if s[i]:
            s[i * i::i] = bytes(len(range(i * i, n + 1, i)))
        i += 1
    return s
def sieve_list(n):
    s = [True] * (n + 1)
    s[0] = s[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if s[i]:
            for j in range(i * i, n + 1, i):
                s[j] = False
    return s
for n in (10, 100, 1000, 10000, 100000):
    b = sieve_bytes(n)
    print(n, sum(b), b.count(1))
l = sieve_list(50000)
primes = [i for i, p in enumerate(l) if p]
print(len(primes), primes[-5:], sum(primes) % 1000003)
twins = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
print('twin pairs', twins)
