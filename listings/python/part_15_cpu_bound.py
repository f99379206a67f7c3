"""Part 15 in today's Python: CPU-bound sums in a process pool, awaited from
asyncio with run_in_executor and collected with as_completed. The sizes are
the original's divided by 1000; pass --full for the original's sizes."""

import asyncio
import sys
from concurrent.futures import ProcessPoolExecutor


def range_sum(m, end):
    return m, sum(range(1, end + 1))  # a loop in C, but one number at a time


async def main(unit):
    loop = asyncio.get_running_loop()
    finished = []
    with ProcessPoolExecutor() as pool:  # one process per core
        jobs = [loop.run_in_executor(pool, range_sum, m, unit * m) for m in range(16)]
        for job in asyncio.as_completed(jobs):
            finished.append(await job)  # in the order they finish
    print(f"sums of 1..={unit}·m, m = 0..15:")
    for m, total in sorted(finished):
        print(f"  m = {m:>2}: {total}")
    right = all(total == unit * m * (unit * m + 1) // 2 for m, total in finished)
    print(f"all 16 sums equal end·(end+1)/2: {right}")


if __name__ == "__main__":
    asyncio.run(main(30_000_000 if sys.argv[1:] == ["--full"] else 30_000))
