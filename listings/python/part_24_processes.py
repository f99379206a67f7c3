"""Part 24 in Python: subprocess, asyncio's subprocesses, a Pool, a Manager.

Each block prints only what is the same on every run: statuses, lengths,
results in input order or sorted.
"""

import asyncio
import multiprocessing
import subprocess

NOISY = "echo 'to stdout'; echo 'to stderr' >&2; exit 3"


def steps(n):
    """The number of steps of the Collatz sequence that starts at n."""
    count = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        count += 1
    return count


def add_hits(counters, lock, times):
    for _ in range(times):
        with lock:  # proxy["hits"] += 1 is a get and a set: two round trips
            counters["hits"] += 1


async def with_deadline(argv, limit):
    child = await asyncio.create_subprocess_exec(*argv)
    try:
        async with asyncio.timeout(limit):
            return "on time", await child.wait()
    except TimeoutError:
        child.kill()  # SIGKILL; then reap it
        return "killed", await child.wait()


def main():
    ran = subprocess.run(["sh", "-c", NOISY], capture_output=True, text=True)
    print(f"run: returncode {ran.returncode}, stdout {ran.stdout!r}, stderr {ran.stderr!r}")

    # communicate() (which run(input=...) uses) writes and reads at once.
    big = b"x" * (4 * 1024 * 1024)
    echoed = subprocess.run(["cat"], input=big, capture_output=True).stdout
    print(f"cat: sent {len(big)} bytes, got {len(echoed)} back")

    print("sleep 30, 300 ms limit:", *asyncio.run(with_deadline(["sleep", "30"], 0.3)))

    inputs = [27, 97, 871, 6171, 77031, 837799]
    with multiprocessing.Pool(2) as pool:
        print("Pool.map, in input order:", pool.map(steps, inputs))
        arrived = sorted(pool.imap_unordered(steps, inputs))
        print("imap_unordered, sorted:", arrived)

    with multiprocessing.Manager() as manager:
        counters, lock = manager.dict(hits=0), manager.Lock()
        workers = [
            multiprocessing.Process(target=add_hits, args=(counters, lock, 250))
            for _ in range(4)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("Manager dict, 4 processes x 250 hits:", counters["hits"])


if __name__ == "__main__":
    main()
