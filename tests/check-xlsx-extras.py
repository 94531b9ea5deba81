#!/usr/bin/python3
# check-xlsx-extras.py: reads back what an exported workbook holds beyond
# the report itself, with an independent reader (openpyxl and the zip's
# XML): the comments for the council on "Resumen" and "Detalle", those
# whose item is gone on "Revisión del informe", and the sheet
# "Comparación" with its chart in the app's colours.
#
#   check-xlsx-extras.py WORKBOOK EXPECTED.json
#
# EXPECTED.json, written by the test from the model (money in centavos):
#   { "remarks": {path: text} (on the report's items),
#     "orphans": [{"path", "nombre", "text"}],
#     "comparison": null | { "periods": ["T1 2024", …], "paces": [0.25, …],
#       "programs": [ROW], "rows": [ROW],
#       "added": [[path, nombre, period]], "vanished": […],
#       "renamed": [[path, nombre, period], [null, nombre, period]] } }
#   ROW: { "path", "nombre", "modificado": [c | null], "devengado": […],
#          "changes": "" }
#
# Exit status: 0 checked, 1 a check failed.
#
# Copyright 2026 The Indicadores authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
}
REMARKS = "Comentario para el consejo"
REVIEW = "Revisión del informe"
COMPARISON = "Comparación"
# The app's chart colours of the periods, latest first (ind-chart-layout.c).
PERIOD_COLORS = ["0072B2", "9BD0F0", "E69F00", "CC79A7"]


class CheckFailed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def expect_centavos(value, centavos, where):
    if centavos is None:
        expect(value is None, f"{where}: expected an empty cell, found {value!r}")
        return
    expect(isinstance(value, (int, float)) and value == centavos / 100,
           f"{where}: {value!r} is not {centavos} centavos")


def expect_close(value, expected, where):
    if expected is None:
        expect(value in (None, ""), f"{where}: expected nothing, found {value!r}")
        return
    expect(isinstance(value, (int, float)) and abs(value - expected) <= 1e-12 * max(1.0, abs(expected)),
           f"{where}: {value!r} is not {expected!r}")


def find_row(ws, column, value, start=1):
    for r in range(start, ws.max_row + 1):
        if ws.cell(r, column).value == value:
            return r
    raise CheckFailed(f"{ws.title}: no row with {value!r} in column {column}")


def check_resumen(book, remarks):
    ws = book["Resumen"]
    header = find_row(ws, 3, "Modificado")
    labels = [ws.cell(header, c).value for c in range(1, ws.max_column + 1)]
    expect(REMARKS in labels, f"Resumen's header has no column of remarks: {labels}")
    col = labels.index(REMARKS) + 1
    expect(col == 9 and labels[7] == "Ritmo esperado", f"the remarks are in column {col}, not after the pace")
    r = header + 1
    while ws.cell(r, 1).value not in (None, "Total"):
        path = ws.cell(r, 1).value
        cell = ws.cell(r, col)
        expect(cell.value == remarks.get(path), f"Resumen {path}: remark {cell.value!r}")
        if cell.value is not None:
            expect(cell.data_type == "s", f"Resumen {path}: the remark is not text")
        r += 1
    expect(r == header + 5, f"Resumen lists {r - header - 1} programs")


def check_detalle(book, remarks):
    ws = book["Detalle"]
    expect(ws.cell(1, 15).value == REMARKS, f"Detalle's column O is {ws.cell(1, 15).value!r}")
    found = {}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 15).value is not None:
            found[ws.cell(r, 1).value] = ws.cell(r, 15).value
            expect(ws.cell(r, 15).data_type == "s", f"Detalle {ws.cell(r, 1).value}: the remark is not text")
    expect(found == remarks, f"Detalle's remarks are {found}, wanted {remarks}")


def check_orphans(book, orphans):
    ws = book[REVIEW]
    titles = [r for r in range(1, ws.max_row + 1)
              if str(ws.cell(r, 1).value or "").startswith(REMARKS) and
              "sin elemento" in str(ws.cell(r, 1).value)]
    if not orphans:
        expect(not titles, f"{REVIEW} lists comments without an item that there are not")
        return
    expect(len(titles) == 1, f"{REVIEW} has {len(titles)} blocks of comments without an item")
    title = titles[0]
    expect(ws.cell(title, 1).value.endswith(f"({len(orphans)})"), f"title {ws.cell(title, 1).value!r}")
    expect(ws.cell(title - 1, 1).value is None, "no blank row above the remarks without an item")
    header = title + 2
    expect([ws.cell(header, c).value for c in (1, 2, 5)] == ["Elemento", "Nombre al escribirla", "Comentario"],
           f"the header of the remarks without an item is {[ws.cell(header, c).value for c in (1, 2, 5)]}")
    merged = {str(m) for m in ws.merged_cells.ranges}
    for i, orphan in enumerate(orphans):
        r = header + 1 + i
        expect(ws.cell(r, 1).value == orphan["path"], f"orphan {i}: path {ws.cell(r, 1).value!r}")
        expect(ws.cell(r, 2).value == orphan["nombre"], f"orphan {i}: name {ws.cell(r, 2).value!r}")
        expect(ws.cell(r, 5).value == orphan["text"], f"orphan {i}: text {ws.cell(r, 5).value!r}")
        expect(f"B{r}:D{r}" in merged, f"orphan {i}: the name is not across B:D")
        expect(ws.cell(r, 5).alignment.wrap_text, f"orphan {i}: the remark does not wrap")
    expect(ws.max_row == header + len(orphans), "rows after the remarks without an item")
    # the autofilter stays on the diagnostics
    expect(int(re.search(r"(\d+)$", ws.auto_filter.ref).group(1)) < title,
           f"the autofilter {ws.auto_filter.ref} covers the remarks")


