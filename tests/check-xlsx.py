#!/usr/bin/python3
# check-xlsx.py: reads an exported workbook back with an independent
# reader (openpyxl, and the zip's XML) and checks it against the model as
# `indicadores --json` gives it, in integer centavos.
#
#   check-xlsx.py WORKBOOK REPORT.json    check a workbook
#   check-xlsx.py --recalculate WORKBOOK REPORT.json
#                                         also have LibreOffice recompute
#                                         every formula and check the totals
#   check-xlsx.py [--recalculate] --report FILE
#                                         export FILE with $INDICADORES_BIN
#                                         first (--export-xlsx and --json)
#   --bands GREEN,YELLOW                  the semáforo's bands in points
#                                         (5,15, the defaults)
#
# Exit status: 0 checked, 1 a check failed, 77 (meson's "skipped") when
# --recalculate is asked for and LibreOffice is not installed.
#
# Copyright 2026 The Indicadores authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

REVIEW = "Revisión del informe"
SHEETS = ["Resumen", "Detalle", REVIEW]
# The app's chart colours (src/ind-chart-layout.c): Modificado, Devengado,
# Pagado; the pace's ink.
MONEY_COLORS = ["9BD0F0", "0072B2", "E69F00"]
PACE_COLOR = "1A1A1A"
PACE_CELL = "Resumen!$B$4"
LETTER = 1
LINE_HEIGHT = 15  # points a line of 11 pt text takes in a row
MONEY = ["modificado", "devengado", "pagado"]
# Detalle's columns, as the export lays them out.
DETALLE = ["path", "clave", "nombre", "modificado", "devengado", "pagado",
           "avance_financiero", "ejercido", "avance_fisico", "ponderado",
           "ponderado_computed", "meta", "alcanzado", "unidad", "note"]
PERCENTS = {"avance_financiero", "ejercido", "avance_fisico", "ponderado",
            "ponderado_computed"}
MONEY_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.0%"
NS = {
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}


class CheckFailed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def expect_centavos(value, centavos, where):
    """A money cell holds centavos / 100 exactly: no rounding on the way."""
    if centavos is None:
        expect(value is None, f"{where}: expected an empty cell, found {value!r}")
        return
    expect(isinstance(value, (int, float)), f"{where}: expected a number, found {value!r}")
    expect(value == centavos / 100, f"{where}: {value!r} is not {centavos} centavos")


def expect_close(value, expected, where):
    if expected is None:
        expect(value in (None, ""), f"{where}: expected an empty cell, found {value!r}")
        return
    expect(isinstance(value, (int, float)), f"{where}: expected a number, found {value!r}")
    expect(abs(value - expected) <= 1e-12 * max(1.0, abs(expected)),
           f"{where}: {value!r} is not {expected!r}")


def ratio(item, numerator, denominator="modificado"):
    if item.get(numerator) is None or not item.get(denominator):
        return None
    return item[numerator] / item[denominator]


def walk(items, depth=0, program=None):
    for item in items:
        yield item, depth, program or item
        yield from walk(item["children"], depth + 1, program or item)


def pace_of(model):
    """The period's expected pace as a fraction, as the model defines it."""
    if model["period_end"] is None:
        return None
    year, month, day = (int(x) for x in model["period_end"].split("-"))
    import calendar
    days = calendar.monthrange(year, month)[1]
    return ((month - 1) + day / days) / 12


def check_properties(archive, model):
    core = ET.fromstring(archive.read("docProps/core.xml"))
    app = ET.fromstring(archive.read("docProps/app.xml"))
    title = core.findtext("dc:title", namespaces=NS)
    expect(title == (model["title"] or "Indicadores de Resultados"),
           f"document title is {title!r}")
    expect(core.findtext("dc:subject", namespaces=NS), "the document has no subject")
    expect(re.match(r"\d{4}-\d\d-\d\dT", core.findtext("dcterms:created", namespaces=NS) or ""),
           "the document has no creation date")
    company = app.findtext("ep:Company", namespaces=NS)
    expect(company == model["entity"], f"company is {company!r}, not the entity")


