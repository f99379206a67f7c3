"""Part 01 in today's Python: asyncio.run and asyncio.Runner own the loop.

The original asked for the default loop with get_event_loop(), made another
with new_event_loop() and installed it with set_event_loop(). Calling
get_event_loop() with no loop running has been deprecated since Python 3.10,
and since 3.14 it raises RuntimeError when no loop has been set. Today a Runner
creates the loop, and code inside asks for the *running* one.
"""

import asyncio
import threading


async def running_loop():
    return asyncio.get_running_loop()


def main():
    try:
        asyncio.get_running_loop()
    except RuntimeError as error:
        print(f"outside any loop: {error}")

    with asyncio.Runner() as runner_a:
        first = runner_a.run(running_loop())
        second = runner_a.run(running_loop())
        print(f"one Runner, asked twice: the same loop? {first is second}")
        assert first is second

        with asyncio.Runner() as runner_b:
            other = runner_b.run(running_loop())
        print(f"a second Runner: the same loop? {other is first}")
        assert other is not first

    seen = []
    thread = threading.Thread(target=lambda: seen.append(asyncio.run(running_loop()) is first))
    thread.start()
    thread.join()
    print(f"asyncio.run in another thread: the same loop? {seen[0]}")


if __name__ == "__main__":
    main()
