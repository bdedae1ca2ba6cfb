#!/usr/bin/env bash
# Wall time of `lke import` on 113-question workbooks (target: under 100 ms each).
#
# Builds `lke` in release mode (own scratch path), then imports each fixture workbook RUNS times (default 20)
# into a scratch answer file and prints the fastest and the median run, in milliseconds, for:
#   kode-columns.xlsx  the layout of an export: 113 questions, 127 answers, notes, evidence, Ringkasan
#   unit-quirky.xlsx   a unit's own layout: rows matched by text and order, normalisation warnings
#   libreoffice-saved.xlsx  the same saved by LibreOffice
# Each time is the whole process: start, loading the bundled definition, unzip, parse, match, write; the
# first line times `lke score` on the example, the same process overhead without a workbook.
#
# Usage: benchmarks/import.sh   (RUNS=n, SCRATCH=dir)
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${RUNS:-20}"
scratch="${SCRATCH:-${TMPDIR:-/tmp}/lke-bench-import}"
mkdir -p "$scratch"
swift build -c release --product lke --scratch-path "$scratch/build" >&2
lke="$scratch/build/release/lke"

echo "lke $("$lke" --version | cut -d' ' -f2), release build; $(nproc) cores; $runs runs each"
echo "cpu ms: user + system time per run (on a shared machine wall time also counts waiting for a core)"
printf '%-30s %6s %8s %11s %8s\n' workbook KB "min ms" "median ms" "cpu ms"
measure() {
    local label=$1 kb=$2
    shift 2
    local times=() start end
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$@" > /dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    local cpu
    cpu=$( { /usr/bin/time -f "%U %S" bash -c 'for _ in $(seq "$0"); do "${@}" > /dev/null 2>&1 || true; done' "$runs" "$@"; } 2>&1 | tail -1 \
        | awk -v n="$runs" '{ printf "%.1f", ($1 + $2) * 1000 / n }')
    printf '%-30s %6s %8.1f %11.1f %8s\n' "$label" "$kb" "$(echo "${sorted[0]} / 1000" | bc -l)" "$(echo "${sorted[$(( runs / 2 ))]} / 1000" | bc -l)" "$cpu"
}
measure "(baseline) lke score example" - "$lke" score examples/kantor-contoh.yaml
for book in kode-columns unit-quirky libreoffice-saved; do
    path="Tests/LKEKitTests/Fixtures/xlsx/$book.xlsx"
    measure "$book.xlsx" $(( $(stat -c %s "$path") / 1024 )) "$lke" import "$path" -o "$scratch/out.yaml" --force
done
