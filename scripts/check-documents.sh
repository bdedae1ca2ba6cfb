#!/usr/bin/env bash
# Renders lke's HTML and DOCX reports with real programs and checks the result:
#   - every HTML report (score, gap, batch, diff, survey, plan) printed to PDF by headless Chromium;
#   - the score and gap DOCX converted to PDF by headless LibreOffice Writer;
# then counts the PDF pages (pdfinfo), checks the page numbers in the footer ("Halaman 1 dari N"), the
# landscape worksheet pages, and looks for words broken inside (pdftotext: a line that ends in a piece of a
# word from the input files and a next line that starts with the rest, with no hyphen).
# Prints the figures; exits non-zero when a rendering step fails or a figure is out of bounds.
# Installs chromium, libreoffice-writer-nogui and poppler-utils with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/lib/tools.sh
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
libreoffice_has writer || need+=(libreoffice-writer-nogui)
{ command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; } || need+=(poppler-utils)
install_missing "${need[@]}"

swift build --product lke >/dev/null
lke="$(swift build --show-bin-path)/lke"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

example=examples/kantor-contoh.yaml
"$lke" score "$example" -o "$work/laporan.html" 2>/dev/null
"$lke" score "$example" --lang en -o "$work/report.html" 2>/dev/null
"$lke" score "$example" -o "$work/laporan.docx" 2>/dev/null
"$lke" gap "$example" --target wbbm -o "$work/gap.html" 2>/dev/null || true
"$lke" gap "$example" --target wbbm -o "$work/gap.docx" 2>/dev/null || true
"$lke" batch examples -o "$work/batch.html" 2>/dev/null
"$lke" diff examples/draf-belum-lengkap.yaml "$example" -o "$work/diff.html" 2>/dev/null
"$lke" survey examples/survey-skm.csv --instrument skm -o "$work/survey.html" 2>/dev/null
"$lke" plan "$example" --target wbbm --today 2026-04-01 -f html > "$work/plan.html" 2>/dev/null

# pages FILE.pdf: the page count.
pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }

# check NAME PDF MIN MAX WORD: page count within [MIN, MAX], and the footer "WORD 1 <of> N" numbers every page.
check() {
    local name=$1 pdf=$2 min=$3 max=$4 word=$5
    if [[ ! -s "$pdf" ]]; then fail "$name: no PDF was rendered"; return; fi
    local n
    n=$(pages "$pdf")
    local numbered
    numbered=$(pdftotext "$pdf" - | grep -cE "^$word [0-9]+ (dari|of) $n\$" || true)
    local landscape
    landscape=$(pdfinfo -f 1 -l "$n" "$pdf" | grep -c "size: *841" || true)
    printf '%-22s %3d pages (%d..%d), %3d numbered, %3d landscape\n' "$name" "$n" "$min" "$max" "$numbered" "$landscape"
    ((n >= min && n <= max)) || fail "$name: $n pages, expected $min..$max"
    ((numbered == n)) || fail "$name: $numbered of $n pages carry '$word i of $n'"
}

# Chromium, one HTML at a time, with a profile of its own.
for name in laporan report gap batch diff survey plan; do
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf-no-header \
        --user-data-dir="$work/chromium" --print-to-pdf="$work/$name.html.pdf" "file://$work/$name.html" >/dev/null 2>&1 \
        || fail "chromium could not print $name.html"
done
check "score html (id)" "$work/laporan.html.pdf" 8 40 Halaman
check "score html (en)" "$work/report.html.pdf" 8 40 Page
check "gap html" "$work/gap.html.pdf" 1 10 Halaman
check "batch html" "$work/batch.html.pdf" 1 10 Halaman
check "diff html" "$work/diff.html.pdf" 1 20 Halaman
check "survey html" "$work/survey.html.pdf" 1 10 Halaman
check "plan html" "$work/plan.html.pdf" 1 10 Halaman

# LibreOffice Writer, with a profile of its own so that it never meets another instance.
for name in laporan gap; do
    timeout 180 soffice -env:UserInstallation="file://$work/libreoffice" --headless --norestore \
        --convert-to pdf --outdir "$work/docx" "$work/$name.docx" >/dev/null 2>&1 || fail "LibreOffice could not convert $name.docx"
done
check "score docx" "$work/docx/laporan.pdf" 8 40 Halaman
check "gap docx" "$work/docx/gap.pdf" 1 10 Halaman

# The worksheet is printed landscape in both forms.
for pdf in "$work/laporan.html.pdf" "$work/docx/laporan.pdf"; do
    [[ -s "$pdf" ]] || continue
    n=$(pages "$pdf")
    pdfinfo -f 1 -l "$n" "$pdf" | grep -q "size: *841" || fail "$(basename "$pdf"): no landscape page for the worksheet"
done

# Words broken inside: the words of the input files (4 characters or more, codes included), and every pair of
# lines where the first ends in a piece of such a word and the next starts with the rest.
broken() {
    pdftotext "$1" - | awk '
        NR == FNR { n = split($0, w, /[^A-Za-z0-9.]+/); for (i = 1; i <= n; i++) if (length(w[i]) >= 4) dict[w[i]] = 1; next }
        {
            if (previous != "" && match($0, /^[A-Za-z0-9.]+/)) {
                b = substr($0, 1, RLENGTH)
                if ((previous b) in dict && !((previous in dict) && (b in dict))) { count++; if (count <= 5) print "  broken: " previous "|" b > "/dev/stderr" }
            }
            previous = ""
            if (match($0, /[A-Za-z0-9.]+$/)) previous = substr($0, RSTART, RLENGTH)
        }
        END { print count + 0 }' <(cat "$example" questionnaires/lke-zi-2021.yaml) -
}
for pdf in "$work/docx/laporan.pdf" "$work/laporan.html.pdf"; do
    [[ -s "$pdf" ]] || continue
    count=$(broken "$pdf")
    printf '%-22s %3d words broken inside\n' "$(basename "$pdf")" "$count"
    ((count == 0)) || fail "$(basename "$pdf"): $count words broken inside"
done

if ((failures)); then
    echo "check-documents: $failures failure(s)"
    exit 1
fi
echo "check-documents: ok"
