#!/usr/bin/env bash
# Recalculates `lke score --format xlsx` workbooks in headless LibreOffice and compares every number with
# `lke score` itself.
#
# Units: the bundled example (examples/kantor-contoh.yaml) and UNITS generated answer files (default 50;
# benchmarks/generate-answers.swift, fixed seed), plus EDITED variants (default 6) where some answers are
# changed in the workbook itself, as a team would in a spreadsheet: other options (in another letter case),
# another survey index, a blank answer, and the counts of a percentage question set to 0 (the definition's
# zero-denominator policy). The expected numbers of an edited workbook come from `lke score` on an answer
# file edited the same way.
#
# Every part of every exported workbook must be well-formed XML. Every workbook has its cached formula results removed before LibreOffice opens it (with recalculation on
# load forced), so that each value compared was computed by the workbook's own formulas. The example is
# also opened once as written, without recalculation, to check the cached values `lke` stores.
#
# Compared, for every row of the sheet "LKE": Bobot, Nilai and % of every node and question, the value of every
# percentage question and derived row (column Jawaban), against `lke score --format csv`, to the declared
# 2 decimals; on the sheet "Ringkasan": every component and area score and percentage, every rule's capaian
# and verdict and every predicate's verdict, against `lke score --format json`.
# Prints the number of units, rows and values compared and each mismatch; exits 1 on any mismatch or when
# LibreOffice cannot render a workbook.
#
# Installs libreoffice-calc-nogui and python3 with apt-get when they are missing (a LibreOffice with Writer
# only, as scripts/check-documents.sh installs, cannot open a workbook).
#
# Usage: scripts/check-xlsx.sh      (UNITS=n, EDITED=n, SCRATCH=dir)
set -euo pipefail
cd "$(dirname "$0")/.."

units="${UNITS:-50}"
edited="${EDITED:-6}"
scratch="${SCRATCH:-${TMPDIR:-/tmp}/lke-check-xlsx}"
mkdir -p "$scratch"

source scripts/lib/tools.sh
need=()
libreoffice_has calc || need+=(libreoffice-calc-nogui)
command -v python3 > /dev/null || need+=(python3)
install_missing "${need[@]}"

swift build --product lke >&2
lke="$(swift build --show-bin-path)/lke"

generator="$scratch/generate-answers"
sources=$(find Sources/LKEKit -name '*.swift' | sort)
if [ ! -x "$generator" ] || [ -n "$(find Sources/LKEKit benchmarks/generate-answers.swift -newer "$generator" -name '*.swift' | head -1)" ]; then
    echo "building the answer file generator..." >&2
    # shellcheck disable=SC2086
    swiftc -Onone -parse-as-library -module-name GenerateAnswers $sources benchmarks/generate-answers.swift -o "$generator" >&2
fi

run="$scratch/run"
rm -rf "$run"
mkdir -p "$run"
# The comparison, in Python (csv, json, zipfile): prepare edits and strips workbooks, compare reads the results.
cat > "$run/check.py" <<'PY'
import csv, json, os, random, re, sys, zipfile
from decimal import Decimal, ROUND_HALF_UP, InvalidOperation

def records(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.reader(f))

def strip_caches(xml):
    # Drop the cached result after every formula, so that LibreOffice has to compute it.
    return re.sub(r'(</f>)<v>[^<]*</v>', r'\1', xml)

def rewrite(source, target, edit_sheet1=None):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_STORED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith('xl/worksheets/sheet') and item.filename.endswith('.xml'):
                text = data.decode('utf-8')
                if edit_sheet1 and item.filename == 'xl/worksheets/sheet1.xml':
                    text = edit_sheet1(text)
                data = strip_caches(text).encode('utf-8')
            zout.writestr(item, data)

