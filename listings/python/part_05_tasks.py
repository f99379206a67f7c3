"""Part 05 in today's Python: a Task runs a coroutine on its own, and is a Future.

Awaiting a task waits for it the first time; once it is done, awaiting it
again returns the stored result at once.
"""

import asyncio


async def nap():
    print("  nap: start")
    await asyncio.sleep(0.1)  # one unit: 100 ms
    print("  nap: end")
    return "rested"


async def main():
    task = asyncio.create_task(nap())
    print(f"created the task; done? {task.done()}")
    print(f"first await: {await task!r}")
    print(f"done? {task.done()}")
    print(f"second await, of a done task: {await task!r}")
    assert task.done()
    print(f"a Task is a Future: {isinstance(task, asyncio.Future)}")


if __name__ == "__main__":
    asyncio.run(main())
