"""Part 16 in today's Python: a bounded asyncio.Queue, three consumers, one
producer, and a clean stop: one sentinel (None) per consumer once the
producer is done. (Python 3.13 adds Queue.shutdown() for that.)"""

import asyncio

ITEMS = 12        # the producer puts 1..=12 after the seed, 0
EVERY = 0.1       # one item every unit (100 ms)
WORK = 0.45       # a consumer works this long on an item
CONSUMERS = "abc"


async def consume(name, queue, taken):
    while (item := await queue.get()) is not None:
        print(f"{name} takes {item}")
        taken.append(item)
        await asyncio.sleep(WORK)
    print(f"{name} stops")


async def produce(queue):
    for item in range(1, ITEMS + 1):
        await asyncio.sleep(EVERY)
        await queue.put(item)  # waits while the queue is full
    for _ in CONSUMERS:
        await queue.put(None)  # one "stop" for each consumer


async def main():
    queue = asyncio.Queue(maxsize=2)
    queue.put_nowait(0)  # seeded with one item
    taken = {name: [] for name in CONSUMERS}
    async with asyncio.TaskGroup() as tasks:
        for name in CONSUMERS:
            tasks.create_task(consume(name, queue, taken[name]))
        tasks.create_task(produce(queue))
    everything = sorted(item for items in taken.values() for item in items)
    assert everything == list(range(ITEMS + 1)), everything
    print(f"{ITEMS + 1} items put, each taken exactly once")


if __name__ == "__main__":
    asyncio.run(main())
