from concurrent.futures import ThreadPoolExecutor, as_completed

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(10))))
    futs = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futs)))
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(f.done(), type(f.exception()).__name__)

ex = ThreadPoolExecutor(max_workers=2)
f = ex.submit(sum, [1, 2, 3])
print(f.result())
ex.shutdown(wait=True)
try:
    ex.submit(sum, [1])
except RuntimeError as e:
    print("RuntimeError:", e)
