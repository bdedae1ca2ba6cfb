#!/usr/bin/env python3
"""Remakes the workbook fixtures of the import tests (Tests/LKEKitTests/Fixtures/xlsx).

The workbooks are written with the standard library only (zipfile, deflated entries): a minimal SpreadsheetML
writer with shared strings (plain and rich text), inline strings, numbers, booleans, formulas with cached
values, merged cells, hidden sheets and hyperlinks. Their content comes from the worksheet of the bundled
example, as `lke score examples/kantor-contoh.yaml --format csv` prints it, and from the example's header.

  kode-columns.xlsx   the layout of a `lke` export: a Kode column, one row per code, a Ringkasan sheet
  unit-quirky.xlsx    a unit's own workbook: title row merged, header on row 2, hierarchy over columns B..G,
                      numbering that repeats, typos in type labels, ya/YA, "11 orang", a cached 100 % where
                      the counts give 90,91 %, missing and reordered rows, links in untitled columns
  unit-errors.xlsx    the same layout with an unmatched row, an answer outside its scale and a formula
                      where an answer belongs
  libreoffice-saved.xlsx  unit-quirky.xlsx opened and saved again by headless LibreOffice (when installed)
  export-libreoffice.xlsx  `lke score examples/kantor-contoh.yaml --format xlsx`, its cached results removed,
                      opened by headless LibreOffice with recalculation on load and saved again: every cached
                      value in it is LibreOffice's own

Run from the repository root after `swift build`: python3 scripts/make-xlsx-fixtures.py [path/to/lke]
(--keep-libreoffice leaves the two LibreOffice files as they are: LibreOffice stamps the time into them).
"""
import csv
import io
import re
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.join("Tests", "LKEKitTests", "Fixtures", "xlsx")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
HIDDEN = ' state="hidden"'


def col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


class Sheet:
    def __init__(self, name, hidden=False):
        self.name, self.hidden = name, hidden
        self.cells = {}    # (row, col) -> (kind, value, formula)
        self.merges = []
        self.links = {}    # (row, col) -> url

    def text(self, r, c, value, inline=False):
        self.cells[(r, c)] = ("inline" if inline else "s", value, None)

    def number(self, r, c, value, formula=None):
        self.cells[(r, c)] = ("n", value, formula)

    def formula_text(self, r, c, formula, cached):
        self.cells[(r, c)] = ("str", cached, formula)

    def boolean(self, r, c, value):
        self.cells[(r, c)] = ("b", value, None)


def attr(text):
    return escape(text, {'"': "&quot;"})


def run_xml(value):
    """Plain text, or a list of (text, bold) runs as rich text."""
    if isinstance(value, list):
        return "".join(f'<r>{"<rPr><b/></rPr>" if bold else ""}<t xml:space="preserve">{escape(t)}</t></r>' for t, bold in value)
    return f'<t xml:space="preserve">{escape(value)}</t>'


