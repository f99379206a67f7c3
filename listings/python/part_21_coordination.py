"""Part 21 in today's Python: asyncio's coordination primitives, each in a
few lines. An Event that late waiters pass at once; a Barrier (3.11+); a
Condition around a stock of items; a Semaphore bounding a TaskGroup. The
timings are those of the Rust listings, on the real clock; the output shows
the order of events only, since a busy machine can delay a wake-up."""

import asyncio

UNIT = 0.1  # 100 ms, as in the Rust listings


async def event():
    gate = asyncio.Event()

    async def waiter(name, arrives):
        await asyncio.sleep(arrives * UNIT)
        await gate.wait()  # returns at once if already set
        print(f"{name} passes")

    async with asyncio.TaskGroup() as tasks:
        for name, arrives in [("a", 0), ("b", 1), ("c", 3)]:
            tasks.create_task(waiter(name, arrives))
        await asyncio.sleep(2 * UNIT)
        print("the gate opens")
        gate.set()


async def barrier():
    together = asyncio.Barrier(3)

    async def runner(name, ready):
        await asyncio.sleep(ready * UNIT)
        index = await together.wait()  # 0, 1, 2 in order of arrival
        print(f"{name} starts (arrived {index})")

    async with asyncio.TaskGroup() as tasks:
        for name, ready in [("a", 1), ("b", 4), ("c", 2)]:
            tasks.create_task(runner(name, ready))


async def condition():
    changed = asyncio.Condition()
    stock = 0

    async def take(name, wanted):
        nonlocal stock
        async with changed:
            await changed.wait_for(lambda: stock >= wanted)
            stock -= wanted
        print(f"{name} takes {wanted}")

    async with asyncio.TaskGroup() as tasks:
        tasks.create_task(take("a", 3))
        tasks.create_task(take("b", 2))
        for _ in range(5):
            await asyncio.sleep(UNIT)
            async with changed:
                stock += 1
                changed.notify_all()


async def semaphore():
    permits = asyncio.Semaphore(2)
    running = 0
    most = 0

    async def job(units):
        nonlocal running, most
        async with permits:  # the permit is held for the block
            running += 1
            most = max(most, running)
            await asyncio.sleep(units * UNIT)
            running -= 1

    async with asyncio.TaskGroup() as tasks:
        for units in [3, 1, 2, 2, 1, 3]:
            tasks.create_task(job(units))
    print(f"six jobs done, at most {most} at once")


async def main():
    for name, part in [("Event", event), ("Barrier(3)", barrier),
                       ("Condition", condition), ("Semaphore(2)", semaphore)]:
        print(f"{name}:")
        await part()


if __name__ == "__main__":
    asyncio.run(main())
