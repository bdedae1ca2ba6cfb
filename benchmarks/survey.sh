#!/usr/bin/env bash
# Time of `lke survey` on 100,000 generated SKM respondents (a Google Forms export: timestamp, profile
# columns, the nine questions as answer labels, a free-text column), release build.
#
# Builds `lke` in release mode (own scratch path), generates the CSV once with a fixed seed (Park-Miller
# generator in awk, so the file is the same on every machine; kept for later runs), reads it once to warm
# the page cache, then prints the median, minimum and maximum wall-clock and CPU time of RUNS runs (default 5)
# of:
#   lke survey DATA --instrument skm --population 50000 --by "Jenis Layanan"            (Markdown)
#   lke survey DATA --instrument skm --population 50000 --format json
# and the peak resident set size of one Markdown run when /usr/bin/time is available.
# Target: under 1 s for 100,000 respondents. On a shared machine the wall clock includes waiting for a core;
# the CPU time (and the load average printed first) show how much of it is the run's own work.
#
# Usage: benchmarks/survey.sh [RESPONDENTS] [RUNS]   (defaults: 100000 5)
#   SCRATCH=dir   build and data directory (default: $TMPDIR/lke-bench-survey)
set -euo pipefail
cd "$(dirname "$0")/.."

n="${1:-100000}"
runs="${2:-5}"
scratch="${SCRATCH:-${TMPDIR:-/tmp}/lke-bench-survey}"
mkdir -p "$scratch"

swift build -c release --product lke --scratch-path "$scratch/build" >&2
lke="$scratch/build/release/lke"

data="$scratch/skm-$n.csv"
if [ ! -f "$data" ]; then
    echo "generating $n respondents in $data..." >&2
    awk -v n="$n" 'BEGIN {
        seed = 14022017
        header = "Cap waktu,Jenis Layanan,Jenis Kelamin,Usia,Pendidikan,Pekerjaan"
        q[1] = "1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya."
        q[2] = "2. Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini."
        q[3] = "3. Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan."
        q[4] = "4. Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan"
        q[5] = "5. Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan."
        q[6] = "6. Bagaimana pendapat Saudara tentang kompetensi/ kemampuan petugas dalam pelayanan."
        q[7] = "7. Bagamana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan keramahan"
        q[8] = "8. Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana"
        q[9] = "9. Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan"
        for (i = 1; i <= 9; i++) header = header "," q[i]
        print header ",Saran dan masukan"
        split("Tidak sesuai,Kurang sesuai,Sesuai,Sangat sesuai", o1, ",")
        split("Tidak mudah,Kurang mudah,Mudah,Sangat mudah", o2, ",")
        split("Tidak cepat,Kurang cepat,Cepat,Sangat cepat", o3, ",")
        split("Sangat mahal,Cukup mahal,Murah,Gratis", o4, ",")
        split("Tidak sesuai,Kurang sesuai,Sesuai,Sangat sesuai", o5, ",")
        split("Tidak kompeten,Kurang kompeten,Kompeten,Sangat kompeten", o6, ",")
        split("Tidak sopan dan ramah,Kurang sopan dan ramah,Sopan dan ramah,Sangat sopan dan ramah", o7, ",")
        split("Buruk,Cukup,Baik,Sangat Baik", o8, ",")
        split("Tidak ada,Ada tetapi tidak berfungsi,Berfungsi kurang maksimal,Dikelola dengan baik", o9, ",")
        split("KTP-el,Kartu Keluarga,Akta Kelahiran,Akta Kematian,Pindah Datang", layanan, ",")
        split("Laki-laki,Perempuan,L,P", kelamin, ",")
        split("SD,SMP,SMA,D3,S1,S2,S3", pendidikan, ",")
        split("PNS,TNI,POLRI,Swasta,Wirausaha,Lainnya", pekerjaan, ",")
        split("31,31,30", days, ",")
        for (r = 0; r < n; r++) {
            month = 7 + int(r * 3 / n)
            line = sprintf("%02d/%02d/2026 %02d:%02d:%02d", 1 + next_int(days[month - 6]), month, 8 + next_int(8), next_int(60), next_int(60))
            line = line "," layanan[1 + next_int(5)] "," kelamin[1 + next_int(4)] "," (17 + next_int(50)) "," pendidikan[1 + next_int(7)] "," pekerjaan[1 + next_int(6)]
            for (i = 1; i <= 9; i++) {
                # Mostly 3 and 4; about 1 in 50 answers left blank.
                k = next_int(100)
                if (k < 2) { line = line ","; continue }
                v = k < 5 ? 1 : k < 15 ? 2 : k < 55 ? 3 : 4
                if (i == 1) a = o1[v]; else if (i == 2) a = o2[v]; else if (i == 3) a = o3[v]; else if (i == 4) a = o4[v]
                else if (i == 5) a = o5[v]; else if (i == 6) a = o6[v]; else if (i == 7) a = o7[v]; else if (i == 8) a = o8[v]; else a = o9[v]
                line = line "," a
            }
            k = next_int(4)
            line = line "," (k == 0 ? "\"Antrian agak lama, mohon ditambah loket\"" : k == 1 ? "Petugas ramah" : "")
            print line
        }
    }
    # Park-Miller minimal standard generator: exact in double arithmetic.
    function next_int(bound) {
        seed = (16807 * seed) % 2147483647
        return seed % bound
    }' > "$data.tmp"
    mv "$data.tmp" "$data"