def number_text(value):
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_xlsx(path, sheets):
    strings, index = [], {}

    def sst(value):
        key = repr(value)
        if key not in index:
            index[key] = len(strings)
            strings.append(value)
        return index[key]

    parts = {}
    for i, sheet in enumerate(sheets, 1):
        rows = {}
        for (r, c), cell in sheet.cells.items():
            rows.setdefault(r, []).append((c, cell))
        xml = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetData>']
        for r in sorted(rows):
            xml.append(f'<row r="{r}">')
            for c, (kind, value, formula) in sorted(rows[r], key=lambda x: x[0]):
                ref = f"{col(c)}{r}"
                f = f"<f>{escape(formula)}</f>" if formula else ""
                if kind == "s":
                    xml.append(f'<c r="{ref}" t="s"><v>{sst(value)}</v></c>')
                elif kind == "inline":
                    xml.append(f'<c r="{ref}" t="inlineStr"><is>{run_xml(value)}</is></c>')
                elif kind == "str":
                    xml.append(f'<c r="{ref}" t="str">{f}<v>{escape(value)}</v></c>')
                elif kind == "b":
                    xml.append(f'<c r="{ref}" t="b"><v>{1 if value else 0}</v></c>')
                else:
                    v = "" if value is None else f"<v>{number_text(value)}</v>"
                    xml.append(f'<c r="{ref}">{f}{v}</c>')
            xml.append("</row>")
        xml.append("</sheetData>")
        if sheet.merges:
            xml.append(f'<mergeCells count="{len(sheet.merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in sheet.merges) + "</mergeCells>")
        rels = []
        if sheet.links:
            xml.append("<hyperlinks>")
            for n, ((r, c), url) in enumerate(sorted(sheet.links.items()), 1):
                xml.append(f'<hyperlink ref="{col(c)}{r}" r:id="rIdL{n}"/>')
                rels.append(f'<Relationship Id="rIdL{n}" Type="{REL}/hyperlink" Target="{attr(url)}" TargetMode="External"/>')
            xml.append("</hyperlinks>")
        xml.append("</worksheet>")
        parts[f"xl/worksheets/sheet{i}.xml"] = "".join(xml)
        if rels:
            parts[f"xl/worksheets/_rels/sheet{i}.xml.rels"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
                                                              + "".join(rels) + "</Relationships>")
    parts["xl/sharedStrings.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
                                     + "".join(f"<si>{run_xml(s)}</si>" for s in strings) + "</sst>")
    parts["xl/workbook.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                                + "".join(f'<sheet name="{attr(s.name)}" sheetId="{i}"{HIDDEN if s.hidden else ""} r:id="rId{i}"/>'
                                          for i, s in enumerate(sheets, 1)) + "</sheets></workbook>")
    parts["xl/_rels/workbook.xml.rels"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
                                           + "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1))
                                           + f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                                           + f'<Relationship Id="rIdT" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
    parts["xl/styles.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
                              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>')
    parts["_rels/.rels"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
                            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts["[Content_Types].xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                    '<Default Extension="xml" ContentType="application/xml"/>'
                                    f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
                                    + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{ct}.worksheet+xml"/>' for i in range(1, len(sheets) + 1))
                                    + f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/>'
                                    f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/></Types>')
    order = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"]
    order += sorted(p for p in parts if p not in order)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name].encode("utf-8"))


# ----------------------------------------------------------------------------------------------------------
# The example's worksheet

def worksheet_rows(lke):
    text = subprocess.run([lke, "score", "examples/kantor-contoh.yaml", "--format", "csv"], check=True,
                          capture_output=True, text=True).stdout
    rows = list(csv.reader(io.StringIO(text)))
    kinds = {"simpul": "node", "pertanyaan": "question", "input": "input", "turunan": "derived"}
    out = []
    for r in rows[1:]:
        code, title, weight, typ, answer, value, pct, note, evidence, kind = r
        out.append(dict(code=code, title=title, weight=weight, type=typ, answer=answer, value=value, pct=pct,
                        note=note, evidence=[e for e in evidence.split("\n") if e], kind=kinds[kind]))
    return out


def example_header():
    header, eligibility, section = {}, [], None
    with open("examples/kantor-contoh.yaml", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            if not line.startswith(" "):
                key, _, value = line.partition(":")
                section = key
                value = value.strip().strip('"')
                if value:
                    header[key] = value
            elif section == "eligibility":
                key, _, value = line.strip().partition(":")
                eligibility.append((key, value.strip()))
    return header, eligibility


def ringkasan(header, eligibility):
    s = Sheet("Ringkasan")
    s.text(1, 1, "Ringkasan Penilaian")
    for c, t in enumerate(["Kode", "Keterangan", "Isi"], 1):
        s.text(2, c, t)
    r = 3
    for key in ["questionnaire", "unit", "instansi", "period", "layer", "assessor", "predicate"]:
        s.text(r, 1, key)
        s.text(r, 2, key.capitalize())
        if key in header:
            if key == "period":
                s.number(r, 3, int(header[key]))
            else:
                s.text(r, 3, header[key])
        r += 1
    r += 1
    for c, t in enumerate(["Kode", "Prasyarat pengusulan", "Berlaku untuk", "Dinyatakan", "Status"], 1):
        s.text(r, c, t)
    for key, value in eligibility:
        r += 1
        s.text(r, 1, key)
        s.text(r, 2, "Prasyarat " + key)
        s.text(r, 4, value)
    return s


def fraction(pct):
    return float(pct) / 100 if pct else None


def kode_columns(rows, header, eligibility):
    s = Sheet("LKE")
    titles = ["Kode", "Komponen/Pertanyaan", "Bobot", "Penjelasan", "Pilihan Jawaban", "Jawaban", "Nilai", "%", "Catatan", "Eviden"]
    for c, t in enumerate(titles, 1):
        s.text(1, c, t)
    width = max(len(r["evidence"]) for r in rows)
    for c in range(11, 10 + width):
        s.text(1, c, "")
    s.merges.append(f"J1:{col(9 + width)}1")
    row_of = {}
    for i, row in enumerate(rows, 2):
        row_of[row["code"]] = i
    for i, row in enumerate(rows, 2):
        s.text(i, 1, row["code"])
        s.text(i, 2, row["title"])
        if row["weight"]:
            s.number(i, 3, float(row["weight"]))
        if row["kind"] == "question":
            s.text(i, 5, row["type"])
            if row["type"] == "%":
                inputs = [r for r in rows if r["code"].startswith(row["code"] + ".") and r["kind"] == "input"]
                refs = [f"F{row_of[r['code']]}" for r in inputs]
                empty = ",".join(x + '=""' for x in refs)
                s.number(i, 6, fraction(row["answer"]), formula="IF(OR(" + empty + '),"",MIN(1,' + refs[-1] + "/" + refs[0] + "))")
            elif row["type"].startswith("Nilai"):
                if row["answer"]:
                    s.number(i, 6, float(row["answer"]))
            elif row["answer"]:
                s.text(i, 6, row["answer"])
            if row["pct"]:
                s.number(i, 8, fraction(row["pct"]))
        elif row["kind"] == "input":
            if row["answer"]:
                s.number(i, 6, int(row["answer"]))
        elif row["kind"] == "derived":
            s.number(i, 6, int(row["answer"]), formula=f"SUM(F{i - 4}:F{i - 2})")
        if row["value"]:
            s.number(i, 7, float(row["value"]), formula=f"H{i}*C{i}" if row["kind"] == "question" else f"SUM(G{i + 1}:G{i + 5})")
        if row["note"]:
            s.text(i, 9, row["note"])
        for k, item in enumerate(row["evidence"]):
            s.text(i, 10 + k, item)
            if item.startswith("http"):
                s.links[(i, 10 + k)] = item
    return [s, ringkasan(header, eligibility)]


# ----------------------------------------------------------------------------------------------------------
# A unit's own workbook

ROMAN = {"I": "I.", "II": "II."}


def hierarchy(code):
    """The numbering marks of a code over columns B..F (2..6): A. / I. / 1. / i. / a."""
    parts = code.split(".")
    if parts[0] == "B":
        # Hasil: B / I / a (component, half, question)
        marks = [(2, parts[0] + ".")]
        if len(parts) > 1:
            marks.append((3, parts[1] + "."))
        if len(parts) > 2:
            marks.append((6, parts[2] + "."))
        return marks
    cols = [2, 3, 4, 5, 6]
    return [(cols[k], p + ".") for k, p in enumerate(parts[:5])]


def unit_sheet(rows, errors=False):
    s = Sheet("LKE ZI")
    s.text(1, 1, "LAMPIRAN III PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI TENTANG PEMBANGUNAN DAN EVALUASI ZONA INTEGRITAS")
    s.merges.append("A1:Q1")
    s.text(2, 1, "No")
    s.text(2, 2, "Penilaian")
    s.merges.append("B2:G2")
    for c, t in [(8, "Bobot"), (9, "Penjelasan"), (10, "Pilihan Jawaban"), (11, "Jawaban Unit"), (12, "Nilai"), (13, " %"),
                 (15, "Catatan/Keterangan/Penjelasan")]:
        s.text(2, c, t)
    keep = [r for r in rows if r["code"] not in ("NILAI", "A.I.1.iii.c", "A.I.2.i.b")]   # root and two rows the unit deleted
    # The unit moved A.I.1.iv.d above A.I.1.iv.c.
    i_c = next(k for k, r in enumerate(keep) if r["code"] == "A.I.1.iv.c")
    keep[i_c], keep[i_c + 1] = keep[i_c + 1], keep[i_c]
    r = 3
    number = 1
    quirks = {
        "A.I.1.i.a": ("type", "Ya"),             # a Ya/Tidak row labelled just "Ya"
        "A.I.1.ii.a": ("answer", "ya"),
        "A.I.1.iv.a": ("answer", "YA"),
        "A.I.1.i.b": ("answer", " A"),
        "A.I.1.ii.c": ("answer", "b."),
        "A.I.1.iii.a": ("type", "A/B/C/ D"),
        "A.II.1.i.a.1": ("answer", "11 orang"),
        "A.II.1.i.a.2": ("answer", 10),
        "B.I.a": ("answer", "3,62"),
        "A.I.2.ii.a": ("answer", "A/B/C/D"),      # the type label left in place: unanswered
    }
    row_at = {}
    for row in keep:
        code, kind = row["code"], row["kind"]
        row_at[code] = r
        s.number(r, 1, number)
        number = number + 1 if number != 7 else 200   # the running number jumps
        if kind == "node":
            marks = hierarchy(code)
            for c, m in marks:
                s.text(r, c, m)
            title_col = min(marks[-1][0] + 1, 7)
            s.text(r, title_col, row["title"])
            s.number(r, 8, float(row["weight"]))
            value = float(row["value"])
            if code == "A.I.3":
                value += 1.5   # a stale cached sum
            s.number(r, 12, value, formula=f"SUM(L{r + 1}:L{r + 9})")
        elif kind == "question":
            letter = code.split(".")[-1]
            s.text(r, 6, letter if code != "A.I.1.iv.b" else "b")   # a letter without its dot
            title = row["title"]
            if code == "A.I.1.iv.d":
                title = title.replace("Integritas", "Intergritas")  # a typo in the text
            if code == "A.I.1.i.b":
                s.cells[(r, 7)] = ("s", [(title.split(" ")[0] + " ", True), (" ".join(title.split(" ")[1:]), False)], None)
            else:
                s.text(r, 7, title)
            if row["weight"]:
                s.number(r, 8, float(row["weight"]))
            typ = row["type"].replace("Nilai (0-4)", "Nilai\n(0-4)")
            answer = row["answer"]
            q = quirks.get(code)
            if q and q[0] == "type":
                typ = q[1]
            if q and q[0] == "answer":
                answer = q[1]
            s.text(r, 10, typ)
            if row["type"] == "%":
                k1, k2 = r + 1, r + 2
                if code == "A.II.3.iii.a":
                    f = f'IF(K{k1}="","Blm Diisi",(K{k1}-K{k2})/K{k1})'
                else:
                    f = f'IF(OR(K{k1}="",K{k2}=""),"Blm Diisi",IF(K{k2}/K{k1}>1,1,K{k2}/K{k1}))'
                cached = fraction(row["answer"])
                if code == "A.II.1.i.a":
                    cached = 1   # printed 100 % where the counts (10 of 11) give 90,91 %
                if code.startswith("A.II.5.iii"):
                    f = f"IF(K{r + 5}=0,0,K{r + 4}/K{r + 5})"
                s.number(r, 11, cached, formula=f)
            elif answer != "" and typ.startswith("Nilai"):
                if isinstance(answer, str) and "," in answer:
                    s.text(r, 11, answer)
                else:
                    s.number(r, 11, float(answer))
            elif answer != "":
                s.text(r, 11, answer, inline=(code == "A.I.1.iv.a"))
            if row["value"]:
                s.number(r, 12, float(row["value"]), formula=f'IF(K{r}="Ya",1,IF(K{r}="Tidak",0,"-"))*H{r}')
            if row["pct"]:
                s.number(r, 13, fraction(row["pct"]), formula=f"L{r}/H{r}")
        else:
            s.text(r, 6, "-")
            s.text(r, 7, "- " + row["title"])
            s.text(r, 10, "Jumlah")
            q = quirks.get(code)
            answer = q[1] if q else row["answer"]
            if kind == "derived":
                s.number(r, 11, int(row["answer"]), formula=f"SUM(K{r - 4}:K{r - 2})")
            elif isinstance(answer, str) and not answer.isdigit():
                s.text(r, 11, answer)
            elif answer != "":
                s.number(r, 11, int(answer))
        if row["note"]:
            s.text(r, 15, row["note"].replace("; ", ";\n"))
        for k, item in enumerate(row["evidence"][:1]):
            s.text(r, 16, "Dokumen pendukung " + code)
            s.text(r, 17, "\n".join(row["evidence"]))
            if len(row["evidence"]) == 1 and item.startswith("http"):
                s.links[(r, 17)] = item
        r += 1
    if errors:
        s.text(r, 7, "Pertanyaan tambahan dari unit yang tidak ada di peraturan")
        s.text(r, 10, "Ya/Tidak")
        s.text(r, 11, "Ya")
        r += 1
    s.cells[(r, 2)] = ("s", "NILAI EVALUASI ZONA INTEGRITAS", None)
    s.merges.append(f"B{r}:K{r}")
    s.number(r, 12, 78.92, formula=f"L{row_at['A']}+L{row_at['B']}")
    if errors:
        # An option outside the scale, and a formula where an answer belongs.
        for code, r_ in row_at.items():
            if code == "A.I.1.i.b":
                s.text(r_, 11, "F")
            if code == "A.I.1.ii.b":
                s.formula_text(r_, 11, 'IF(H5>0,"A","B")', "A")
    return s


def unit_workbook(rows, errors=False):
    cover = Sheet("Utama", hidden=True)
    cover.text(1, 1, "LEMBAR KERJA EVALUASI ZONA INTEGRITAS")
    cover.text(2, 1, "Unit Kerja")
    cover.text(2, 2, "Kantor Pelayanan Contoh Kota Maju")
    notes = Sheet("Ctt Eval")
    notes.text(1, 1, "Catatan evaluator")
    notes.boolean(2, 1, True)
    return [cover, notes, unit_sheet(rows, errors)]


RECALC = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def libreoffice_copy(source, target, recalculate=False):
    """Opens `source` in headless LibreOffice and saves it as `target` (.xlsx); with `recalculate`, every cached
    formula result is removed first and LibreOffice recalculates on load, so the results are its own."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print(f"soffice not found: {os.path.basename(target)} not remade", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        os.makedirs(os.path.join(profile, "user"))
        if recalculate:
            with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
                f.write(RECALC)
        name = os.path.basename(target)
        staged = os.path.join(tmp, name)
        with zipfile.ZipFile(source) as zin, zipfile.ZipFile(staged, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                if recalculate and item.filename.startswith("xl/worksheets/sheet"):
                    data = re.sub(rb"(</f>)<v>[^<]*</v>", rb"\1", data)
                zout.writestr(item, data)
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                        "--outdir", os.path.join(tmp, "out"), staged], check=True, capture_output=True, timeout=240)
        shutil.copy(os.path.join(tmp, "out", name), target)


def exported_example(lke, tmp):
    """`lke score --format xlsx` of the example, or None when this lke has no xlsx export."""
    target = os.path.join(tmp, "export.xlsx")
    done = subprocess.run([lke, "score", "examples/kantor-contoh.yaml", "--format", "xlsx", "-o", target], capture_output=True)
    return target if done.returncode == 0 and os.path.exists(target) else None


def main():
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    lke = arguments[0] if arguments else ".build/debug/lke"
    os.makedirs(OUT, exist_ok=True)
    rows = worksheet_rows(lke)
    header, eligibility = example_header()
    write_xlsx(os.path.join(OUT, "kode-columns.xlsx"), kode_columns(rows, header, eligibility))
    write_xlsx(os.path.join(OUT, "unit-quirky.xlsx"), unit_workbook(rows))
    write_xlsx(os.path.join(OUT, "unit-errors.xlsx"), unit_workbook(rows, errors=True))
    if "--keep-libreoffice" not in sys.argv:
        libreoffice_copy(os.path.join(OUT, "unit-quirky.xlsx"), os.path.join(OUT, "libreoffice-saved.xlsx"))
        with tempfile.TemporaryDirectory() as tmp:
            export = exported_example(lke, tmp)
            if export:
                libreoffice_copy(export, os.path.join(OUT, "export-libreoffice.xlsx"), recalculate=True)


if __name__ == "__main__":
    main()
