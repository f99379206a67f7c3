"""Part 02 in today's Python: asyncio.run drives one coroutine to the end."""

import asyncio


async def start_and_end():
    print("Start")
    await asyncio.sleep(0.1)  # one unit: 100 ms
    print("End")
    return "done"


def main():
    coroutine = start_and_end()  # an object: nothing has run yet
    print("created the coroutine")
    result = asyncio.run(coroutine)
    print(f"asyncio.run returned {result!r}")


if __name__ == "__main__":
    main()
