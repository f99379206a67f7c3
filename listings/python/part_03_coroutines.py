"""Part 03 in today's Python: a coroutine object can be awaited only once.

The original awaited the same coroutine twice and ended in a traceback. Here
the second await's RuntimeError is caught and printed, so the script runs to
the end; a fresh call to the coroutine function makes a fresh coroutine.
"""

import asyncio


async def answer():
    print("  answer() runs")
    await asyncio.sleep(0.1)  # one unit: 100 ms
    return 42


async def main():
    coroutine = answer()  # an object: nothing has run yet
    print("created the coroutine")
    print(f"first await: {await coroutine}")
    try:
        await coroutine
    except RuntimeError as error:
        print(f"second await: RuntimeError: {error}")
    print(f"a new coroutine, awaited: {await answer()}")


if __name__ == "__main__":
    asyncio.run(main())
