#!/usr/bin/env bash
# Part 17's benchmark (not run by `cargo test`): redis-benchmark against
# Debian's redis-server, our listing (release build) and the Python
# counterpart, all started side by side, then a table of requests per second
# and the ratios to redis-server.
#
#   listings/bench/part_17.sh            # -n 200000, as in the chapter
#   REQUESTS=20000 RUNS=1 listings/bench/part_17.sh   # a quick look
#
# Needs redis-server, redis-benchmark, redis-cli (Debian: redis-server and
# redis-tools) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."

requests=${REQUESTS:-200000}
runs=${RUNS:-3}
clients=${CLIENTS:-50}
tests=ping_inline,ping_mbulk,set,get # = -t ping,set,get

for tool in redis-server redis-benchmark redis-cli python3; do
    command -v "$tool" >/dev/null || { echo "part_17.sh: $tool is not installed" >&2; exit 1; }
done
# -c 1000 means 1,000 sockets in each server process.
ulimit -n "$(ulimit -Hn)"

cargo build --quiet --release -p listings --bin part_17_mini_redis
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Waits until a server's output shows "listening on <address>"; echoes the port.
port_of() { # name
    local line=""
    for _ in $(seq 100); do
        line=$(grep -m1 'listening on' "$work/$1.out" || true)
        [ -n "$line" ] && break
        sleep 0.1
    done
    [ -n "$line" ] || { echo "$1 did not start:" >&2; cat "$work/$1.out" >&2; exit 1; }
    echo "$line" | grep -oE '[0-9]+\)?$' | tr -d ')'
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Started here, not in $(...), so that their ids reach `cleanup`.
target/release/part_17_mini_redis --serve --port 0 --quiet >"$work/rust.out" 2>&1 &
pids+=($!)
python3 -u listings/python/part_17_mini_redis.py 0 --quiet >"$work/python.out" 2>&1 &
pids+=($!)
rust_port=$(port_of rust)
python_port=$(port_of python)
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
    --daemonize no >"$work/redis.out" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break
    sleep 0.1
done

# Prints "TEST rps" lines for one server and one set of options.
bench() { # port options...
    local port=$1
    shift
    redis-benchmark -h 127.0.0.1 -p "$port" -n "$requests" "$@" --csv 2>/dev/null |
        tail -n +2 | tr -d '"' | cut -d, -f1,2 | tr , ' '
}

# One table: the servers take turns, test by test, $RUNS times, and each
# server's best run per test counts (on a shared machine, the best run is the
# one least disturbed by other work).
table() { # title options...
    local title=$1 name port
    shift
    echo
    echo "$title"
    for _ in $(seq "$runs"); do
        for test in ${tests//,/ }; do
            for name in redis rust python; do
                port=${name}_port
                bench "${!port}" -t "$test" "$@" >>"$work/$name.runs"
            done
        done
    done
    for name in redis rust python; do
        sort -k1,1 -k2,2nr "$work/$name.runs" | sort -k1,1 -u >"$work/$name.best"
        rm "$work/$name.runs"
    done
    join "$work/redis.best" "$work/rust.best" | join - "$work/python.best" |
        awk 'BEGIN {
                printf "| %-12s | %12s | %12s | %6s | %12s | %6s |\n", "test", "redis-server", "Rust", "ratio", "Python", "ratio"
                printf "|%s|%s|%s|%s|%s|%s|\n", "--------------", "-------------:", "-------------:", "-------:", "-------------:", "-------:"
             }
             { printf "| %-12s | %12d | %12d | %5.2fx | %12d | %5.2fx |\n", $1, $2, $3, $3 / $2, $4, $4 / $2 }'
}

echo "redis-benchmark -t ping,set,get -c $clients -n $requests, best of $runs, $(nproc) cores, $(date -u +%F)"
table "without pipelining (requests per second)" -c "$clients"
table "with -P 16 (requests per second)" -c "$clients" -P 16

echo
echo "-c 1000 against the Rust listing:"
if timeout 300 redis-benchmark -h 127.0.0.1 -p "$rust_port" -t "$tests" -n "$requests" \
    -c 1000 -q 2>/dev/null | tr '\r' '\n' | grep -E 'requests per second'; then
    echo "(completed)"
else
    echo "did NOT complete within 300 s"
fi
