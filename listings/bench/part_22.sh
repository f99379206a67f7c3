#!/usr/bin/env bash
# Part 22's benchmark (not run by `cargo test`): the cost of N waiters, OS
# threads against tokio tasks (the listing part_22_threads_vs_tasks, release
# build, --table), then the same with Python's threads and asyncio tasks.
# Each row is a fresh process; memory is its peak RSS (VmHWM) above what it
# held before it started the waiters. Prints the machine first.
#
#   listings/bench/part_22.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

echo "$(date -u +%F), $(nproc) cores, Linux $(uname -r), ulimit -u $(ulimit -u)," \
    "pid_max $(cat /proc/sys/kernel/pid_max), threads-max $(cat /proc/sys/kernel/threads-max)"
echo
cargo build --quiet --release -p listings --bin part_22_threads_vs_tasks
target/release/part_22_threads_vs_tasks --table
echo

# The same in Python, each kind in a process of its own.
python_one() { # kind count
    python3 - "$1" "$2" <<'PY'
import asyncio, sys, threading, time

WAIT = 2.0

def kib(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1])

kind, count = sys.argv[1], int(sys.argv[2])
rss, virt = kib("VmRSS:"), kib("VmSize:")
start = time.perf_counter()
if kind == "threads":
    threads = [threading.Thread(target=time.sleep, args=(WAIT,)) for _ in range(count)]
    for thread in threads:
        thread.start()
    start_all = time.perf_counter() - start
    for thread in threads:
        thread.join()
else:
    async def main():
        tasks = [asyncio.create_task(asyncio.sleep(WAIT)) for _ in range(count)]
        started = time.perf_counter() - start
        await asyncio.gather(*tasks)
        return started
    start_all = asyncio.run(main())
all_done = time.perf_counter() - start
peak, peak_virt = kib("VmHWM:") - rss, kib("VmPeak:") - virt
print(f"{kind:<8} {count:>8} {start_all * 1e3:>9.1f} ms {all_done * 1e3:>7.0f} ms "
      f"{peak / 1024:>6.1f} MiB {peak / count:>8.1f} KiB {peak_virt / 1024 / 1024:>8.1f} GiB")
PY
}
echo "python $(python3 -c 'import sys; print(sys.version.split()[0])')"
echo "kind      waiters   start all   all done   peak RSS   per waiter   peak virtual"
for run in "threads 100" "tasks 100" "threads 1000" "tasks 1000" "threads 10000" "tasks 10000" "tasks 100000"; do
    python_one $run
done
