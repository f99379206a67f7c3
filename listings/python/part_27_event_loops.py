"""Part 27 in today's Python: the event loop is chosen when the program
starts. asyncio.Runner (3.11+) takes a loop_factory; uvloop's
uvloop.new_event_loop would go there the same way (it is not installed
here), so this passes the loops the standard library has on Linux."""

import asyncio


async def rally(pairs, hops):
    """Pairs of tasks hit a ball (a hop number) back and forth over two
    queues; answers how many hops were played."""
    played = 0

    async def player(inbox, outbox):
        nonlocal played
        while (n := await inbox.get()) is not None:
            played += 1
            await outbox.put(n + 1 if n < hops else None)  # None: game over
        await outbox.put(None)  # tell the other player, who is waiting

    async with asyncio.TaskGroup() as group:
        for _ in range(pairs):
            a, b = asyncio.Queue(1), asyncio.Queue(1)
            a.put_nowait(1)
            group.create_task(player(a, b))
            group.create_task(player(b, a))
    return played


FACTORIES = {
    "SelectorEventLoop": asyncio.SelectorEventLoop,
    "new_event_loop": asyncio.new_event_loop,  # the default, what run() uses
}

for name, factory in FACTORIES.items():
    with asyncio.Runner(loop_factory=factory) as runner:
        played = runner.run(rally(10, 100))
        loop = type(runner.get_loop()).__name__
    print(f"loop_factory={name:<17} -> {loop}: {played} hops")
