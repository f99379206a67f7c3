"""Part 04 in today's Python: a Future is a slot for a result set later.

The original also noted set_exception, and that a future nobody sets makes
its awaiter wait forever; both are shown here, the second with a timeout.
"""

import asyncio


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    print(f"created a future; done? {future.done()}")
    assert not future.done()

    future.set_result("the answer")
    print(f"set its result; done? {future.done()}")
    assert future.done()
    print(f"first await: {await future!r}")
    print(f"second await: {await future!r}")

    failing = loop.create_future()
    failing.set_exception(ValueError("no answer today"))
    try:
        await failing
    except ValueError as error:
        print(f"a future with an exception raises it: {error!r}")

    never = loop.create_future()  # nobody will ever set this one
    try:
        await asyncio.wait_for(never, timeout=0.1)
    except TimeoutError:
        print("a future nobody sets never finishes: wait_for gave up")


if __name__ == "__main__":
    asyncio.run(main())