def set_cell(xml, ref, value):
    """The cell `ref` of a sheet holding `value` (None: empty, str: text, otherwise a number), style kept."""
    pattern = re.compile(r'<c r="%s"( s="\d+")?( t="\w+")?(/>|>.*?</c>)' % ref)
    match = pattern.search(xml)
    if not match:
        raise SystemExit('cell %s not found' % ref)
    style = match.group(1) or ''
    if value is None:
        cell = '<c r="%s"%s/>' % (ref, style)
    elif isinstance(value, str):
        cell = '<c r="%s"%s t="inlineStr"><is><t>%s</t></is></c>' % (ref, style, value)
    else:
        cell = '<c r="%s"%s><v>%s</v></c>' % (ref, style, value)
    return xml[:match.start()] + cell + xml[match.end():]

def set_answer(lines, code, value):
    """The answer file's lines with the value of `code` replaced (None: removed)."""
    head = re.compile(r'^  %s:(?: (.*))?$' % re.escape(code))
    for i, line in enumerate(lines):
        m = head.match(line)
        if not m:
            continue
        if m.group(1) is not None and m.group(1).strip():
            if value is None:
                return lines[:i] + lines[i + 1:]
            return lines[:i] + ['  %s: %s' % (code, value)] + lines[i + 1:]
        j = i + 1
        while j < len(lines) and lines[j].startswith('    '):
            if lines[j].startswith('    value:'):
                if value is None:
                    return lines[:j] + lines[j + 1:]
                return lines[:j] + ['    value: %s' % value] + lines[j + 1:]
            j += 1
        if value is None:
            return lines
        return lines[:i + 1] + ['    value: %s' % value] + lines[i + 1:]
    if value is None:
        return lines
    return lines + ['  %s: %s' % (code, value)]

def prepare(run, edited):
    names = sorted(n[:-5] for n in os.listdir(run + '/xlsx') if n.endswith('.xlsx'))
    # Every part of every workbook is well-formed XML.
    import xml.etree.ElementTree as ElementTree
    parts = 0
    for name in names:
        with zipfile.ZipFile('%s/xlsx/%s.xlsx' % (run, name)) as book:
            for item in book.infolist():
                try:
                    ElementTree.fromstring(book.read(item.filename))
                except ElementTree.ParseError as error:
                    raise SystemExit('error: %s.xlsx: %s is not well-formed XML: %s' % (name, item.filename, error))
                parts += 1
    print('well-formed XML: %d parts of %d workbooks' % (parts, len(names)))
    for name in names:
        rewrite('%s/xlsx/%s.xlsx' % (run, name), '%s/recalc-in/%s.xlsx' % (run, name))
    # Rows of the sheet "LKE": the same for every unit of a definition (lke's CSV lists them in sheet order).
    rows = records(run + '/expected/kantor-contoh.csv')[1:]
    row_of = {r[0]: i + 2 for i, r in enumerate(rows)}
    kind = {r[0]: r[9] for r in rows}
    options = {r[0]: r[3] for r in rows}
    choices = [c for c in row_of if kind[c] in ('pertanyaan', 'question') and '/' in options[c]]
    numbers = [c for c in row_of if kind[c] in ('pertanyaan', 'question') and options[c].startswith('Nilai')]
    computed = [c for c in row_of if kind[c] in ('pertanyaan', 'question') and options[c] == '%']
    sources = ['kantor-contoh'] + [n for n in names if n != 'kantor-contoh'][:max(0, edited - 1)]
    for index, name in enumerate(sources):
        rng = random.Random(index)
        edits = {}
        for code in rng.sample(choices, 6):
            option = rng.choice(options[code].split('/'))
            edits[code] = option.lower() if rng.random() < 0.5 else option
        edits[rng.choice([c for c in choices if c not in edits])] = None
        for code in rng.sample(numbers, 1):
            edits[code] = Decimal(rng.randint(0, 400)) / 100
        question = rng.choice(computed)
        for code in row_of:
            if code.startswith(question + '.') and kind[code] == 'input':
                edits[code] = 0
        with open('%s/yaml/%s.yaml' % (run, name), encoding='utf-8') as f:
            lines = f.read().split('\n')
        for code, value in edits.items():
            lines = set_answer(lines, code, value)
        with open('%s/edited/%s-edited.yaml' % (run, name), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines))

        def edit(xml, edits=edits):
            for code, value in edits.items():
                xml = set_cell(xml, "F%d" % row_of[code], value)
            return xml
        rewrite('%s/xlsx/%s.xlsx' % (run, name), '%s/recalc-in/%s-edited.xlsx' % (run, name), edit)

