#!/usr/bin/env bash
# Throughput and peak memory of `lke batch` on 1,000, 10,000 and 100,000 generated answer files.
#
# Builds `lke` in release mode (own scratch path), builds the generator (benchmarks/generate-answers.swift,
# compiled with the LKEKit sources), writes the batches once (fixed seed; kept for later runs), reads each
# batch once to warm the page cache, then runs
#   lke batch DIR --format csv > /dev/null
# under /usr/bin/time -v and prints files/s, MB/s, the CPU time (user + system: on a shared machine, wall time
# also counts waiting for a core) and the peak resident set size ("Maximum resident set size").
# Targets on a 2-core machine: 10,000 files in under 2 s; peak RSS under 100 MB at any N.
#
# Usage: benchmarks/batch.sh [SIZES...]   (default: 1000 10000 100000)
#   SCRATCH=dir   build and data directory (default: $TMPDIR/lke-bench-batch)
#   JOBS=n        passed as --jobs (default: lke's own default, the number of cores)
#   FORMAT=fmt    csv (default), md or json
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
scratch="${SCRATCH:-${TMPDIR:-/tmp}/lke-bench-batch}"
format="${FORMAT:-csv}"
mkdir -p "$scratch"

swift build -c release --product lke --scratch-path "$scratch/build" >&2
lke="$scratch/build/release/lke"

generator="$scratch/generate-answers"
sources=$(find Sources/LKEKit -name '*.swift' | sort)
if [ ! -x "$generator" ] || [ -n "$(find Sources/LKEKit benchmarks/generate-answers.swift -newer "$generator" -name '*.swift' | head -1)" ]; then
    echo "building the generator..." >&2
    # shellcheck disable=SC2086
    swiftc -O -parse-as-library -module-name GenerateAnswers $sources benchmarks/generate-answers.swift -o "$generator" >&2
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || echo unknown)
echo "lke $("$lke" --version | cut -d' ' -f2), release build; $(nproc) cores ($cpu); jobs ${JOBS:-default}; format $format"
printf '%9s %9s %9s %11s %9s %9s %12s\n' files MB seconds files/s MB/s "cpu s" "peak RSS MB"

for n in "${sizes[@]}"; do
    data="$scratch/data-$n"
    if [ ! -f "$data/.complete" ]; then
        rm -rf "$data"
        mkdir -p "$data"
        echo "generating $n answer files in $data..." >&2
        "$generator" "$n" "$data" 2026
        touch "$data/.complete"
    fi
    bytes=$(find "$data" -name '*.yaml' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
    find "$data" -name '*.yaml' -print0 | xargs -0 cat > /dev/null
    jobs=()
    [ -n "${JOBS:-}" ] && jobs=(--jobs "$JOBS")
    log="$scratch/time-$n.txt"
    status=0
    /usr/bin/time -v "$lke" batch "$data" --format "$format" "${jobs[@]}" > /dev/null 2> "$log" || status=$?
    if [ "$status" -ne 0 ]; then
        echo "lke batch exited with $status on $n files:" >&2
        tail -20 "$log" >&2
        exit 1
    fi
    wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')
    seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
    cpu_seconds=$(awk -F: '/User time|System time/ { sum += $2 } END { print sum }' "$log")
    awk -v n="$n" -v b="$bytes" -v s="$seconds" -v c="$cpu_seconds" -v r="$rss" 'BEGIN {
        printf "%9d %9.1f %9.2f %11.0f %9.1f %9.2f %12.1f\n", n, b / 1e6, s, n / s, b / 1e6 / s, c, r / 1024
    }'
done
