# async for and async with: __aiter__/__anext__, __aenter__/__aexit__, break/continue/else, errors.
import asyncio

log = []


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        log.append(f"enter {self.name}")
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress


async def loops():
    total = []
    async for x in Counter(4):
        total.append(x)
    else:
        total.append("else")
    async for x in Counter(10):
        if x == 2:
            continue
        if x == 5:
            break
        total.append(x * 10)
    else:
        total.append("no else after break")
    return total


async def withs():
    async with Resource("a") as r:
        log.append(f"body {r}")
    async with Resource("b", suppress=True):
        raise KeyError("swallowed")
    try:
        async with Resource("c"):
            raise ValueError("propagates")
    except ValueError as e:
        log.append(f"caught {e}")
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 1:
                break
    return "withs done"


async def early_return():
    async with Resource("ret"):
        return "returned inside"


async def bad_iter():
    async for _ in 5:
        pass


async def bad_with():
    async with object():
        pass


async def main():
    print(await loops())
    print(await withs())
    print(await early_return())
    for bad in (bad_iter, bad_with):
        try:
            await bad()
        except TypeError as e:
            print("TypeError:", e)
    print("\n".join(log))


asyncio.run(main())
