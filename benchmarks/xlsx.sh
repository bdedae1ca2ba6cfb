#!/usr/bin/env bash
# Time of the workbook export of the bundled example, release build:
#   lke score examples/kantor-contoh.yaml -o BOOK.xlsx
# next to `lke --version` (process start-up only) and the CSV export of the same worksheet, with the size of
# the workbook. Prints the median, minimum and maximum wall-clock and CPU time of RUNS runs (default 21).
# Target: the export under 100 ms.
#
# Usage: benchmarks/xlsx.sh [RUNS]      (SCRATCH=dir to choose the build directory)
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-21}"
scratch="${SCRATCH:-${TMPDIR:-/tmp}/lke-bench-xlsx}"

swift build -c release --product lke --scratch-path "$scratch" >&2
lke="$scratch/release/lke"
out="$(mktemp -d)"
samples="$out/samples"
trap 'rm -rf "$out"' EXIT

# Median, min and max of the milliseconds in column $1 of stdin.
stats() {
    awk -v c="$1" '{ print $c }' | sort -n | awk '{ a[NR] = $1 } END {
        m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
        printf "median %7.2f ms  (min %7.2f, max %7.2f)", m, a[1], a[NR]
    }'
}

# time_runs LABEL ARGS...: one warm-up run, then RUNS timed runs of `lke ARGS` (wall-clock and user + system).
time_runs() {
    local label="$1"; shift
    "$lke" "$@" > /dev/null 2>&1
    : > "$samples"
    local TIMEFORMAT='%3R %3U %3S'
    for _ in $(seq "$runs"); do
        { time "$lke" "$@" > /dev/null 2>&1; } 2>> "$samples"
    done
    awk '{ printf "%.3f %.3f\n", $1 * 1000, ($2 + $3) * 1000 }' "$samples" > "$samples.ms"
    printf '%-52s wall %s   cpu %s\n' "$label" "$(stats 1 < "$samples.ms")" "$(stats 2 < "$samples.ms")"
}

echo "lke $("$lke" --version | cut -d' ' -f2), release build, $runs runs each"
time_runs "lke --version (baseline)" --version
time_runs "lke score examples/kantor-contoh.yaml -o x.csv" score examples/kantor-contoh.yaml -o "$out/lke.csv"
time_runs "lke score examples/kantor-contoh.yaml -o x.xlsx" score examples/kantor-contoh.yaml -o "$out/lke.xlsx"
echo "workbook: $(wc -c < "$out/lke.xlsx") bytes (stored, uncompressed parts)"
