"""Part 20 in today's Python (3.11+): asyncio.TaskGroup waits for every task,
cancels the others at the first error, and raises an ExceptionGroup with
every error that happened; `except*` takes it apart."""

import asyncio


async def sleep_until(when):
    """Like asyncio.sleep, to a moment on the loop's clock: jobs due at the
    same moment then wake up in the same turn of the loop."""
    loop = asyncio.get_running_loop()
    woken = loop.create_future()
    timer = loop.call_at(when, woken.set_result, None)
    try:
        await woken
    finally:
        timer.cancel()


# The real clock: no times printed, only the order, which the timers fix.
async def job(name, seconds, fails, start, cancelled):
    try:
        await sleep_until(start + seconds)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise  # a cancelled task must end cancelled
    if fails:
        print(f"{name} fails")
        raise ValueError(f"{name} failed")
    print(f"{name} is done")
    return name


async def run(jobs):
    start = asyncio.get_running_loop().time()
    cancelled = []
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(job(*spec, start, cancelled)) for spec in jobs]
        print(f"the group returns {[t.result() for t in tasks]}")
    except* ValueError as failed:
        # The group cancels from a set, in no fixed order: sorted here.
        print(f"cancelled: {sorted(cancelled)}")
        errors = [str(e) for e in failed.exceptions]
        print(f"the group raises {type(failed).__name__} {errors}")


async def main():
    print("-- every job succeeds --")
    await run([("a", 0.3, False), ("b", 0.1, False), ("c", 0.2, False)])
    print("-- b fails --")
    await run([("a", 0.3, False), ("b", 0.1, True), ("c", 0.2, False)])
    print("-- b and c fail at the same moment --")
    await run([("a", 0.3, False), ("b", 0.2, True), ("c", 0.2, True)])


if __name__ == "__main__":
    asyncio.run(main())
