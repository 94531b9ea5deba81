#!/usr/bin/python3
# check-pptx.py PPTX: checks a PowerPoint package part by part, as an
# independent reader would, and prints what it holds as JSON.
#
# The package: every part has a content type and every override names a
# part; every part but the content types and the relationships is the
# target of a relationship; every relationship's target exists; every XML
# part is well-formed. The deck: 16:9; each slide has a layout, its
# pictures' relationships, a title, alt text on pictures drawn at twice
# the slide's resolution, and Spanish (es-MX) on every run of text.
#
# Prints {"slides": [{"layout", "title", "text", "notes", "pictures":
# [{"title", "descr", "width", "height"}], "tables"}], "core": {...}}.
# Exits 1 with a line on stderr at the first problem.
#
# Copyright 2026 The Indicadores authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import posixpath
import struct
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "dc": "http://purl.org/dc/elements/1.1/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
EMU_PER_POINT = 12700


def fail(message):
    sys.stderr.write("check-pptx: %s\n" % message)
    sys.exit(1)


def rels_name(part):
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def check_content_types(names, trees):
    types = trees["[Content_Types].xml"]
    defaults = {d.get("Extension").lower(): d.get("ContentType")
                for d in types.findall("ct:Default", NS)}
    overrides = {o.get("PartName").lstrip("/"): o.get("ContentType")
                 for o in types.findall("ct:Override", NS)}
    for part in overrides:
        if part not in names:
            fail("the content types name %s, which the package lacks" % part)
    for part in names:
        if part == "[Content_Types].xml":
            continue
        extension = part.rsplit(".", 1)[-1].lower()
        if part not in overrides and extension not in defaults:
            fail("%s has no content type" % part)


def read_rels(names, trees):
    """{source part: {rId: (type, target part)}}, every target resolved."""
    rels = {}
    for name in names:
        if not name.endswith(".rels"):
            continue
        folder, base = posixpath.split(name)
        source = posixpath.join(posixpath.dirname(folder), base[:-len(".rels")])
        if source and source not in names:
            fail("%s is for %s, which the package lacks" % (name, source))
        targets = {}
        for r in trees[name].findall("rel:Relationship", NS):
            if r.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(source), r.get("Target")))
            if target not in names:
                fail("%s: %s points to %s, which the package lacks" % (name, r.get("Id"), target))
            if r.get("Id") in targets:
                fail("%s: %s twice" % (name, r.get("Id")))
            targets[r.get("Id")] = (r.get("Type").rsplit("/", 1)[-1], target)
        rels[source] = targets
    return rels


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("a picture is not a PNG")
    return struct.unpack(">II", data[16:24])


def text_of(element):
    paragraphs = []
    for p in element.iter("{%s}p" % NS["a"]):
        paragraphs.append("".join(t.text or "" for t in p.iter("{%s}t" % NS["a"])))
    return "\n".join(paragraphs)


def check_runs(part, tree):
    for r in tree.iter("{%s}r" % NS["a"]):
        properties = r.find("a:rPr", NS)
        if properties is None or properties.get("lang") != "es-MX":
            fail("%s: a run of text without lang=\"es-MX\"" % part)


def read_slide(z, part, tree, rels):
    slide_rels = rels.get(part, {})
    kinds = [kind for kind, _ in slide_rels.values()]
    if kinds.count("slideLayout") != 1:
        fail("%s has %d layouts" % (part, kinds.count("slideLayout")))
    check_runs(part, tree)
    slide = {"layout": [t for k, t in slide_rels.values() if k == "slideLayout"][0],
             "title": None, "text": text_of(tree), "notes": None, "pictures": [], "tables": []}
    for sp in tree.iter("{%s}sp" % NS["p"]):
        ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
        if ph is not None and ph.get("type") in ("title", "ctrTitle"):
            slide["title"] = text_of(sp)
    for pic in tree.iter("{%s}pic" % NS["p"]):
        properties = pic.find("p:nvPicPr/p:cNvPr", NS)
        embed = pic.find("p:blipFill/a:blip", NS).get("{%s}embed" % NS["r"])
        if embed not in slide_rels:
            fail("%s: a picture's %s is not among its relationships" % (part, embed))
        width, height = png_size(z.read(slide_rels[embed][1]))
        extent = pic.find("p:spPr/a:xfrm/a:ext", NS)
        for pixels, emu in ((width, int(extent.get("cx"))), (height, int(extent.get("cy")))):
            if pixels < 2 * emu / EMU_PER_POINT - 1:
                fail("%s: a picture of %d pixels shown over %.0f points" % (part, pixels, emu / EMU_PER_POINT))
        if not properties.get("descr") or not properties.get("title"):
            fail("%s: a picture without a title or a description" % part)
        slide["pictures"].append({"title": properties.get("title"), "descr": properties.get("descr"),
                                  "width": width, "height": height})
    for table in tree.iter("{%s}tbl" % NS["a"]):
        slide["tables"].append([[text_of(tc) for tc in tr.findall("a:tc", NS)]
                                for tr in table.findall("a:tr", NS)])
    if slide["title"] is None:
        fail("%s has no title" % part)
    for kind, target in slide_rels.values():
        if kind == "notesSlide":
            notes = ET.fromstring(z.read(target))
            check_runs(target, notes)
            for sp in notes.iter("{%s}sp" % NS["p"]):
                ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
                if ph is not None and ph.get("type") == "body":
                    slide["notes"] = text_of(sp)
    return slide


def main():
    z = zipfile.ZipFile(sys.argv[1])
    names = z.namelist()
    if len(set(names)) != len(names):
        fail("a part is in the package twice")
    if names[0] != "[Content_Types].xml":
        fail("the content types are not the first part")
    trees = {}
    for name in names:
        if name.endswith(".xml") or name.endswith(".rels"):
            try:
                trees[name] = ET.fromstring(z.read(name))
            except ET.ParseError as error:
                fail("%s is not well-formed XML: %s" % (name, error))
    check_content_types(names, trees)
    rels = read_rels(names, trees)

    targets = {t for source in rels.values() for _, t in source.values()}
    for name in names:
        if name != "[Content_Types].xml" and not name.endswith(".rels") and name not in targets:
            fail("nothing refers to %s" % name)

    office = [t for k, t in rels[""].values() if k == "officeDocument"]
    presentation = trees[office[0]]
    size = presentation.find("p:sldSz", NS)
    if (size.get("cx"), size.get("cy")) != ("12192000", "6858000"):
        fail("the slides are not 16:9")
    slides = []
    for sld in presentation.findall("p:sldIdLst/p:sldId", NS):
        kind, part = rels[office[0]][sld.get("{%s}id" % NS["r"])]
        if kind != "slide":
            fail("the presentation lists a %s as a slide" % kind)
        slides.append(read_slide(z, part, trees[part], rels))

    core = trees["docProps/core.xml"]
    print(json.dumps({
        "slides": slides,
        "core": {"title": core.findtext("dc:title", None, NS), "creator": core.findtext("dc:creator", None, NS)},
    }, ensure_ascii=False))


main()