def check_page_setup(ws, archive, sheet_xml, title_rows, model):
    """Letter landscape, as wide as one page and as many pages down as it
    takes, never squeezed onto one; the header on every page; a footer
    with the entity, the sheet and the page."""
    setup = ws.page_setup
    where = f"{ws.title}'s page"
    expect(setup.orientation == "landscape", f"{where} is {setup.orientation}")
    expect(setup.paperSize is not None and int(setup.paperSize) == LETTER, f"{where} is paper {setup.paperSize}")
    expect(ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage,
           f"{where} is not fitted")
    # fitToWidth is 1 when absent
    expect(int(setup.fitToWidth or 1) == 1, f"{where} is {setup.fitToWidth} pages wide")
    expect(setup.fitToHeight is not None and int(setup.fitToHeight) == 0,
           f"{where} is squeezed onto {setup.fitToHeight or 1} pages down")
    expect(ws.print_title_rows == title_rows, f"{where} repeats rows {ws.print_title_rows}, not {title_rows}")
    xml = ET.fromstring(archive.read(sheet_xml))
    footer = xml.findtext("m:headerFooter/m:oddFooter", namespaces=NS) or ""
    for code in ("&P", "&N", "&A"):
        expect(code in footer, f"{where}'s footer {footer!r} lacks {code}")
    if model["entity"]:
        expect(model["entity"].replace("&", "&&") in footer, f"{where}'s footer {footer!r} lacks the entity")


def expect_room(ws, r, col, text, indent=0):
    """A wrapped cell whose row has lines enough for @text: a line holds
    at most the column's width in capitals or digits, a third more in
    small letters, so fewer lines than that would cut it."""
    cell = ws.cell(r, col)
    letter = openpyxl.utils.get_column_letter(col)
    width = ws.column_dimensions[letter].width - indent
    height = ws.row_dimensions[r].height or LINE_HEIGHT
    lines = round(height / LINE_HEIGHT)
    where = f"{ws.title}!{letter}{r}"
    small = sum(c.islower() for c in text) / max(len(text), 1)
    per_line = width / (1 - 0.25 * small)
    expect(cell.alignment.wrap_text, f"{where} does not wrap")
    expect(lines * per_line >= len(text), f"{where}: {lines} lines of {per_line:.0f} characters for {len(text)}")


