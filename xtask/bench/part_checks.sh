#!/usr/bin/env bash
# The author loop, measured: for every part, the wall time of
# `cargo xtask test NN` warm, right after an edit of its chapter, and right
# after an edit of one of its listings (a line added to `main`'s file; the
# file is put back afterwards). Prints a Markdown table.
#   xtask/bench/part_checks.sh [NN ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build -q -p xtask
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=($(ls src | sed -n "s/^part-\([0-9][0-9]\)-.*/\1/p"; echo 00))
timed() { # prints the seconds `cargo xtask test $1` took; fails if it failed
    local start end
    start=$(date +%s.%N)
    cargo xtask test "$1" >/tmp/part_check.log 2>&1 || { cat /tmp/part_check.log >&2; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}
echo "| part | warm, no edit | after a chapter edit | after a listing edit | slowest check |"
echo "|---|---|---|---|---|"
for part in "${parts[@]}"; do
    if [ "$part" = 00 ]; then chapter=src/introduction.md; else chapter=$(ls src/part-"$part"-*.md); fi
    listing=$(ls listings/src/bin/part_"$part"_*.rs | head -1)
    cargo xtask test "$part" >/dev/null 2>&1 || true
    warm=$(timed "$part")
    slowest=$(tail -1 /tmp/part_check.log | sed 's/.*slowest: //; s/)$//')
    cp "$chapter" /tmp/part_check.chapter
    printf '\n' >>"$chapter"
    after_chapter=$(timed "$part")
    cp /tmp/part_check.chapter "$chapter"
    cargo xtask test "$part" >/dev/null 2>&1
    cp "$listing" /tmp/part_check.listing
    printf '\n// an edit\n' >>"$listing"
    after_listing=$(timed "$part")
    cp /tmp/part_check.listing "$listing"
    cargo xtask test "$part" >/dev/null 2>&1
    printf '| %s | %.1f s | %.1f s | %.1f s | %s |\n' "$part" "$warm" "$after_chapter" "$after_listing" "$slowest"
done
