"""Part 06 in today's Python: objects with __await__ run again on every await."""

import asyncio


class One:
    """Hands control to the loop once, then answers 1."""

    def __await__(self):
        print("  One.__await__ starts")
        yield  # a bare yield: "poll me again soon"
        return 1


class SleepThenOne:
    """Sleeps one unit (100 ms), then delegates to One."""

    def __await__(self):
        print("  SleepThenOne.__await__ starts")
        yield from asyncio.sleep(0.1).__await__()
        return (yield from One().__await__())


async def main():
    loop = asyncio.get_running_loop()
    started = loop.time()

    def at():
        # whole 100 ms units: a timer may fire a hair early or a little late
        return f"at {round((loop.time() - started) / 0.1) * 100} ms"

    one, sleeper = One(), SleepThenOne()
    print(f"await one: {await one} ({at()})")
    print(f"await sleeper: {await sleeper} ({at()})")
    print(f"await sleeper: {await sleeper} ({at()})")

    # A Task runs its coroutine once; awaiting it again gives the stored result.
    task = asyncio.ensure_future(sleeper)
    print(f"await task: {await task} ({at()})")
    print(f"await task: {await task} ({at()})")


if __name__ == "__main__":
    asyncio.run(main())
