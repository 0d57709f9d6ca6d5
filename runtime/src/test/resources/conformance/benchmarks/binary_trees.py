# Binary trees (Benchmarks Game style), max depth 10.
def make(d):
    return (None, None) if d == 0 else (make(d - 1), make(d - 1))

def check(t):
    l, r = t
    return 1 if l is None else 1 + check(l) + check(r)

def main(n):
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    print(f'stretch tree of depth {stretch}\t check: {check(make(stretch))}')
    long_lived = make(max_depth)
    for d in range(min_depth, stretch, 2):
        iters = 2 ** (max_depth - d + min_depth)
        chk = sum(check(make(d)) for _ in range(iters))
        print(f'{iters}\t trees of depth {d}\t check: {chk}')
    print(f'long lived tree of depth {max_depth}\t check: {check(long_lived)}')

main(8)