def check_resumen(book, values, archive, model, bands):
    ws, cached = book["Resumen"], values["Resumen"]
    pace = pace_of(model)
    programs = model["items"]

    expect(ws["A1"].value == model["title"], f"A1 is {ws['A1'].value!r}")
    expect(ws["A2"].value == model["entity"], f"A2 is {ws['A2'].value!r}")
    header = next(r for r in range(1, 20) if ws.cell(r, 3).value == "Modificado")
    expect([ws.cell(header, c).value for c in (3, 4, 5, 6, 7)] ==
           ["Modificado", "Devengado", "Pagado", "% ejercido", "% pagado"],
           "the header of Resumen's table is wrong")
    expect(ws.freeze_panes == f"A{header + 1}", f"Resumen freezes at {ws.freeze_panes}")
    if pace is not None:
        expect_close(cached["B4"].value, pace, "Resumen!B4 (expected pace)")

    first = header + 1
    for i, program in enumerate(programs):
        r = first + i
        where = f"Resumen row {r} ({program['path']})"
        expect(ws.cell(r, 1).value == program["path"], f"{where}: key {ws.cell(r, 1).value!r}")
        expect(ws.cell(r, 1).data_type == "s", f"{where}: the key is not text")
        name = ws.cell(r, 2)
        if program["missing"]:
            expect(name.value and name.font.i, f"{where}: the placeholder for a lost header is not marked")
        else:
            expect(name.value == program["nombre"] and name.data_type == "s",
                   f"{where}: the name {name.value!r} is not the text {program['nombre']!r}")
        if name.value:
            expect_room(ws, r, 2, name.value)
        for c, member in enumerate(MONEY, start=3):
            expect_centavos(ws.cell(r, c).value, program[member], f"{where} {member}")
        for c, member in ((6, "D"), (7, "E")):
            formula = ws.cell(r, c).value
            wanted = f'=IF(AND(ISNUMBER(C{r}),ISNUMBER({member}{r}),C{r}<>0),{member}{r}/C{r},"")'
            expect(formula == wanted, f"{where}: formula {formula!r}, wanted {wanted!r}")
        expect_close(cached.cell(r, 6).value, ratio(program, "devengado"), f"{where} cached % ejercido")
        expect_close(cached.cell(r, 7).value, ratio(program, "pagado"), f"{where} cached % pagado")
        if pace is not None:
            expect(ws.cell(r, 8).value == "=$B$4", f"{where}: pace formula {ws.cell(r, 8).value!r}")

    last = first + len(programs) - 1
    total = last + 1
    for c, member in enumerate(MONEY, start=3):
        col = "CDE"[c - 3]
        formula = ws.cell(total, c).value
        expect(formula == f"=SUM({col}{first}:{col}{last})", f"total {member}: formula {formula!r}")
        expect(cached.cell(total, c).value ==
               sum(p[member] or 0 for p in programs) / 100, f"total {member}: cached value")
    if model["totals"]:
        for c, member in enumerate(MONEY, start=3):
            expect_centavos(ws.cell(total + 1, c).value, model["totals"][member], f"SUMAS {member}")

    check_charts(archive, ws, first, last, pace is not None)
    if pace is not None:
        check_semaforo(ws, f"F{first}:F{total}", bands)
    check_page_setup(ws, archive, "xl/worksheets/sheet1.xml", f"${header}:${header}", model)
    return header, first, last


def series_color(series, path):
    fill = series.find(path, NS)
    return fill.get("val") if fill is not None else None


def check_charts(archive, ws, first, last, with_pace):
    # openpyxl reads the charts anchored on the sheet ...
    expect(len(ws._charts) == 2, f"Resumen has {len(ws._charts)} charts, not 2")
    # ... and the XML says what they are.
    names = sorted(n for n in archive.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n))
    expect(len(names) == 2, f"the workbook has charts {names}")
    categories = f"Resumen!$A${first}:$A${last}"
    execution, pace = (ET.fromstring(archive.read(name)) for name in names)

    # Modificado, Devengado and Pagado as columns, in the app's colours
    bar = execution.find(".//c:barChart", NS)
    expect(bar is not None and bar.find("c:barDir", NS).get("val") == "col",
           "the chart of execution is not of columns")
    series = bar.findall("c:ser", NS)
    check_series(series, [f"Resumen!${c}${first}:${c}${last}" for c in "CDE"], categories)
    colors = [series_color(s, "c:spPr/a:solidFill/a:srgbClr") for s in series]
    expect(colors == MONEY_COLORS, f"the money columns are coloured {colors}, not {MONEY_COLORS}")

    # % ejercido as dots, the pace as a dashed line: no bars
    expect(pace.find(".//c:barChart", NS) is None, "the chart of the pace has bars")
    line = pace.find(".//c:lineChart", NS)
    expect(line is not None, "the chart of the pace is not a line chart")
    series = line.findall("c:ser", NS)
    check_series(series, [f"Resumen!${c}${first}:${c}${last}" for c in ("FH" if with_pace else "F")], categories)
    dots = series[0]
    expect(dots.find("c:spPr/a:ln/a:noFill", NS) is not None, "the dots of % ejercido are joined by a line")
    expect(dots.find("c:marker/c:symbol", NS).get("val") == "circle", "% ejercido is not drawn as dots")
    color = series_color(dots, "c:marker/c:spPr/a:solidFill/a:srgbClr")
    expect(color == MONEY_COLORS[1], f"the dots are {color}, not Devengado's {MONEY_COLORS[1]}")
    expect(dots.find("c:dLbls/c:showVal", NS) is not None, "the dots carry no figure")
    if with_pace:
        pace_line = series[1]
        expect(pace_line.find("c:marker/c:symbol", NS).get("val") == "none", "the pace has markers")
        expect(pace_line.find("c:spPr/a:ln/a:prstDash", NS).get("val") == "dash", "the pace is not dashed")
        color = series_color(pace_line, "c:spPr/a:ln/a:solidFill/a:srgbClr")
        expect(color == PACE_COLOR, f"the pace is drawn in {color}, not {PACE_COLOR}")


