#!/usr/bin/env bash
# Part 26's benchmark (not run by `cargo test`): many small reads from async
# code, four ways (the listing part_26_fs_ways, release build, --bench), on a
# multi-thread and a current-thread runtime; then Python's two ways. Prints
# the machine first. FILES=N changes the number of files (default 1000).
#
#   listings/bench/part_26_fs.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

echo "$(date -u +%F), $(nproc) cores, Linux $(uname -r)"
echo
cargo build --quiet --release -p listings --bin part_26_fs_ways
target/release/part_26_fs_ways --bench
echo

python3 - "${FILES:-1000}" <<'PY'
import asyncio, pathlib, sys, tempfile, time

count, runs = int(sys.argv[1]), 50

async def table(ways):
    """Each way's shortest run, the ways taking turns, in one event loop."""
    best = {name: float("inf") for name, _ in ways}
    for run in range(runs + 1):
        for name, way in ways:
            start = time.perf_counter()
            await way()
            if run > 0:  # run 0 warms up
                best[name] = min(best[name], time.perf_counter() - start)
    print(f"python {sys.version.split()[0]}: {count} files of 256 bytes, "
          f"best of {runs} runs taking turns, µs per file")
    for name, _ in ways:
        print(f"{name:<38} {best[name] * 1e6 / count:>8.2f}")

with tempfile.TemporaryDirectory() as tmp:
    paths = [pathlib.Path(tmp, f"{i}.txt") for i in range(count)]
    for path in paths:
        path.write_bytes(b"a" * 256)

    async def each():
        for path in paths:
            await asyncio.to_thread(path.read_bytes)

    async def all_at_once():
        await asyncio.gather(*(asyncio.to_thread(p.read_bytes) for p in paths))

    async def one_hop():
        await asyncio.to_thread(lambda: [p.read_bytes() for p in paths])

    async def direct():
        for path in paths:
            path.read_bytes()

    asyncio.run(table([("to_thread(read_bytes), one at a time", each),
                       ("to_thread(read_bytes), all at once", all_at_once),
                       ("one to_thread, read_bytes in a loop", one_hop),
                       ("read_bytes in the coroutine", direct)]))
PY
