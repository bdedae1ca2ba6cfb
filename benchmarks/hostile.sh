#!/usr/bin/env bash
# Hostile answer files: time and peak memory of `lke check` on an answer file with 1,000,000 bad keys
# (unknown top-level keys) and one with 1,000,000 unknown answer codes, release build.
#
# Every diagnostic past Diagnostic.storageLimit is only counted, and at most 100 per file are printed with a
# final "and N more" line, so both runs should take seconds, print a few kilobytes and stay within a few
# hundred MB (the parsed tree of a 1 M-line file itself is most of it).
#
# Usage: benchmarks/hostile.sh [N]      (default 1000000; SCRATCH=dir to choose the build and data directory;
#                                       LKE=path to time a release binary already built)
set -euo pipefail
cd "$(dirname "$0")/.."

n="${1:-1000000}"
scratch="${SCRATCH:-${TMPDIR:-/tmp}/lke-bench-hostile}"
mkdir -p "$scratch"

if [ -n "${LKE:-}" ]; then
    lke="$LKE" # a release binary already built
else
    swift build -c release --product lke --scratch-path "$scratch/build" >&2
    lke="$scratch/build/release/lke"
fi

keys="$scratch/bad-keys-$n.yaml"
codes="$scratch/unknown-codes-$n.yaml"
if [ ! -f "$keys" ]; then
    awk -v n="$n" 'BEGIN { print "questionnaire: lke-zi-2021"; print "unit: Unit Uji";
        for (i = 1; i <= n; i++) printf "kunci%07d: x\n", i; print "answers: {}" }' > "$keys"
fi
if [ ! -f "$codes" ]; then
    awk -v n="$n" 'BEGIN { print "questionnaire: lke-zi-2021"; print "unit: Unit Uji"; print "answers:";
        for (i = 1; i <= n; i++) printf "  X.%07d: Ya\n", i }' > "$codes"
fi

printf '%-16s %10s %9s %9s %12s %10s  %s\n' input "file MB" seconds "cpu s" "peak RSS MB" "stderr KB" "last line"
for file in "$keys" "$codes"; do
    log="$scratch/time.txt"
    status=0
    /usr/bin/time -v "$lke" check "$file" > /dev/null 2> "$scratch/stderr.txt" || status=$?
    # /usr/bin/time appends its report to stderr: split it off.
    cut=$(grep -n -E '^(Command exited with|	Command being timed)' "$scratch/stderr.txt" | head -1 | cut -d: -f1)
    head -n $((cut - 1)) "$scratch/stderr.txt" > "$scratch/diagnostics.txt"
    tail -n +"$cut" "$scratch/stderr.txt" > "$log"
    if [ "$status" -ne 1 ]; then
        echo "lke check exited with $status (expected 1) on $file" >&2
        exit 1
    fi
    wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')
    seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
    cpu=$(awk -F: '/User time|System time/ { sum += $2 } END { print sum }' "$log")
    bytes=$(stat -c %s "$file")
    errbytes=$(stat -c %s "$scratch/diagnostics.txt")
    last=$(tail -1 "$scratch/diagnostics.txt" | cut -c1-100)
    awk -v name="$(basename "$file" .yaml)" -v b="$bytes" -v s="$seconds" -v c="$cpu" -v r="$rss" -v e="$errbytes" -v l="$last" 'BEGIN {
        printf "%-16s %10.1f %9.2f %9.2f %12.1f %10.1f  %s\n", substr(name, 1, 16), b / 1e6, s, c, r / 1024, e / 1024, l
    }'
done
