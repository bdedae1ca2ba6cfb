#!/usr/bin/env bash
# Time of `lke score examples/kantor-contoh.yaml` (the README's first command), release build.
#
# Prints the median, minimum and maximum wall-clock and CPU time of RUNS runs (default 21) of:
#   - `lke --version`   (baseline: process start-up only)
#   - `lke score examples/kantor-contoh.yaml`            (Markdown, the default)
#   - `lke score examples/kantor-contoh.yaml --format json` and `--format csv`
# Target: the Markdown report well under 50 ms.
#
# Usage: benchmarks/score.sh [RUNS]      (SCRATCH=dir to choose the build directory)
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-21}"
scratch="${SCRATCH:-${TMPDIR:-/tmp}/lke-bench-score}"

swift build -c release --product lke --scratch-path "$scratch" >&2
lke="$scratch/release/lke"
samples="$(mktemp)"
trap 'rm -f "$samples" "$samples.ms"' EXIT

# Median, min and max of the milliseconds in column $1 of stdin.
stats() {
    awk -v c="$1" '{ print $c }' | sort -n | awk '{ a[NR] = $1 } END {
        m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
        printf "median %7.2f ms  (min %7.2f, max %7.2f)", m, a[1], a[NR]
    }'
}

# time_runs LABEL ARGS...: runs `lke ARGS` once to warm the file cache, then RUNS times, and prints the
# wall-clock time and the CPU time (user + system; steadier when the machine is busy).
time_runs() {
    local label="$1"; shift
    "$lke" "$@" > /dev/null
    : > "$samples"
    local TIMEFORMAT='%3R %3U %3S'
    for _ in $(seq "$runs"); do
        { time "$lke" "$@" > /dev/null; } 2>> "$samples"
    done
    awk '{ printf "%.3f %.3f\n", $1 * 1000, ($2 + $3) * 1000 }' "$samples" > "$samples.ms"
    printf '%-40s wall %s   cpu %s\n' "$label" "$(stats 1 < "$samples.ms")" "$(stats 2 < "$samples.ms")"
}

echo "lke $("$lke" --version | cut -d' ' -f2), release build, $runs runs each"
time_runs "lke --version (baseline)" --version
time_runs "lke score examples/kantor-contoh.yaml" score examples/kantor-contoh.yaml
time_runs "lke score ... --format json" score examples/kantor-contoh.yaml --format json
time_runs "lke score ... --format csv" score examples/kantor-contoh.yaml --format csv
