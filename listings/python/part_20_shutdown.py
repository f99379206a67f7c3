"""Part 20's graceful shutdown in today's Python: a service stops taking
requests, lets those in flight finish within a grace period, cancels the
rest, and reports what became of each one. It runs on the real clock, so it
prints the order of events and no times."""

import asyncio
import contextlib


async def sleep_until(when):
    """Like asyncio.sleep, to a moment on the loop's clock, so that events
    keep their order even when the machine is slow."""
    loop = asyncio.get_running_loop()
    woken = loop.create_future()
    timer = loop.call_at(when, woken.set_result, None)
    try:
        await woken
    finally:
        timer.cancel()


async def handle(number, done_at, report):
    try:
        await sleep_until(done_at)  # the work
    except asyncio.CancelledError:
        print(f"request {number} is cut off")
        report["cut_off"].append(number)
        raise
    print(f"request {number} is done")
    report["finished"].append(number)


async def accept(queue, in_flight, report):
    while True:
        number, done_at = await queue.get()
        task = asyncio.create_task(handle(number, done_at, report))
        in_flight.add(task)
        task.add_done_callback(in_flight.discard)


async def serve(queue, stop, grace):
    report = {"finished": [], "cut_off": [], "never_started": []}
    in_flight = set()
    acceptor = asyncio.create_task(accept(queue, in_flight, report))
    await stop.wait()
    acceptor.cancel()  # 1. stop accepting, and wait until it has stopped
    with contextlib.suppress(asyncio.CancelledError):
        await acceptor
    print(f"stop: {len(in_flight)} requests in flight")
    if in_flight:
        # 2. let them finish, for at most `grace` seconds
        _, pending = await asyncio.wait(in_flight, timeout=grace)
        if pending:
            print(f"grace is over: cutting off {len(pending)}")
            for task in pending:
                task.cancel()  # 3. cut off the rest, and wait for them
            await asyncio.wait(pending)
    print("every task has ended")
    return report


async def client(queue, start, plan):
    for number, at, work in plan:
        await sleep_until(start + at)
        print(f"client sends request {number} ({int(work * 1000)} ms of work)")
        queue.put_nowait((number, start + at + work))


async def main():
    start = asyncio.get_running_loop().time()
    queue = asyncio.Queue()
    stop = asyncio.Event()
    plan = [(1, 0.0, 0.3), (2, 0.2, 0.6), (3, 0.4, 0.9), (4, 0.7, 0.1)]
    sender = asyncio.create_task(client(queue, start, plan))
    asyncio.get_running_loop().call_at(start + 0.5, stop.set)  # "Ctrl-C"
    report = await serve(queue, stop, grace=0.5)
    await sender
    # Put after the stop, and never taken: the client was not told. (Python
    # 3.13's Queue.shutdown() would make its put fail instead.)
    report["never_started"] += [number for number, _ in drain(queue)]
    print(report)


def drain(queue):
    while not queue.empty():
        yield queue.get_nowait()


if __name__ == "__main__":
    asyncio.run(main())
