#!/usr/bin/env bash
# Fuzzes lke's readers with libFuzzer (docs/fuzzing.md).
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]      default: all 60
#
# Builds Fuzz/*.swift together with the sources of LKEKit into one binary with -sanitize=fuzzer,address, then
# runs each target for SECONDS with its seed corpus (examples/, questionnaires/, the test fixtures and the
# regression inputs under Tests/Fixtures/fuzz-regressions/TARGET), its dictionary (Fuzz/dict/TARGET.dict), a
# per-input timeout and a memory limit. Prints execs, coverage and findings per target; exits 1 when any target
# found a crash, a broken invariant, a hang (timeout) or an out-of-memory, and 2 on a usage or build error.
# Findings are saved under .build/fuzz/findings/TARGET/; docs/fuzzing.md says how one becomes a test.
#
# Environment: FUZZ_JOBS how many targets run at once (default: the number of cores; each still runs SECONDS);
# FUZZ_JOBS_NICE (default 19) the nice level; FUZZ_TIMEOUT (seconds per input, default 10) and FUZZ_RSS_MB
# (default 2048, per target) the limits; FUZZ_SEED a fixed libFuzzer seed (CI sets one, so that its runs repeat
# what was checked before landing; default: a new seed each run); SWIFTC the compiler (default: swiftc on PATH);
# FUZZ_NO_BUILD=1 runs the binary already built even when sources changed since.
set -uo pipefail
cd "$(dirname "$0")/.."

TARGETS=(yaml questionnaire answers formula survey-csv)
# The workbook readers (inflate, ZIP, the importer) are fuzzed once their sources are in the tree.
DEFINES=()
if [ -f Sources/LKEKit/Zip/Inflate.swift ] && [ -f Sources/LKEKit/Zip/ZipReader.swift ] && [ -d Sources/LKEKit/Workbook/Import ]; then
    TARGETS+=(inflate zip workbook)
    DEFINES=(-D LKE_WORKBOOK_IMPORT)
fi
target="${1:-all}"
seconds="${2:-60}"
case "$seconds" in ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [TARGET|all] [SECONDS]" >&2; exit 2 ;; esac
if [ "$target" = all ]; then
    selected=("${TARGETS[@]}")
else
    found=0
    for t in "${TARGETS[@]}"; do [ "$t" = "$target" ] && found=1; done
    if [ "$found" = 0 ]; then
        echo "unknown target '$target'; targets: ${TARGETS[*]} all" >&2
        exit 2
    fi
    selected=("$target")
fi

SWIFTC="${SWIFTC:-swiftc}"
NICE="${FUZZ_JOBS_NICE:-19}"
TIMEOUT="${FUZZ_TIMEOUT:-10}"
RSS_MB="${FUZZ_RSS_MB:-2048}"
# Absolute paths: the zip harness works in an empty folder of its own, and libFuzzer writes new corpus
# inputs and findings while it is there.
WORK="$PWD/.build/fuzz"
BINARY="$WORK/lke-fuzz"
mkdir -p "$WORK"

# Build when a source is newer than the binary.
sources=$(find Sources/LKEKit Fuzz -name '*.swift' | sort)
if [ "${FUZZ_NO_BUILD:-0}" = 1 ] && [ -x "$BINARY" ]; then
    echo "using the existing $BINARY (FUZZ_NO_BUILD=1)"
elif [ ! -x "$BINARY" ] || [ -n "$(find Sources/LKEKit Fuzz -name '*.swift' -newer "$BINARY" | head -1)" ]; then
    echo "building $BINARY (swiftc -sanitize=fuzzer,address) ..."
    start=$(date +%s)
    # shellcheck disable=SC2086
    if ! nice -n "$NICE" "$SWIFTC" -sanitize=fuzzer,address -parse-as-library -O -swift-version 6 ${DEFINES[@]+"${DEFINES[@]}"} \
            -module-name LKEFuzz -o "$BINARY.tmp" $sources >"$WORK/build.log" 2>&1; then
        # The linker's notes about sanitizer symbols are noise; show the errors.
        grep -v 'Cannot export local symbol' "$WORK/build.log" | tail -40 >&2
        echo "fuzz build failed (log: $WORK/build.log)" >&2
        exit 2
    fi
    mv "$BINARY.tmp" "$BINARY"
    echo "built in $(( $(date +%s) - start )) s"
fi

