#!/usr/bin/env bash
# Workbooks saved by LibreOffice import like the originals, and LibreOffice's totals equal lke's.
#
# 1. Opens the import fixtures (Tests/LKEKitTests/Fixtures/xlsx: the export layout and a unit's own layout) in
# headless LibreOffice with recalculation on load forced, saves them again as .xlsx, imports the original and
# the saved copy with `lke import`, and compares the two answer files byte for byte (LibreOffice rewrites
# every part: its own shared strings, styles, number formats, inline cells and recalculated formula results).
# Then runs `lke check` on each answer file.
# 2. Exports the example and UNITS variants of it (default 5; in variant i every (i+2)-th option is changed)
# with `lke score --format xlsx`, removes every
# cached formula result, lets LibreOffice recalculate and save each workbook, and imports it: the import must
# give no warning of its own (each of LibreOffice's node sums, percentages and subtotals equals what `lke`
# computes, to the definition's 2 decimals) and an answer file scoring the same as the source (JSON report
# without the file's path and digest).
# Prints the answers read and cached values compared per workbook; exits 1 on any difference.
#
# Installs libreoffice-calc-nogui with apt-get when it is missing.
#
# Usage: scripts/check-import.sh   (SCRATCH=dir, UNITS=n)
set -euo pipefail
cd "$(dirname "$0")/.."

scratch="${SCRATCH:-${TMPDIR:-/tmp}/lke-check-import}"
units="${UNITS:-5}"
rm -rf "$scratch"
mkdir -p "$scratch/original" "$scratch/saved" "$scratch/in"

source scripts/lib/tools.sh
need=()
libreoffice_has calc || need+=(libreoffice-calc-nogui)
install_missing "${need[@]}"

swift build --product lke >&2
lke="$(swift build --show-bin-path)/lke"

# A LibreOffice profile that recalculates every formula when it opens an OOXML file.
profile="$scratch/profile"
mkdir -p "$profile/user"
cat > "$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU

books=(kode-columns unit-quirky)
for book in "${books[@]}"; do cp "Tests/LKEKitTests/Fixtures/xlsx/$book.xlsx" "$scratch/in/"; done
soffice_convert "$profile" "xlsx:Calc MS Excel 2007 XML" "$scratch/saved" "$scratch/soffice.log" xlsx "$scratch/in"/*.xlsx

failures=0
printf '%-20s %10s %10s %8s\n' workbook answers "LO answers" same
for book in "${books[@]}"; do
    for side in original saved; do
        source="$scratch/in/$book.xlsx"
        [ "$side" = saved ] && source="$scratch/saved/$book.xlsx"
        if [ ! -f "$source" ]; then echo "LibreOffice did not write $book.xlsx" >&2; failures=$((failures + 1)); continue 2; fi
        "$lke" import "$source" -o "$scratch/$side/$book.yaml" --lang en > "$scratch/$side/$book.out" 2> "$scratch/$side/$book.err" \
            || { echo "lke import failed on the $side $book.xlsx:" >&2; cat "$scratch/$side/$book.err" >&2; failures=$((failures + 1)); continue 2; }
        "$lke" check "$scratch/$side/$book.yaml" > /dev/null 2>&1 \
            || { echo "lke check rejects the import of the $side $book.xlsx" >&2; failures=$((failures + 1)); }
    done
    count() { sed -n 's/.*, \([0-9]*\) answers from sheet.*/\1/p' "$1"; }
    same=yes
    if ! cmp -s "$scratch/original/$book.yaml" "$scratch/saved/$book.yaml"; then
        same=no
        failures=$((failures + 1))
        diff "$scratch/original/$book.yaml" "$scratch/saved/$book.yaml" | head -20 >&2 || true
    fi
    printf '%-20s %10s %10s %8s\n' "$book.xlsx" "$(count "$scratch/original/$book.out")" "$(count "$scratch/saved/$book.out")" "$same"
done

# 2. Exports recalculated by LibreOffice.
mkdir -p "$scratch/units" "$scratch/export" "$scratch/recalc-in" "$scratch/recalc-out" "$scratch/roundtrip"
cp examples/kantor-contoh.yaml "$scratch/units/"
for i in $(seq 1 "$units"); do
    # Units made from the example by changing every (i+2)-th option deterministically, so that each workbook
    # has other values to recalculate.
    python3 - "$i" examples/kantor-contoh.yaml "$scratch/units/unit-$i.yaml" <<'PY'
