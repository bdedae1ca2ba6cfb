#!/usr/bin/env bash
# Time to load a questionnaire definition (YAML subset + schema + semantic checks), release build.
#
# `lke check FILE` loads FILE and prints one line, so its time is process start-up plus one load. The script
# measures, each as the median of RUNS runs (default 31):
#   - `lke --version`                              the start-up baseline;
#   - `lke check FILE`                             start-up + one load: minus the baseline, the load time;
#   - `lke check FILE FILE ... (COPIES times)`     start-up + COPIES loads in one process: (this - one load)
#                                                  / (COPIES - 1) is the load time without start-up noise.
# for the full LKE (questionnaires/lke-zi-2021.yaml, ~140 KB) and a generated ~1 MB definition
# (benchmarks/generate-definition.sh). Targets: the LKE under 5 ms, 1 MB under 50 ms.
#
# Usage: benchmarks/load.sh [RUNS]      (SCRATCH=dir to choose the build directory)
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-31}"
scratch="${SCRATCH:-${TMPDIR:-/tmp}/lke-bench-load}"
mkdir -p "$scratch"

swift build -c release --product lke --scratch-path "$scratch/build" >&2
lke="$scratch/build/release/lke"

lkefile="questionnaires/lke-zi-2021.yaml"
big="$scratch/definition-1mb.yaml"
benchmarks/generate-definition.sh 1024 > "$big"
# Both files must load without a single diagnostic, or the figures would time error reporting.
for file in "$lkefile" "$big"; do
    if ! "$lke" check "$file" > /dev/null 2> "$scratch/check.err" || [ -s "$scratch/check.err" ]; then
        echo "error: $file does not load cleanly:" >&2
        cat "$scratch/check.err" >&2
        exit 1
    fi
done

# Median wall-clock milliseconds of RUNS runs of the command.
median_ms() {
    local samples=()
    for ((i = 0; i < runs; i++)); do
        local start end
        start=$(date +%s%N)
        "$@" > /dev/null
        end=$(date +%s%N)
        samples+=($(( end - start )))
    done
    printf '%s\n' "${samples[@]}" | sort -n | awk '{ a[NR] = $1 } END {
        m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
        printf "%.2f", m / 1000000
    }'
}

repeat() {
    local file="$1" count="$2" out=()
    for ((i = 0; i < count; i++)); do out+=("$file"); done
    printf '%s\n' "${out[@]}"
}

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || echo unknown)
echo "lke $("$lke" --version | cut -d' ' -f2), release build; $(nproc) cores ($cpu); median of $runs runs"
echo

baseline=$(median_ms "$lke" --version)
printf '%-46s %9s ms\n' "process start-up (lke --version)" "$baseline"

report() {
    local label="$1" file="$2" copies="$3" target="$4"
    local bytes one many single amortized
    bytes=$(wc -c < "$file")
    mapfile -t files < <(repeat "$file" "$copies")
    one=$(median_ms "$lke" check "$file")
    many=$(median_ms "$lke" check "${files[@]}")
    single=$(awk -v a="$one" -v b="$baseline" 'BEGIN { printf "%.2f", a - b }')
    amortized=$(awk -v a="$many" -v b="$one" -v n="$copies" 'BEGIN { printf "%.2f", (a - b) / (n - 1) }')
    echo
    echo "$label ($file, $((bytes / 1024)) KB):"
    printf '  %-44s %9s ms\n' "lke check (start-up + 1 load)" "$one"
    printf '  %-44s %9s ms\n' "lke check, $copies copies in one process" "$many"
    printf '  %-44s %9s ms\n' "load time = check - start-up" "$single"
    printf '  %-44s %9s ms   (target < %s ms)\n' "load time, amortized over $copies copies" "$amortized" "$target"
}

report "full LKE definition" "$lkefile" 41 5
report "generated ~1 MB definition" "$big" 11 50
