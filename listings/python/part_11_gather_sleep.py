"""Part 11 in today's Python: gather runs coroutines concurrently; a blocking
time.sleep inside one of them makes them run one after another."""

import asyncio
import time

UNIT = 0.1  # seconds


async def sleeper(units):
    print(f"start {units}")
    await asyncio.sleep(units * UNIT)
    print(f"end   {units}")
    return units


async def blocking_sleeper(units):
    print(f"start {units}")
    time.sleep(units * UNIT)  # wrong: holds the event loop's thread
    print(f"end   {units}")
    return units


async def timed(label, coroutines):
    started = time.perf_counter()
    results = await asyncio.gather(*coroutines)
    units = round((time.perf_counter() - started) / UNIT)
    print(f"{label} returned {results} in about {units} units\n")


def main():
    asyncio.run(timed("gather", [sleeper(u) for u in [3, 1, 4, 0, 2]]))
    asyncio.run(timed("gather with time.sleep", [blocking_sleeper(u) for u in range(5)]))


if __name__ == "__main__":
    main()