def check_series(series, values, categories):
    refs = [s.findtext("c:val/c:numRef/c:f", namespaces=NS) for s in series]
    expect(refs == values, f"a chart plots {refs}, wanted {values}")
    for s in series:
        cat = s.findtext("c:cat/c:strRef/c:f", namespaces=NS)
        expect(cat == categories, f"a chart's categories are {cat}, wanted {categories}")
        expect(s.findtext("c:tx/c:strRef/c:f", namespaces=NS), "a series has no name from the header")


def check_semaforo(ws, sqref, bands):
    """Green, yellow and red by the distance from the pace's cell on
    Resumen, never from a number copied into the rule, with the bands of
    the export."""
    rules = [rule for cf in ws.conditional_formatting if str(cf.sqref) == sqref for rule in cf.rules]
    expect(len(rules) == 3, f"no semáforo on {ws.title}!{sqref}")
    cell = sqref.split(":")[0]
    green, yellow = (f"{b / 100:.15g}" for b in bands)
    wanted = [f"AND(ISNUMBER({cell}),ABS({cell}-{PACE_CELL})<={green})",
              f"AND(ISNUMBER({cell}),ABS({cell}-{PACE_CELL})<={yellow})",
              f"AND(ISNUMBER({cell}),ABS({cell}-{PACE_CELL})>{yellow})"]
    formulas = [rule.formula[0] for rule in sorted(rules, key=lambda rule: rule.priority)]
    expect(formulas == wanted, f"{ws.title}!{sqref}: rules {formulas}, wanted {wanted}")
    for rule in rules:
        expect(rule.type == "expression", f"{ws.title}!{sqref}: rule of type {rule.type}")
        expect(rule.stopIfTrue, f"{ws.title}!{sqref}: rule {rule.formula[0]} does not stop")
        expect(rule.dxf is not None and rule.dxf.fill is not None,
               f"{ws.title}!{sqref}: a rule without a fill colour")


# Detalle's columns whose text wraps at a fixed width.
WRAPPED = {"nombre", "unidad", "note"}


