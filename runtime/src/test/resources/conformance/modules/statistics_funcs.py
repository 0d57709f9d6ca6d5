import statistics as st
from fractions import Fraction as F
import random
datasets = [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, 11.75], [1, 3, 5], [F(1, 2), F(3, 4), F(5, 4)],
            [1, 2.5, 3], [0.1] * 7, [1e50, 1, -1e50, 3], [True, False, True], [-5, 7, 7, 2, 9, 9, 1]]
for d in datasets:
    print(d[:5], st.mean(d), st.median(d), st.median_low(d), st.median_high(d), st.mode(d), st.multimode(d))
    print('  ', st.variance(d), st.pvariance(d), st.stdev(d), st.pstdev(d), st.fmean(d))
rng = random.Random(7)
for k in range(5):
    d = [rng.random() * 100 for _ in range(20 + k)]
    print(st.mean(d), st.stdev(d), st.pstdev(d), st.variance(d, st.mean(d)), st.pvariance(d))
d = [rng.randint(1, 6) for _ in range(50)]
print(st.mean(d), st.mode(d), st.multimode(d), st.stdev(d), st.variance(d))
print(st.mode(['red', 'blue', 'blue', 'red', 'green']), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''))
print(st.fmean([3.5, 4.0, 5.25], weights=[0.2, 0.3, 0.5]), st.fmean(iter([1, 2, 3])))
print(st.median(['b', 'a', 'c']), st.median_low([3, 1, 2, 4]), st.median_high([3, 1, 2, 4]))
print(st.mean([F(1, 3), 2]), st.mean([F(1, 3), 0.5]), st.mean(range(1, 101)), st.variance(range(10)))
print(st.mean([1, float('inf')]), st.stdev([2, 2, 2]), st.pvariance([5]), st.pstdev([5.0]))
print(issubclass(st.StatisticsError, ValueError))
for fn, arg in [(st.mean, []), (st.median, []), (st.median_low, []), (st.median_high, []), (st.mode, []),
                (st.variance, [1]), (st.stdev, [1]), (st.pvariance, []), (st.pstdev, []), (st.fmean, [])]:
    try:
        fn(arg)
    except st.StatisticsError as e:
        print(fn.__name__, 'StatisticsError:', e)
for bad in [lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean([1, 2], weights=[1, -1]),
            lambda: st.mean(['a', 'b']), lambda: st.mean([F(1, 2), 1.5, 'x'])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
