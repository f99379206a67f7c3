#!/usr/bin/env bash
# Part 28 (not run by `cargo test`): build the tokio-console instrumentation
# (console-subscriber) in a scratch project outside the workspace, with tokio
# recompiled under `--cfg tokio_unstable`, time the cold build (wall and CPU,
# with GNU time: /usr/bin/time), then run the
# tiny workload and check that its telemetry port accepts a connection.
# Needs crates.io. The `tokio-console` CLI itself is not built here.
#
#   listings/bench/part_28_console.sh
set -euo pipefail
cd "$(dirname "$0")"
SCRATCH=/tmp/console-try
mkdir -p "$SCRATCH/src"
cp part_28_console/Cargo.toml "$SCRATCH/"
cp part_28_console/src/main.rs "$SCRATCH/src/"
cd "$SCRATCH"
export CARGO_TARGET_DIR="$SCRATCH/target"
export RUSTFLAGS="--cfg tokio_unstable"
echo "$(date -u +%F), $(nproc) cores, $(cargo --version)"
# Wall and CPU time of the cold build (GNU time writes them to stderr).
/usr/bin/time -f "cold build: %e s wall, %U s user + %S s system CPU" \
    nice -n 19 cargo build --quiet
echo "library crates compiled: $(ls "$CARGO_TARGET_DIR"/debug/deps/*.rlib | wc -l)"
echo "proc-macro crates compiled: $(ls "$CARGO_TARGET_DIR"/debug/deps/*.so | wc -l)"

PORT=16669
TOKIO_CONSOLE_BIND=127.0.0.1:$PORT "$CARGO_TARGET_DIR"/debug/part_28_console 3 &
pid=$!
sleep 1
if (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; then
    echo "console-subscriber is listening on 127.0.0.1:$PORT (tokio-console http://127.0.0.1:$PORT would attach)"
else
    echo "nothing listening on 127.0.0.1:$PORT"
fi
wait $pid
