#!/usr/bin/env bash
# The bundled example's evidence files are real documents: every PDF under examples/bukti/ opens in poppler
# (pdfinfo: one page, no error; pdftotext: the text says it is fictitious), and every PNG is a valid image
# (pdfinfo cannot read PNGs; `file` names the format and size). Prints one line per file; exits 1 on a mismatch.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pdfinfo > /dev/null || ! command -v pdftotext > /dev/null || ! command -v file > /dev/null; then
    apt-get update -qq && apt-get install -y -qq poppler-utils file > /dev/null
fi

status=0 count=0
while IFS= read -r -d '' pdf; do
    count=$((count + 1))
    if ! info=$(pdfinfo "$pdf" 2>&1); then
        echo "FAIL $pdf: pdfinfo: $info"; status=1; continue
    fi
    pages=$(printf '%s\n' "$info" | awk -F': *' '/^Pages:/ { print $2 }')
    version=$(printf '%s\n' "$info" | awk -F': *' '/^PDF version:/ { print $2 }')
    text=$(pdftotext "$pdf" - 2> /dev/null || true)
    if [ "$pages" != "1" ] || ! grep -q "fiktif" <<< "$text"; then
        echo "FAIL $pdf: pages '$pages', text '$(head -c 80 <<< "$text")'"; status=1; continue
    fi
    echo "ok   $pdf: PDF $version, $pages page, $(wc -c < "$pdf") bytes"
done < <(find examples/bukti -name '*.pdf' -print0 | sort -z)

while IFS= read -r -d '' png; do
    count=$((count + 1))
    kind=$(file -b "$png")
    if [[ "$kind" != PNG\ image\ data* ]]; then
        echo "FAIL $png: $kind"; status=1; continue
    fi
    echo "ok   $png: $kind"
done < <(find examples/bukti -name '*.png' -print0 | sort -z)

[ "$count" -gt 0 ] || { echo "FAIL no evidence files under examples/bukti"; exit 1; }
echo "$count example evidence files checked"
exit "$status"