def two(text):
    """A number as the workbook or lke prints it, rounded to 2 decimals half away from zero; None when empty."""
    text = text.strip().rstrip('%').strip()
    if text == '':
        return None
    if ',' in text:
        # LibreOffice writes numbers in the cell format's locale (Indonesian: decimal comma, thousands dot).
        text = text.replace('.', '').replace(',', '.')
    try:
        return Decimal(text).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return text

class Comparison:
    def __init__(self):
        self.workbooks = self.rows = self.values = 0
        self.mismatches = []

    def check(self, where, label, workbook, expected):
        self.values += 1
        if workbook != expected:
            self.mismatches.append('%s %s: workbook %s, lke %s' % (where, label, workbook, expected))

    def lke_sheet(self, name, sheet_csv, expected_csv):
        sheet = {r[0]: (i + 1, r) for i, r in enumerate(records(sheet_csv)) if r}
        for row in records(expected_csv)[1:]:
            code, kind = row[0], row[9]
            if code not in sheet:
                self.mismatches.append('%s: row %s missing from the sheet LKE' % (name, code))
                continue
            number, cells = sheet[code]
            cells = cells + [''] * 10
            self.rows += 1
            where = '%s: LKE row %d (%s)' % (name, number, code)
            if row[2]:
                self.check(where, 'Bobot', two(cells[2]), two(row[2]))
            if kind not in ('input', 'turunan', 'derived'):
                self.check(where, 'Nilai', two(cells[6]), two(row[5]))
                self.check(where, '%', two(cells[7]), two(row[6]))
            if kind in ('input', 'turunan', 'derived') or row[3] == '%' or row[3].startswith('Nilai'):
                self.check(where, 'Jawaban', two(cells[5]), two(row[4]))
            elif kind in ('pertanyaan', 'question'):
                self.check(where, 'Jawaban', cells[5].strip().lower(), row[4].strip().lower())

    def summary_sheet(self, name, sheet_csv, expected_json):
        sheet = {r[0]: r + [''] * 7 for r in records(sheet_csv) if r}
        report = json.load(open(expected_json, encoding='utf-8'))
        for node in report['nodes']:
            if node['code'] in sheet:
                self.rows += 1
                cells = sheet[node['code']]
                where = '%s: Ringkasan %s' % (name, node['code'])
                self.check(where, 'Nilai', two(cells[3]), two(repr(node['score'])))
                self.check(where, '%', two(cells[4]), two(repr(node['percent'])))
        for predicate in report['predicates']:
            self.verdict(name, predicate['id'], sheet, predicate['met'])
            for rule in predicate['rules']:
                code = predicate['id'] + '.' + rule['id']
                if rule['actual'] is not None:
                    self.check('%s: Ringkasan %s' % (name, code), 'Capaian', two(sheet.get(code, [''] * 7)[4]), two(repr(rule['actual'])))
                self.verdict(name, code, sheet, rule['met'])
                for child in rule['children']:
                    child_code = code + '.' + child['code']
                    self.check('%s: Ringkasan %s' % (name, child_code), 'Capaian', two(sheet.get(child_code, [''] * 7)[4]), two(repr(child['actual'])))
                    self.verdict(name, child_code, sheet, child['met'])

    def verdict(self, name, code, sheet, met):
        self.rows += 1
        cells = sheet.get(code)
        shown = None if cells is None else ('met' if cells[6].startswith('✓') else 'not met' if cells[6].startswith('✗') else cells[6])
        self.check('%s: Ringkasan %s' % (name, code), 'Hasil', shown, 'met' if met else 'not met')