import re, sys
i, source, target = int(sys.argv[1]), sys.argv[2], sys.argv[3]
swap = {"A": "B", "B": "C", "C": "A", "D": "A", "E": "B", "Ya": "Tidak", "Tidak": "Ya"}
out, n = [], 0
for line in open(source, encoding="utf-8"):
    m = re.match(r"^(  [AB][A-Za-z0-9.]*:|    value:) (\S+)\n$", line)
    if m:
        n += 1
        value = m.group(2)
        if n % (i + 2) == 0:
            value = swap.get(value, value)
        line = f"{m.group(1)} {value}\n"
    out.append(line.replace("unit: Kantor Pelayanan Contoh Kota Maju", f"unit: Unit Uji {i}"))
open(target, "w", encoding="utf-8").write("".join(out))
PY
done
for answers in "$scratch"/units/*.yaml; do
    name=$(basename "$answers" .yaml)
    "$lke" check "$answers" > /dev/null 2>&1 || { echo "lke check rejects $answers" >&2; failures=$((failures + 1)); continue; }
    "$lke" score "$answers" --format xlsx -o "$scratch/export/$name.xlsx" > /dev/null 2>&1
    python3 - "$scratch/export/$name.xlsx" "$scratch/recalc-in/$name.xlsx" <<'PY'
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as zin, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.startswith("xl/worksheets/sheet"):
            data = re.sub(rb"(</f>)<v>[^<]*</v>", rb"\1", data)
        zout.writestr(item, data)
PY
done
soffice_convert "$profile" "xlsx:Calc MS Excel 2007 XML" "$scratch/recalc-out" "$scratch/soffice-recalc.log" xlsx "$scratch/recalc-in"/*.xlsx
# The JSON report without what names the file (its path and digest, and the places of its warnings).
score_body() { "$lke" score "$1" --format json 2> /dev/null | grep -v -e '"path"' -e '"sha256"' -e '"digest"' -e '"line"' -e '"column"' -e "$scratch"; }
printf '%-20s %10s %10s %9s %10s\n' "recalculated" answers compared warnings "same score"
for book in "$scratch"/recalc-in/*.xlsx; do
    name=$(basename "$book" .xlsx)
    saved="$scratch/recalc-out/$name.xlsx"
    [ -f "$saved" ] || { echo "LibreOffice did not write $name.xlsx" >&2; failures=$((failures + 1)); continue; }
    out="$scratch/roundtrip/$name.yaml"
    if ! "$lke" import "$saved" -o "$out" --lang en > "$scratch/roundtrip/$name.out" 2> "$scratch/roundtrip/$name.err"; then
        echo "lke import failed on the recalculated $name.xlsx:" >&2; cat "$scratch/roundtrip/$name.err" >&2; failures=$((failures + 1)); continue
    fi
    # The importer's own warnings: normalised answers and cached values that differ (cross-item checks that
    # `lke check` also reports for the source file are not the import's).
    warnings=$(grep ': warning: ' "$scratch/roundtrip/$name.err" | grep -c -e ' read as ' -e 'the workbook holds' -e 'gives it no value' || true)
    same=yes
    [ "$(score_body "$out")" = "$(score_body "$scratch/units/$name.yaml")" ] || same=no
    read_answers=$(sed -n 's/.*, \([0-9]*\) answers from sheet.*/\1/p' "$scratch/roundtrip/$name.out")
    compared=$(sed -n 's/.* \([0-9]*\) cached values compared.*/\1/p' "$scratch/roundtrip/$name.out")
    printf '%-20s %10s %10s %9s %10s\n' "$name" "$read_answers" "$compared" "$warnings" "$same"
    if [ "$warnings" -ne 0 ] || [ "$same" != yes ]; then
        failures=$((failures + 1))
        grep ': warning: ' "$scratch/roundtrip/$name.err" | grep -e ' read as ' -e 'the workbook holds' -e 'gives it no value' | head -10 >&2 || true
    fi
done
if [ "$failures" -ne 0 ]; then
    echo "$failures mismatches" >&2
    exit 1
fi
echo "every LibreOffice copy imports to the same answer file; every recalculated export imports without a warning and scores the same"