def ratio_formula(r, mod, dev):
    return f'=IF(AND(ISNUMBER({mod}{r}),ISNUMBER({dev}{r}),{mod}{r}<>0),{dev}{r}/{mod}{r},"")'


def check_comparison_row(ws, cached, r, row, n, label):
    letters = openpyxl.utils.get_column_letter
    where = f"Comparación row {r} ({label})"
    expect(ws.cell(r, 1).value == row["path"], f"{where}: path {ws.cell(r, 1).value!r}")
    if row.get("nombre") is not None:
        expect(ws.cell(r, 2).value == row["nombre"], f"{where}: name {ws.cell(r, 2).value!r}")
    ratios = []
    for p in range(n):
        mod, dev, ej = 3 + 3 * p, 4 + 3 * p, 5 + 3 * p
        if row["path"] != "Total":
            expect_centavos(ws.cell(r, mod).value, row["modificado"][p], f"{where} Modificado {p}")
            expect_centavos(ws.cell(r, dev).value, row["devengado"][p], f"{where} Devengado {p}")
        expect(ws.cell(r, ej).value == ratio_formula(r, letters(mod), letters(dev)),
               f"{where}: % ejercido formula {ws.cell(r, ej).value!r}")
        m, d = row["modificado"][p], row["devengado"][p]
        ratio = d / m if m not in (None, 0) and d is not None else None
        expect_close(cached.cell(r, ej).value, ratio, f"{where} cached % ejercido {p}")
        ratios.append(ratio)
    change = 3 + 3 * n
    first, last = letters(5), letters(5 + 3 * (n - 1))
    wanted = f'=IF(AND(ISNUMBER({first}{r}),ISNUMBER({last}{r})),({last}{r}-{first}{r})*100,"")'
    expect(ws.cell(r, change).value == wanted, f"{where}: change formula {ws.cell(r, change).value!r}")
    if ratios[0] is not None and ratios[-1] is not None:
        expect(abs(cached.cell(r, change).value - (ratios[-1] - ratios[0]) * 100) < 1e-9,
               f"{where}: cached change {cached.cell(r, change).value!r}")
    expect((ws.cell(r, change + 1).value or "") == row.get("changes", ""),
           f"{where}: changes {ws.cell(r, change + 1).value!r}, wanted {row.get('changes')!r}")


def check_list(ws, start, heading, rows, label):
    r = find_row(ws, 1, f"{heading} ({len({x[0] for x in rows if x[0]})})", start)
    expect([ws.cell(r + 1, c).value for c in (1, 2, 3)] == ["Ruta", "Nombre", label],
           f"{heading}: header {[ws.cell(r + 1, c).value for c in (1, 2, 3)]}")
    for i, (path, nombre, period) in enumerate(rows):
        got = [ws.cell(r + 2 + i, c).value for c in (1, 2, 3)]
        expect(got == [path, nombre, period], f"{heading} line {i}: {got}, wanted {[path, nombre, period]}")
    return r + 2 + len(rows)


def check_chart(archive, header, first, last, n):
    letters = openpyxl.utils.get_column_letter
    charts = []
    for name in archive.namelist():
        if re.match(r"xl/charts/chart\d+\.xml$", name):
            xml = ET.fromstring(archive.read(name))
            refs = [f.text for f in xml.iter(f"{{{NS['c']}}}f")]
            if any(COMPARISON in (ref or "") for ref in refs):
                charts.append(xml)
    expect(len(charts) == 1, f"{len(charts)} charts plot Comparación")
    bar = charts[0].find(".//c:barChart", NS)
    expect(bar is not None and bar.find("c:barDir", NS).get("val") == "bar", "the comparison chart is not of bars")
    series = bar.findall("c:ser", NS)
    expect(len(series) == n, f"the comparison chart has {len(series)} series for {n} periods")
    for p, s in enumerate(series):
        col = letters(5 + 3 * p)
        unquote = lambda ref: (ref or "").replace("'", "")
        values = unquote(s.findtext("c:val/c:numRef/c:f", namespaces=NS))
        expect(values == f"{COMPARISON}!${col}${first}:${col}${last}", f"series {p} plots {values}")
        cat = unquote(s.findtext("c:cat/c:strRef/c:f", namespaces=NS))
        expect(cat == f"{COMPARISON}!$A${first}:$A${last}", f"series {p}: categories {cat}")
        name = unquote(s.findtext("c:tx/c:strRef/c:f", namespaces=NS))
        expect(name == f"{COMPARISON}!${col}${header}", f"series {p}: name {name}")
        if n <= len(PERIOD_COLORS):
            fill = s.find("c:spPr/a:solidFill/a:srgbClr", NS)
            wanted = PERIOD_COLORS[n - 1 - p]
            expect(fill is not None and fill.get("val") == wanted,
                   f"series {p} is filled with {fill is not None and fill.get('val')}, not {wanted}")


