#!/usr/bin/env bash
# Part 23's benchmark (not run by `cargo test`): Pi counted three ways
# (a shared Mutex, a shared atomic, per-thread sums) in a release build, one
# table, each time the best of three runs.
#
#   listings/bench/part_23_pi.sh          # radius 5000 (25 million squares)
#   RADIUS=2000 listings/bench/part_23_pi.sh   # a quick look
#
# part_23_pi uses the standard library only, so rustc alone builds it, at
# cargo's release settings (opt-level 3, no debug assertions), in seconds;
# `cargo build --release -p listings` would first build every dependency of
# the crate (tokio, reqwest, hyper, ...) in release mode, for minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

radius=${RADIUS:-5000}
out=${CARGO_TARGET_DIR:-target}/bench
mkdir -p "$out"
rustc --edition 2021 -C opt-level=3 -C debug-assertions=off \
    -o "$out/part_23_pi" listings/src/bin/part_23_pi.rs

echo "$(date -u +%Y-%m-%d), nproc $(nproc), Linux $(uname -r), $(rustc --version)"
"$out/part_23_pi" --bench "$radius"
