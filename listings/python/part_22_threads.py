"""Part 22 in Python: threading.Thread with a name, join, an exception in a
thread, threading.local, threading.Timer with cancel, await asyncio.sleep(0),
and a daemon thread that the interpreter does not wait for at exit."""

import asyncio
import threading
import time


def count_letters(words, results):
    # A thread returns nothing to join(): it leaves its result somewhere.
    results[threading.current_thread().name] = sum(len(w) for w in words)


def threads_and_join():
    results = {}
    first = threading.Thread(target=count_letters, name="first",
                             args=(["alpha", "beta"], results))
    second = threading.Thread(target=count_letters, name="second",
                              args=(["gamma", "delta", "epsilon"], results))
    for thread in (first, second):
        thread.start()
    for thread in (first, second):
        thread.join()
        print(f"thread {thread.name!r} counted {results[thread.name]} letters")
    print(f"main runs on a thread named {threading.current_thread().name!r}")


def exception_in_a_thread():
    def fail():
        raise ValueError("no answer today")

    seen = []
    threading.excepthook = lambda args: seen.append(repr(args.exc_value))
    failing = threading.Thread(target=fail)
    failing.start()
    print(f"join returned {failing.join()!r}; the hook saw {seen[0]}")
    threading.excepthook = threading.__excepthook__


handled = threading.local()


def handle_request():
    handled.count = getattr(handled, "count", 0) + 1


def thread_locals():
    counts = {}

    def worker(name, requests):
        for _ in range(requests):
            handle_request()
        counts[name] = handled.count

    workers = [threading.Thread(target=worker, args=("a", 3)),
               threading.Thread(target=worker, args=("b", 5))]
    for thread in workers:
        thread.start()
    handle_request()
    for thread in workers:
        thread.join()
    print(f"thread a handled {counts['a']}, b {counts['b']}, main {handled.count}")


def timers():
    said = []
    hello = threading.Timer(0.2, lambda: said.append("hello"))
    never = threading.Timer(60, lambda: print("never printed"))
    hello.start()
    never.start()
    never.cancel()
    never.join()  # cancel() wakes it: this returns at once
    hello.join()
    print(f"cancelled the 60 s timer; the 200 ms one said {said[0]!r}")


async def steps(yield_between):
    order = []

    async def task(name):
        for step in range(3):
            order.append(f"{name}{step}")
            if yield_between:
                await asyncio.sleep(0)  # back of the queue

    async with asyncio.TaskGroup() as group:
        group.create_task(task("a"))
        group.create_task(task("b"))
    return " ".join(order)


def main():
    threads_and_join()
    exception_in_a_thread()
    thread_locals()
    timers()
    print(f"no yield:         {asyncio.run(steps(False))}")
    print(f"asyncio.sleep(0): {asyncio.run(steps(True))}")
    start = time.monotonic()
    threading.Thread(target=time.sleep, args=(10,), daemon=True).start()
    print("main returns; the daemon thread sleeping 10 s is not waited for")
    assert time.monotonic() - start < 5


if __name__ == "__main__":
    main()
