#!/usr/bin/env bash
# Part 27's benchmark (not run by `cargo test`): one workload, 500 pairs of
# tasks x 400 hops of a ball over tokio channels, with no CPU work and with
# 200 rounds of arithmetic per hop, on three set-ups: current_thread,
# multi_thread with 2 workers, current_thread + LocalSet. The listing
# part_27_flavours (release build, --bench) prints the best of 3 runs of each
# cell; this script runs it $RUNS times (fresh processes) and prints the
# machine first.
#
#   listings/bench/part_27_runtimes.sh
#   RUNS=1 listings/bench/part_27_runtimes.sh   # a quick look
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${RUNS:-3}
echo "$(date -u +%F), $(nproc) cores, Linux $(uname -r)," \
    "$(rustc --version | cut -d' ' -f1-2), tokio $(grep -A1 '^name = "tokio"$' Cargo.lock | tail -1 | cut -d'"' -f2)"
# Can this machine run io_uring runtimes (tokio-uring, monoio, glommio)? The
# sysctl (0 = allowed), then the real test: io_uring_setup (syscall 425 on
# x86-64 and arm64) asked for a ring of 4 entries, from Python's ctypes.
echo "io_uring_disabled = $(cat /proc/sys/kernel/io_uring_disabled 2>/dev/null || echo absent)," \
    "io_uring_setup: $(python3 -c '
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
fd = libc.syscall(425, 4, ctypes.create_string_buffer(120))  # struct io_uring_params
print("a ring, fd %d" % fd if fd >= 0 else os.strerror(ctypes.get_errno()))
')"
cargo build --quiet --release -p listings --bin part_27_flavours
for run in $(seq "$runs"); do
    echo
    echo "run $run of $runs"
    target/release/part_27_flavours --bench
done