fi
cat "$data" > /dev/null
bytes=$(wc -c < "$data")

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || echo unknown)
echo "lke $("$lke" --version | cut -d' ' -f2), release build; $(nproc) cores ($cpu)"
echo "data: $n respondents, $((bytes / 1024 / 1024)) MB ($data)"

# Median, min and max of the milliseconds in column $1 of stdin.
stats() {
    awk -v c="$1" '{ print $c }' | sort -n | awk '{ a[NR] = $1 } END {
        m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
        printf "median %7.0f ms (min %7.0f, max %7.0f)", m, a[1], a[NR]
    }'
}

# Wall-clock and CPU (user + system) milliseconds of RUNS runs of `lke "$@"`, one line per run.
# CPU time needs /usr/bin/time (10 ms resolution); without it the CPU column repeats the wall clock.
samples() {
    local out
    out="$(mktemp)"
    for _ in $(seq "$runs"); do
        if [ -x /usr/bin/time ]; then
            /usr/bin/time -f "%e %U %S" -o "$out" "$lke" "$@" > /dev/null
            awk '{ printf "%.0f %.0f\n", $1 * 1000, ($2 + $3) * 1000 }' "$out"
        else
            local start end
            start=$(date +%s%N)
            "$lke" "$@" > /dev/null
            end=$(date +%s%N)
            echo "$(( (end - start) / 1000000 )) $(( (end - start) / 1000000 ))"
        fi
    done
    rm -f "$out"
}

measure() {
    local label="$1" lines
    shift
    lines="$(samples "$@")"
    printf '%-44s wall %s   cpu %s\n' "$label" "$(stats 1 <<< "$lines")" "$(stats 2 <<< "$lines")"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
measure "survey (Markdown, --by, --population)" survey "$data" --instrument skm --population 50000 --by "Jenis Layanan"
measure "survey --format json" survey "$data" --instrument skm --population 50000 --format json
if [ -x /usr/bin/time ]; then
    rss=$( { /usr/bin/time -v "$lke" survey "$data" --instrument skm --population 50000 --by "Jenis Layanan" > /dev/null; } 2>&1 \
        | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
    echo "peak RSS of one Markdown run: $((rss / 1024)) MB"
fi
"$lke" survey "$data" --instrument skm --format csv | head -2 | tail -1 | cut -d, -f1-3,13-17 | sed 's/^/overall: /'
