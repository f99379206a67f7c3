"""Part 21 in today's Python: a ContextVar follows create_task (each task
runs in a copy of the context it was created in), and add_done_callback
runs a function when a task ends, cancelled or not."""

import asyncio
import contextvars

REQUEST = contextvars.ContextVar("REQUEST")


def log(what):
    print(f"[request {REQUEST.get('none')}] {what}")


async def handle():
    log("handler")
    await asyncio.to_thread(log, "to_thread, too")
    await asyncio.create_task(spawned())


async def spawned():
    log("a task the handler created")


async def job(units):
    await asyncio.sleep(units * 0.1)
    return units * 10


def report(task):  # called with the task once it is done
    if task.cancelled():
        print(f"callback: {task.get_name()} was cancelled")
    else:
        print(f"callback: {task.get_name()} answered {task.result()}")


async def main():
    token = REQUEST.set(7)
    await handle()
    REQUEST.reset(token)
    log("main, after reset")

    a = asyncio.create_task(job(1), name="a")
    b = asyncio.create_task(job(5), name="b")
    for task in (a, b):
        task.add_done_callback(report)
    await asyncio.sleep(0.2)
    b.cancel()
    await asyncio.gather(a, b, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(main())
