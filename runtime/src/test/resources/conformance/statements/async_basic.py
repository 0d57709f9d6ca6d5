# async def / await with a small asyncio: run, sleep(0), create_task, gather, Task.
import asyncio

log = []


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def worker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * n


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom"


async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    print("add:", await add(1, 2))
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print("gathered:", await asyncio.gather(t1, t2, add(10, 20)))
    print("interleaving:", log)
    print("custom awaitable:", await Awaitable())
    print("done flags:", t1.done(), t2.done(), t1.result())
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    print("return_exceptions:", await asyncio.gather(failing(), add(1, 1), return_exceptions=True))
    t3 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print("cancel:", t3.cancel(), t3.cancelled())
    await asyncio.sleep(0)
    print("after cancel:", t3.done(), t3.cancelled())
    await asyncio.sleep(0.01)
    return "main result"


coro = main()
print(type(coro).__name__, asyncio.iscoroutine(coro))
print(asyncio.run(coro))


async def nested(depth):
    if depth == 0:
        return 0
    return 1 + await nested(depth - 1)


print("nested:", asyncio.run(nested(50)))


def not_awaitable():
    async def f():
        await 5
    asyncio.run(f())


for thunk in (not_awaitable, lambda: asyncio.run(5)):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)

c = add(1, 2)
print(c.send(None) is None or "yielded")
try:
    c.send(None)
except StopIteration as e:
    print("manual send result:", e.value)
