"""Part 18 in today's Python: task.cancel() raises CancelledError inside the
task, at the await where it waits. The task's own code decides what happens:
`finally` runs, and may even await (async cleanup); a task could also catch
the error and go on, so cancel() is a request, as a Rust CancellationToken
is, not a drop."""

import asyncio


class Noisy:
    """A resource that says when it is closed (a file, a connection)."""

    def __init__(self, name):
        self.name = name
        print(f"work: opened {name}")

    def close(self):
        print(f"close {self.name}")


async def work():
    a = Noisy("a")
    try:
        await asyncio.sleep(0.1)
        b = Noisy("b")
        try:
            await asyncio.sleep(0.3)
            print("work: done")  # not reached: cancelled at 0.25 s
        finally:
            b.close()
    except asyncio.CancelledError:
        print("work: CancelledError raised at the await")
        raise  # let the cancellation go on
    finally:
        await asyncio.sleep(0.1)  # async cleanup: allowed in a coroutine
        print("work: said goodbye (an await in finally)")
        a.close()


async def stubborn():
    """Catches the cancellation and carries on: allowed, and a bad idea."""
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: cancelled, but carries on")
        # 3.11+: the request is still counted; uncancel() would take it back
        print(f"stubborn: cancelling() = {asyncio.current_task().cancelling()}")
    return "finished anyway"


async def main():
    task = asyncio.create_task(work())
    await asyncio.sleep(0.25)
    task.cancel()  # a request: nothing has happened yet
    print("main: cancel() returned")
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: the task is cancelled: {task.cancelled()}")

    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    task.cancel()
    print(f"main: stubborn says {await task!r}, cancelled: {task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
