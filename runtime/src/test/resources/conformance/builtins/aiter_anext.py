import asyncio

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class NoNext:
    def __aiter__(self):
        return 5

def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, str(e))

async def main():
    c = Counter(2)
    it = aiter(c)
    print(it is c)
    print(await anext(it), await anext(it, "d"))
    print(await anext(it, "default"), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    out = []
    async for x in aiter(Counter(3)):
        out.append(x)
    print(out)

asyncio.run(main())
err(lambda: aiter(1))
err(lambda: aiter(NoNext()))
err(lambda: anext(1))
err(lambda: anext([], 0))
err(lambda: aiter())