# The seed corpus of a target, copied into a fresh folder (libFuzzer reads it and adds nothing there).
seed_corpus() {
    local t=$1 dir="$WORK/seeds/$1"
    rm -rf "$dir"
    mkdir -p "$dir"
    case "$t" in
        yaml|questionnaire|answers)
            for f in questionnaires/*.yaml examples/*.yaml; do cp "$f" "$dir/"; done
            # Every example of docs/format.md, and the YAML the tests keep as files.
            awk -v dir="$dir" '/^```yaml/ {n++; file=sprintf("%s/format-md-%03d.yaml", dir, n); inside=1; next}
                 /^```/ {inside=0; next} inside {print > file}' docs/format.md
            find Tests -path '*/Snapshots' -prune -o -name '*.yaml' -type f -print 2>/dev/null | while read -r f; do
                cp "$f" "$dir/fixture-$(echo "$f" | tr '/' '_')"
            done
            ;;
        formula)
            grep -ho 'formula: .*' questionnaires/*.yaml | sed 's/^formula: //' | sort -u | awk -v dir="$dir" '{n++; f=sprintf("%s/formula-%03d.txt", dir, n); printf "%s", $0 > f; close(f)}'
            printf 'min(1, max(A.1 * 2, -(B / 3)))' > "$dir/calls.txt"
            ;;
        inflate)
            # The harness reads the first byte as the output limit; 0xFF gives the largest.
            for f in $(find Tests -name '*.deflate' -type f 2>/dev/null); do
                { printf '\377'; cat "$f"; } > "$dir/$(basename "$f")"
            done
            ;;
        zip|workbook)
            find Tests -name '*.xlsx' -type f 2>/dev/null | while read -r f; do cp "$f" "$dir/$(echo "$f" | tr '/' '_')"; done
            ;;
        survey-csv)
            for f in examples/*.csv; do cp "$f" "$dir/"; done
            find Tests -path '*/Snapshots' -prune -o -name '*.csv' -type f -print 2>/dev/null | while read -r f; do
                cp "$f" "$dir/fixture-$(echo "$f" | tr '/' '_')"
            done
            ;;
    esac
    local regressions="Tests/Fixtures/fuzz-regressions/$t"
    if [ -d "$regressions" ]; then
        find "$regressions" -type f ! -name 'README*' -exec cp {} "$dir/" \;
    fi
    echo "$dir"
}

# Runs target $1 and writes its report (the findings' first lines, then one summary line ending in "ok" or
# "FAILED ...") to $WORK/$1.result; libFuzzer's own output goes to $WORK/$1.log.
run_target() {
    local t=$1 seeds corpus findings log start status elapsed execs cov ft units artifacts result
    seeds=$(seed_corpus "$t")
    corpus="$WORK/corpus/$t"
    findings="$WORK/findings/$t"
    mkdir -p "$corpus" "$findings"
    log="$WORK/$t.log"
    echo "== $t: ${seconds}s, $(ls "$seeds" | wc -l) seeds, log $log"
    start=$(date +%s)
    # Swift's own backtracer would slow down (and can hang) every crash libFuzzer provokes; ASan reports them.
    LKE_FUZZ_TARGET="$t" ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1" SWIFT_BACKTRACE="enable=no" \
        nice -n "$NICE" "$BINARY" "$corpus" "$seeds" \
        -dict="$PWD/Fuzz/dict/$t.dict" -max_total_time="$seconds" -timeout="$TIMEOUT" -rss_limit_mb="$RSS_MB" \
        -malloc_limit_mb="$RSS_MB" -max_len=262144 -print_final_stats=1 -artifact_prefix="$findings/" \
        ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
        >"$log" 2>&1
    status=$?
    elapsed=$(( $(date +%s) - start ))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    units=$(ls "$corpus" | wc -l)
    artifacts=$(find "$findings" -type f -newermt "@$start" | wc -l)
    result=ok
    if [ "$status" != 0 ] || [ "$artifacts" != 0 ]; then
        result="FAILED (exit $status, $artifacts finding(s) in $findings)"
        grep -E 'ERROR: libFuzzer|ERROR: AddressSanitizer|invariant broken|Fatal error|SUMMARY' "$log" | head -5 | sed "s/^/   $t: /"
    fi
    printf '%-14s %6ss  execs %-10s cov %-6s ft %-7s corpus %-6s %s\n' "$t" "$elapsed" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$units" "$result"
}

# FUZZ_JOBS targets at a time (default: one per core); each still runs its full SECONDS. A target's report is
# printed whole when it ends, so the output of parallel runs does not interleave.
JOBS="${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}"
case "$JOBS" in ''|*[!0-9]*|0) echo "FUZZ_JOBS must be a positive number" >&2; exit 2 ;; esac
echo "fuzzing ${#selected[@]} target(s) for ${seconds}s each, $JOBS at a time${FUZZ_SEED:+, seed $FUZZ_SEED}"
running=0
for t in "${selected[@]}"; do
    if [ "$running" -ge "$JOBS" ]; then
        wait -n
        running=$((running - 1))
    fi
    ( run_target "$t" >"$WORK/$t.result" 2>&1; cat "$WORK/$t.result" ) &
    running=$((running + 1))
done
wait

failed=0
echo
echo "fuzz summary:"
for t in "${selected[@]}"; do
    line=$(tail -1 "$WORK/$t.result" 2>/dev/null)
    echo "  ${line:-$t: no result}"
    case "$line" in *" ok") ;; *) failed=1 ;; esac
done
exit "$failed"