def check_detalle(book, archive, model, bands):
    ws = book["Detalle"]
    items = list(walk(model["items"]))
    pace = pace_of(model)

    expect(ws.max_row == len(items) + 1, f"Detalle has {ws.max_row - 1} rows for {len(items)} items")
    expect(ws.freeze_panes == "A2", f"Detalle freezes at {ws.freeze_panes}")
    expect(ws.auto_filter.ref == f"A1:O{len(items) + 1}", f"Detalle's autofilter is {ws.auto_filter.ref}")
    expect([ws.cell(1, c).value for c in (4, 5, 6, 12)] == ["Modificado", "Devengado", "Pagado", "Meta"],
           "Detalle's header is wrong")
    expect(ws.sheet_properties.outlinePr is not None and not ws.sheet_properties.outlinePr.summaryBelow,
           "Detalle's outline does not put parents above their children")
    # No cell of Detalle is a formula, whatever the names say.
    sheet_xml = archive.read("xl/worksheets/sheet2.xml")
    expect(b"<f>" not in sheet_xml and b"<f " not in sheet_xml, "Detalle holds a formula")

    longest = {}
    for r, (item, depth, program) in enumerate(items, start=2):
        where = f"Detalle row {r} ({item['path']})"
        cells = {key: ws.cell(r, c) for c, key in enumerate(DETALLE, start=1)}
        expected = dict(item)
        expected["ejercido"] = ratio(item, "devengado") * 100 if ratio(item, "devengado") is not None else None
        expected["ponderado_computed"] = (
            item["modificado"] / program["modificado"] * 100
            if depth > 0 and item["modificado"] is not None and program["modificado"] else None)

        for key in ("path", "clave", "unidad", "note"):
            expect(cells[key].value == expected.get(key), f"{where} {key}: {cells[key].value!r}")
        if item["missing"]:
            expect(cells["nombre"].value and cells["nombre"].font.i,
                   f"{where}: the placeholder for a lost header is not marked")
        else:
            expect(cells["nombre"].value == item["nombre"], f"{where} nombre: {cells['nombre'].value!r}")
        for key in WRAPPED:
            if cells[key].value:
                # an indent level takes about two characters
                indent = 2 * min(depth, 2) if key == "nombre" else 0
                expect_room(ws, r, DETALLE.index(key) + 1, cells[key].value, indent)
        for key in ("path", "clave", "nombre", "unidad", "note"):
            if cells[key].value is not None:
                expect(cells[key].data_type == "s", f"{where} {key} is not text")
                longest[key] = max(longest.get(key, 0), len(cells[key].value))
        for key in MONEY:
            expect_centavos(cells[key].value, item[key], f"{where} {key}")
            if item[key] is not None:
                expect(cells[key].number_format == MONEY_FORMAT, f"{where} {key}: format {cells[key].number_format}")
        for key in PERCENTS:
            value = expected[key]
            expect_close(cells[key].value, None if value is None else value / 100, f"{where} {key}")
            if value is not None:
                expect(cells[key].number_format == PERCENT_FORMAT, f"{where} {key}: format {cells[key].number_format}")
        for key in ("meta", "alcanzado"):
            expect(cells[key].value == item[key], f"{where} {key}: {cells[key].value!r}")

        level = ws.row_dimensions[r].outlineLevel
        expect(level == depth + 1, f"{where}: outline level {level}, wanted {depth + 1}")
        bold = item["kind"] != "actividad"
        for key in ("nombre", "modificado"):
            if cells[key].value is not None:
                expect(bool(cells[key].font.b) == bold, f"{where} {key}: bold should be {bold}")

    for key, chars in longest.items():
        letter = openpyxl.utils.get_column_letter(DETALLE.index(key) + 1)
        width = ws.column_dimensions[letter].width
        if key not in WRAPPED:
            expect(width >= min(chars, 60), f"Detalle column {letter} ({key}) is {width} wide for {chars} characters")
    header = [ws.cell(1, c) for c in range(1, len(DETALLE) + 1)]
    expect(all(cell.alignment.wrap_text for cell in header), "Detalle's header does not wrap")
    check_page_setup(ws, archive, "xl/worksheets/sheet2.xml", "$1:$1", model)
    if pace is not None:
        check_semaforo(ws, f"H2:H{len(items) + 1}", bands)


def check_review(book, archive, model):
    ws = book[REVIEW]
    diagnostics = model["diagnostics"]
    expect(ws.freeze_panes == "A2", f"{REVIEW} freezes at {ws.freeze_panes}")
    expect(ws.max_row == max(len(diagnostics), 1) + 1,
           f"{REVIEW} has {ws.max_row - 1} rows for {len(diagnostics)} diagnostics")
    for r, d in enumerate(diagnostics, start=2):
        row = [ws.cell(r, c).value for c in range(1, 6)]
        where = f"{REVIEW} row {r}"
        expect(row[0], f"{where}: no severity")
        expect(row[1:] == [d["path"], d["line"], d.get("page"), d["message"]],
               f"{where}: {row!r} is not {d!r}")
        expect_room(ws, r, 5, d["message"])
    check_page_setup(ws, archive, "xl/worksheets/sheet3.xml", "$1:$1", model)


def check_workbook(path, model, bands):
    book = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    expect(book.sheetnames == SHEETS, f"the sheets are {book.sheetnames}")
    with zipfile.ZipFile(path) as archive:
        check_properties(archive, model)
        check_resumen(book, values, archive, model, bands)
        check_detalle(book, archive, model, bands)
        check_review(book, archive, model)


