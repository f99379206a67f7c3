"""Part 26 in Python: file reads from async code go to a thread pool.

aiofiles does the same underneath (each open, read, write and close is a
`run_in_executor` job); the standard library's way is `asyncio.to_thread`.
The default executor is a ThreadPoolExecutor of min(32, CPUs + 4) threads,
named asyncio_0, asyncio_1, ... (CPUs: os.cpu_count() in 3.8-3.12,
os.process_cpu_count() from 3.13, which counts only the CPUs this process
may use).
"""

import asyncio
import os
import pathlib
import tempfile
import threading


def where(path):
    """Reads a file and says which thread did it."""
    return path.read_bytes(), threading.current_thread().name


async def main(paths):
    # One read: off the event loop's thread, on the default executor's.
    _, name = await asyncio.to_thread(where, paths[0])
    print(f"one to_thread read ran on {name!r}, not {threading.current_thread().name!r}")

    # Many at once: each is a job of its own; the pool starts threads up to its limit.
    async with asyncio.TaskGroup() as group:
        reads = [group.create_task(asyncio.to_thread(where, p)) for p in paths]
    names = {read.result()[1] for read in reads}
    cpus = getattr(os, "process_cpu_count", os.cpu_count)()  # 3.13+, or before
    limit = min(32, (cpus or 1) + 4)
    print(f"{len(paths)} reads at once: at most min(32, CPUs + 4) threads: {len(names) <= limit}")

    # One trip for all of them, as spawn_blocking with a loop does.
    batch = await asyncio.to_thread(lambda: [where(p) for p in paths])
    print(f"one to_thread for all {len(paths)}: {len({name for _, name in batch})} thread")

    # Straight in the coroutine: the event loop's own thread, blocked meanwhile.
    direct = {where(p)[1] for p in paths}
    print(f"read_bytes in the coroutine: on {sorted(direct)}")


with tempfile.TemporaryDirectory() as tmp:
    files = [pathlib.Path(tmp, f"{i}.txt") for i in range(100)]
    for i, file in enumerate(files):
        file.write_text(f"file {i}\n")
    asyncio.run(main(files))