def compare(run):
    result = Comparison()
    failed = []
    names = sorted(n[:-5] for n in os.listdir(run + '/recalc-in') if n.endswith('.xlsx'))
    for name in names:
        lke_csv, summary_csv = '%s/recalc-out/%s-LKE.csv' % (run, name), '%s/recalc-out/%s-Ringkasan.csv' % (run, name)
        if not (os.path.exists(lke_csv) and os.path.exists(summary_csv)):
            failed.append(name)
            continue
        result.workbooks += 1
        result.lke_sheet(name, lke_csv, '%s/expected/%s.csv' % (run, name))
        result.summary_sheet(name, summary_csv, '%s/expected/%s.json' % (run, name))
    cached = Comparison()
    cached.lke_sheet('kantor-contoh (cached values)', run + '/cached-out/kantor-contoh-LKE.csv', run + '/expected/kantor-contoh.csv')
    cached.summary_sheet('kantor-contoh (cached values)', run + '/cached-out/kantor-contoh-Ringkasan.csv', run + '/expected/kantor-contoh.json')
    edited = sum(1 for n in names if n.endswith('-edited'))
    print('recalculated in LibreOffice: %d workbooks (%d as exported, %d with edited answers), %d rows, %d values compared with lke score'
          % (result.workbooks, result.workbooks - edited, edited, result.rows, result.values))
    print('cached values of the example (no recalculation): %d rows, %d values compared' % (cached.rows, cached.values))
    mismatches = result.mismatches + cached.mismatches
    for name in failed:
        print('error: LibreOffice did not render %s' % name)
    for line in mismatches:
        print('mismatch: ' + line)
    print('%d mismatches, %d workbooks not rendered' % (len(mismatches), len(failed)))
    return 1 if mismatches or failed else 0

if __name__ == '__main__':
    if sys.argv[1] == 'prepare':
        prepare(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(compare(sys.argv[2]))
PY
mkdir -p "$run/gen" "$run/yaml" "$run/edited" "$run/expected" "$run/xlsx" "$run/recalc-in" "$run/recalc-out" "$run/cached-out"
"$generator" "$units" "$run/gen" 2026
cp examples/kantor-contoh.yaml "$run/yaml/kantor-contoh.yaml"
find "$run/gen" -name 'unit-*.yaml' -exec cp {} "$run/yaml/" \;

# LibreOffice profiles: one that recalculates every formula when it opens a workbook, one that never does.
profile() {
    mkdir -p "$1/user"
    cat > "$1/user/registrymodifications.xcu" <<XCU
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>$2</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>$2</value></prop></item>
</oor:items>
XCU
}
profile "$run/lo-recalc" 0
profile "$run/lo-cached" 1
filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'

# Workbooks and expected numbers of the original answer files.
"$lke" score "$run"/yaml/*.yaml --format xlsx -o "$run/xlsx/" 2> /dev/null
"$lke" score "$run"/yaml/*.yaml --format csv -o "$run/expected/" 2> /dev/null
"$lke" score "$run"/yaml/*.yaml --format json -o "$run/expected/" 2> /dev/null

# The rows of the sheet "LKE" of the example as written (to find the cells to edit), without recalculation.
soffice_convert "$run/lo-cached" "$filter" "$run/cached-out" "$run/soffice-cached.log" csv "$run/xlsx/kantor-contoh.xlsx"

python3 "$run/check.py" prepare "$run" "$edited"
"$lke" score "$run"/edited/*.yaml --format csv -o "$run/expected/" 2> /dev/null
"$lke" score "$run"/edited/*.yaml --format json -o "$run/expected/" 2> /dev/null

start=$(date +%s)
soffice_convert "$run/lo-recalc" "$filter" "$run/recalc-out" "$run/soffice-recalc.log" csv "$run"/recalc-in/*.xlsx
echo "LibreOffice recalculated $(ls "$run"/recalc-in/*.xlsx | wc -l) workbooks in $(( $(date +%s) - start )) s" >&2

python3 "$run/check.py" compare "$run"
