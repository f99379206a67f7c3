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
    one, sleeper = One(), SleepThenOne()
    print(f"await one: {await one}")
    print(f"await sleeper: {await sleeper}")
    print(f"await sleeper: {await sleeper}")

    # A Task runs its coroutine once; awaiting it again gives the stored result.
    task = asyncio.ensure_future(sleeper)
    print(f"await task: {await task}")
    print(f"await task: {await task}")


if __name__ == "__main__":
    asyncio.run(main())
