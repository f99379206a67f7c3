"""Part 19 in today's Python (3.11+): asyncio.timeout and wait_for, one
deadline around several steps and retries, and a deadline or an idle limit
in a receive loop (timeout_at, reschedule). It runs on the real clock, so it
prints outcomes, not times, and only those that 100 ms of lateness cannot
change."""

import asyncio

PER_STEP = 0.3
BACKOFF = 0.15
BUDGET = 1.0


async def fetch(name, took):
    try:
        await asyncio.sleep(took)
        return f"{name}'s answer"
    except asyncio.CancelledError:
        print(f"{name}: cancelled before it finished")
        raise


async def limits():
    async with asyncio.timeout(0.3):
        print(await fetch("quick", 0.1))
    try:
        async with asyncio.timeout(0.3):
            print(await fetch("slow", 0.5))
    except TimeoutError as error:
        print(f"timeout: {type(error).__name__}")
    # wait_for cancels what it waits for, even a task.
    task = asyncio.create_task(fetch("task", 0.5))
    try:
        await asyncio.wait_for(task, 0.2)
    except TimeoutError:
        print(f"wait_for: TimeoutError; the task is cancelled: {task.cancelled()}")


async def ask(attempt):
    if attempt < 3:
        await asyncio.Event().wait()  # never answers
    await asyncio.sleep(0.1)
    return f"answer to try {attempt}"


async def job():
    await asyncio.sleep(0.2)  # connect
    for attempt in (1, 2, 3):
        try:
            async with asyncio.timeout(PER_STEP):  # the limit of one try
                return await ask(attempt)
        except TimeoutError:
            pass  # this try took too long: try again
        if attempt < 3:
            await asyncio.sleep(BACKOFF)


async def one_deadline():
    try:
        async with asyncio.timeout(BUDGET):  # the limit of the whole job
            print(await job())
    except TimeoutError:
        print("the whole job: TimeoutError")


async def messages(queue, count):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for n in range(1, count + 1):
        # Sleep until start + 0.2 n, so that delays do not add up.
        await asyncio.sleep(start + 0.2 * n - loop.time())
        await queue.put(n)


async def until_deadline(queue):
    handled = []
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.7):
            while True:
                handled.append(await queue.get())
    except TimeoutError:
        pass
    print(f"deadline: handled {handled}")


async def until_idle(queue):
    handled = []
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.3) as limit:
            while True:
                handled.append(await queue.get())
                limit.reschedule(loop.time() + 0.3)  # push the limit back
    except TimeoutError:
        pass
    print(f"idle: handled {handled}")


async def loops():
    a, b = asyncio.Queue(), asyncio.Queue()
    async with asyncio.TaskGroup() as tasks:
        tasks.create_task(messages(a, 4))
        tasks.create_task(messages(b, 4))
        tasks.create_task(until_deadline(a))
        tasks.create_task(until_idle(b))


async def main():
    await limits()
    await one_deadline()
    await loops()


if __name__ == "__main__":
    asyncio.run(main())
