#!/usr/bin/env bash
# Evidence checks in a batch: `lke batch DIR --evidence` on N generated answer files (default 10,000) whose
# local evidence entries point into a real evidence tree, against the same batch without --evidence.
#
# Builds `lke` in release mode and the answer generator (as benchmarks/batch.sh does, own scratch path),
# writes the answer files once (benchmarks/generate-answers.swift, fixed seed: DIR/gNNNN/unit-*.yaml, 1,000 per
# folder, about a quarter of their evidence entries local paths 'bukti/CODE/FILE'), then creates the evidence
# tree beside them: every file the answers name, four in five with content, one in five left out (so that the
# checks find missing files too). The page cache is warmed, then each run is timed and the figures printed:
# seconds, files/s, local evidence entries checked and their rate. Target: 10,000 files in under 5 s.
#
# Usage: benchmarks/evidence.sh [N]
#   SCRATCH=dir   build and data directory (default: $TMPDIR/lke-bench-evidence)
set -euo pipefail
cd "$(dirname "$0")/.."

n="${1:-10000}"
scratch="${SCRATCH:-${TMPDIR:-/tmp}/lke-bench-evidence}"
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

data="$scratch/evidence-data-$n"
if [ ! -f "$data/.complete" ]; then
    rm -rf "$data"
    mkdir -p "$data"
    echo "generating $n answer files in $data..." >&2
    "$generator" "$n" "$data" 2026
    echo "creating their evidence trees..." >&2
    for folder in "$data"/g*/; do
        (
            cd "$folder"
            grep -rhoE '^ +- bukti/[^ ]+$' --include='*.yaml' . | sed -E 's/^ +- //' | sort -u > .evidence-list
            cut -d/ -f1-2 .evidence-list | sort -u | xargs mkdir -p
            awk 'NR % 5 != 0' .evidence-list | while IFS= read -r file; do printf '%%PDF-1.4 contoh\n' > "$file"; done
        )
    done
    touch "$data/.complete"
fi

files=$(find "$data" -name '*.yaml' | wc -l)
entries=$(grep -rhcE '^ +- bukti/' --include='*.yaml' "$data" | awk '{ s += $1 } END { print s }')
evidence_files=$(find "$data" -path '*/bukti/*' -type f | wc -l)
find "$data" -name '*.yaml' -print0 | xargs -0 cat > /dev/null
find "$data" -path '*/bukti/*' -type f > /dev/null

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || echo unknown)
echo "lke $("$lke" --version | cut -d' ' -f2), release build; $(nproc) cores ($cpu)"
echo "$files answer files, $entries local evidence entries, $evidence_files evidence files on disk"

run() {
    local label=$1; shift
    local status=0
    /usr/bin/time -f '%e %U %S' -o "$scratch/time-$label.txt" "$lke" batch "$data" --format csv "$@" \
        > "$scratch/out-$label.csv" 2> "$scratch/err-$label.txt" || status=$?
    if [ "$status" -ne 0 ]; then
        echo "lke batch $* exited with $status:" >&2
        tail -5 "$scratch/err-$label.txt" >&2
        exit 1
    fi
    read -r seconds user system < "$scratch/time-$label.txt"
    cpu=$(echo "$user + $system" | bc -l)
    printf '%-18s %8.2f s wall %8.2f s cpu %8.0f files/s\n' "$label" "$seconds" "$cpu" "$(echo "$files / $seconds" | bc -l)"
}

run "batch"
plain_cpu=$cpu
run "batch-evidence" --evidence
with=$seconds
printf 'evidence checks: %.2f s cpu over the plain batch, %.0f local entries/s of that cpu\n' \
    "$(echo "$cpu - $plain_cpu" | bc -l)" "$(echo "$entries / ($cpu - $plain_cpu + 0.001)" | bc -l)"
# On a shared machine wall time also counts waiting for a core: the cpu time over the number of cores is what a
# quiet machine would take.
if [ "$(echo "$with < 5" | bc -l)" -eq 1 ]; then
    echo "target met: $files files with evidence checked in $(printf '%.2f' "$with") s wall (< 5 s)"
else
    echo "target missed on wall time: $(printf '%.2f' "$with") s (cpu $(printf '%.2f' "$cpu") s on $(nproc) cores: the machine is busy if cpu / cores is far below wall)"
    exit 1
fi
