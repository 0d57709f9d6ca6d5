# Coroutine objects are awaited, not iterated.
async def f():
    return 1
c = f()
for t in (lambda: iter(c), lambda: next(c), lambda: list(c)):
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
c.close()
print(f.__name__, type(f).__name__)
