"""Part 09 in today's Python: an async generator, and a generator expression over it."""

import asyncio


async def numbers(first, last):
    """Yields first..=last, waiting one unit (100 ms) before each."""
    for n in range(first, last + 1):
        await asyncio.sleep(0.1)
        yield n


async def main():
    tens = (n * 10 async for n in numbers(1, 5))  # an async generator expression
    async for ten in tens:
        print(ten)

    # Filter, map and stop early: the generator never produces 10..20.
    picked = []
    async for n in numbers(1, 20):
        if n % 3 == 0:
            picked.append(n * 10)
            if len(picked) == 3:
                break
    print(picked)


if __name__ == "__main__":
    asyncio.run(main())