def check_comparison(book, values, archive, c):
    expect(book.sheetnames[-1] == COMPARISON, f"the sheets are {book.sheetnames}")
    ws, cached = book[COMPARISON], values[COMPARISON]
    n = len(c["periods"])
    expect(ws["A1"].value == "Comparación de periodos", f"A1 is {ws['A1'].value!r}")

    top = find_row(ws, 1, "Periodo")
    for p, (name, pace) in enumerate(zip(c["periods"], c["paces"])):
        expect(ws.cell(top + 1 + p, 1).value == name, f"period {p} is {ws.cell(top + 1 + p, 1).value!r}")
        expect_close(ws.cell(top + 1 + p, 3).value, pace, f"pace of {name}")

    header = find_row(ws, 1, "Programa")
    labels = [ws.cell(header, col).value for col in range(1, 3 + 3 * n + 2)]
    wanted = ["Programa", "Nombre"]
    for name in c["periods"]:
        wanted += [f"Modificado {name}", f"Devengado {name}", f"% ejercido {name}"]
    wanted += ["Cambio en % ejercido (puntos)", "Cambios"]
    expect(labels == wanted, f"the header of the programs is {labels}")

    # printed like the other sheets: Letter landscape, one page wide and
    # as many down as it takes; long names wrap in rows tall enough
    setup = ws.page_setup
    expect(setup.orientation == "landscape" and int(setup.paperSize) == 1 and int(setup.fitToHeight) == 0,
           f"Comparación prints {setup.orientation} on paper {setup.paperSize}, {setup.fitToHeight} pages down")
    programs = c["programs"]
    for i, row in enumerate(programs):
        r = header + 1 + i
        check_comparison_row(ws, cached, r, row, n, row["path"])
        name = ws.cell(r, 2)
        lines = round((ws.row_dimensions[r].height or 15) / 15)
        expect(name.alignment.wrap_text and lines * ws.column_dimensions["B"].width >= len(name.value or ""),
               f"Comparación row {r}: the name {name.value!r} has {lines} lines")
    total = header + 1 + len(programs)
    first, last = header + 1, total - 1
    sums = {"path": "Total", "modificado": [], "devengado": []}
    for p in range(n):
        for member, col in (("modificado", 3 + 3 * p), ("devengado", 4 + 3 * p)):
            letter = openpyxl.utils.get_column_letter(col)
            expect(ws.cell(total, col).value == f"=SUM({letter}{first}:{letter}{last})",
                   f"total {member} {p}: {ws.cell(total, col).value!r}")
            centavos = sum(row[member][p] or 0 for row in programs)
            expect_centavos(cached.cell(total, col).value, centavos, f"cached total {member} {p}")
            sums[member].append(centavos)
    check_comparison_row(ws, cached, total, sums, n, "Total")
    check_chart(archive, header, first, last, n)

    every = find_row(ws, 1, "Todos los elementos", total)
    expect(ws.cell(every + 1, 1).value == "Ruta", "no header above every item")
    for i, row in enumerate(c["rows"]):
        check_comparison_row(ws, cached, every + 2 + i, row, n, row["path"])
    r = every + 2 + len(c["rows"])
    r = check_list(ws, r, "Elementos nuevos", c["added"], "Primer periodo")
    r = check_list(ws, r, "Elementos que desaparecieron", c["vanished"], "Último periodo")
    check_list(ws, r, "Elementos renombrados", c["renamed"], "Periodo")


def main():
    workbook, expected_path = sys.argv[1:3]
    with open(expected_path) as f:
        expected = json.load(f)
    try:
        book = openpyxl.load_workbook(workbook)
        values = openpyxl.load_workbook(workbook, data_only=True)
        check_resumen(book, expected["remarks"])
        check_detalle(book, expected["remarks"])
        check_orphans(book, expected["orphans"])
        if expected.get("comparison"):
            with zipfile.ZipFile(workbook) as archive:
                check_comparison(book, values, archive, expected["comparison"])
        else:
            expect(COMPARISON not in book.sheetnames, "a sheet Comparación without a comparison")
    except CheckFailed as e:
        print(f"FAIL: {e}")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