RECALC_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def check_recalculated(path, model, workdir):
    """LibreOffice computes every formula of Resumen itself: the cached
    results are removed first, so nothing can be copied through."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print("SKIP: LibreOffice (soffice) is not installed; "
              "build-aux/install-deps --tests installs libreoffice-calc-nogui")
        sys.exit(77)

    stripped = os.path.join(workdir, "stripped.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(stripped, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"(<f>[^<]*</f>)<v>[^<]*</v>", rb"\1", data)
            dst.writestr(info, data)
    ws = openpyxl.load_workbook(stripped, data_only=True)["Resumen"]
    first = next(r for r in range(1, 20) if ws.cell(r, 3).value == "Modificado") + 1
    expect(ws.cell(first, 6).value is None, "the cached results were not removed")

    profile = os.path.join(workdir, "profile")
    os.makedirs(os.path.join(profile, "user"))
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
        f.write(RECALC_PROFILE)
    outdir = os.path.join(workdir, "recalculated")
    # The tests' fatal-criticals would turn LibreOffice's own complaints
    # (dconf in a sandboxed HOME) into a crash.
    env = {k: v for k, v in os.environ.items() if k != "G_DEBUG"}
    env["HOME"] = workdir
    subprocess.run([soffice, "--headless", "--norestore", "--nolockcheck",
                    f"-env:UserInstallation=file://{profile}",
                    "--convert-to", "xlsx", "--outdir", outdir, stripped],
                   check=True, stdout=subprocess.DEVNULL, env=env, timeout=300)

    ws = openpyxl.load_workbook(os.path.join(outdir, "stripped.xlsx"), data_only=True)["Resumen"]
    programs = model["items"]
    total = first + len(programs)
    sums = {m: sum(p[m] or 0 for p in programs) for m in MONEY}
    for i, program in enumerate(programs):
        r = first + i
        expect_close(ws.cell(r, 6).value, ratio(program, "devengado"), f"recalculated % ejercido of {program['path']}")
        expect_close(ws.cell(r, 7).value, ratio(program, "pagado"), f"recalculated % pagado of {program['path']}")
    for c, member in enumerate(MONEY, start=3):
        # LibreOffice keeps 15 significant digits; centavos survive that.
        expect(round(ws.cell(total, c).value * 100) == sums[member],
               f"recalculated total {member}: {ws.cell(total, c).value!r}")
        if model["totals"] and model["totals"][member] is not None:
            expect(round(ws.cell(total, c).value * 100) == model["totals"][member],
                   f"recalculated total {member} differs from SUMAS")
    expect_close(ws.cell(total, 6).value, ratio(sums, "devengado"), "recalculated total % ejercido")
    expect_close(ws.cell(total, 7).value, ratio(sums, "pagado"), "recalculated total % pagado")
    pace = pace_of(model)
    if pace is not None:
        expect_close(ws.cell(first, 8).value, pace, "recalculated pace")


def export(report, workdir):
    binary = os.environ["INDICADORES_BIN"]
    workbook = os.path.join(workdir, "export.xlsx")
    subprocess.run([binary, "--export-xlsx", workbook, report], check=True)
    out = subprocess.run([binary, "--json", report], check=True, stdout=subprocess.PIPE)
    return workbook, json.loads(out.stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--recalculate", action="store_true")
    parser.add_argument("--report")
    parser.add_argument("--bands", default="5,15")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    bands = [float(b) for b in args.bands.split(",")]

    with tempfile.TemporaryDirectory() as workdir:
        try:
            if args.report:
                workbook, model = export(args.report, workdir)
            elif len(args.files) == 2:
                workbook = args.files[0]
                with open(args.files[1]) as f:
                    model = json.load(f)
            else:
                parser.error("give WORKBOOK REPORT.json, or --report FILE")
            check_workbook(workbook, model, bands)
            if args.recalculate:
                check_recalculated(workbook, model, workdir)
        except CheckFailed as e:
            print(f"FAIL: {e}")
            return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
