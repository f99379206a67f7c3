"""Part 10 in today's Python: three tasks tick every 1, 2 and 3 units; the
third stops after three ticks. A TaskGroup holds them and a timeout ends the
program cleanly (the original ran until Ctrl-C)."""

import asyncio

UNIT = 0.1  # seconds


async def ticker(name, units, log, limit=None):
    loop = asyncio.get_running_loop()
    started = loop.time()
    count = 0
    while True:
        count += 1
        due = count * units  # in units since the start
        # Sleep until the tick is due (not "one period more"), so that a late
        # wake-up does not push every later tick back.
        await asyncio.sleep(started + due * UNIT - loop.time())
        log.append((due, name, f"tick {count}"))
        if count == limit:
            log.append((due, name, "done"))
            return count


async def main():
    log = []
    try:
        async with asyncio.timeout(10.5 * UNIT):
            async with asyncio.TaskGroup() as group:
                group.create_task(ticker("a", 1, log))
                group.create_task(ticker("b", 2, log))
                group.create_task(ticker("c", 3, log, limit=3))
    except TimeoutError:
        log.append((10.5, "-", "deadline: the group cancels the tickers still running"))
    # Ticks due at the same moment come in no fixed order on the real clock,
    # so the log is printed sorted by time, then name (a stable sort: a
    # ticker's own lines keep their order).
    for when, name, what in sorted(log, key=lambda line: line[:2]):
        print(f"{when:>4} units  {name}: {what}")


if __name__ == "__main__":
    asyncio.run(main())
