
# ---- timing driver (appended to a kernel by scripts/kernels-vs-cpython.sh) ----
# argv: MODE [WARMUP ITERS]. MODE "cold" runs the kernel once (the script times the whole
# process); MODE "warm" runs WARMUP untimed iterations, then ITERS timed ones, and prints the
# best and the median seconds per iteration.
def _main():
    mode = sys.argv[1] if len(sys.argv) > 1 else 'warm'
    first = kernel()
    if EXPECT is not None and first != EXPECT:
        print('WRONG', first, 'expected', EXPECT)
        sys.exit(1)
    if mode == 'cold':
        print('RESULT', first)
        return
    warmup = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    iters = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    for _ in range(warmup):
        kernel()
    times = []
    for _ in range(iters):
        t0 = time.perf_counter()
        r = kernel()
        times.append(time.perf_counter() - t0)
        if r != first:
            print('WRONG', r, 'first was', first)
            sys.exit(1)
    times.sort()
    print('WARM best %.6f median %.6f' % (times[0], times[len(times) // 2]))


_main()
