#!/usr/bin/env bash
# Workbooks saved by LibreOffice import like the originals.
#
# Opens the import fixtures (Tests/LKEKitTests/Fixtures/xlsx: the export layout and a unit's own layout) in
# headless LibreOffice with recalculation on load forced, saves them again as .xlsx, imports the original and
# the saved copy with `lke import`, and compares the two answer files byte for byte (LibreOffice rewrites
# every part: its own shared strings, styles, number formats, inline cells and recalculated formula results).
# Then runs `lke check` on each answer file. Prints the answers read per workbook; exits 1 on any difference.
#
# Usage: scripts/check-import.sh   (SCRATCH=dir)
set -euo pipefail
cd "$(dirname "$0")/.."

scratch="${SCRATCH:-${TMPDIR:-/tmp}/lke-check-import}"
rm -rf "$scratch"
mkdir -p "$scratch/original" "$scratch/saved" "$scratch/in"

if ! command -v soffice > /dev/null; then
    echo "installing LibreOffice Calc (headless)..." >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui >&2
fi

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
soffice -env:UserInstallation="file://$profile" --headless --convert-to "xlsx:Calc MS Excel 2007 XML" \
    --outdir "$scratch/saved" "$scratch/in"/*.xlsx > "$scratch/soffice.log" 2>&1 || { cat "$scratch/soffice.log" >&2; exit 1; }

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
if [ "$failures" -ne 0 ]; then
    echo "$failures mismatches" >&2
    exit 1
fi
echo "every LibreOffice copy imports to the same answer file"
