#!/usr/bin/env python3
# check-headers.py SOURCE_ROOT
#
# Every function of the project that another file can call (a non-static
# ind_* or _ind_* definition in src/*.c or app/*.c, written out or made by
# G_DEFINE_QUARK or a G_DEFINE_*TYPE macro) is declared in the header
# named after the file that defines it: ind-foo.c in ind-foo.h or
# ind-foo-private.h, beside it. A newcomer who finds a call then knows
# which file holds the code. Fails naming every function declared away
# from its file, or not declared, or declared and defined nowhere, and
# every file that does not include the header declaring its functions
# (the compiler checks a definition against its declaration only then).
#
# There is no list of exceptions: every file keeps the rule.
#
# Copyright 2026 The Indicadores authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import sys

COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.DOTALL)
PREPROCESSOR = re.compile(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", re.MULTILINE)
# A definition in GNU style: the name at the start of its line, after a
# return type on the lines above.
NAME_AT_LINE_START = re.compile(r"^(_?ind_\w+)[ \t]*\(", re.MULTILINE)
DEFINE_QUARK = re.compile(r"^G_DEFINE_QUARK\s*\([^,]*,\s*(ind_\w+)\s*\)", re.MULTILINE)
DEFINE_TYPE = re.compile(r"^G_DEFINE_\w*TYPE\w*\s*\(\s*\w+\s*,\s*(ind_\w+)\s*[,)]", re.MULTILINE)
DECLARE_TYPE = re.compile(r"\bG_DECLARE_\w+_TYPE\s*\(\s*\w+\s*,\s*(ind_\w+)\s*,")
PROTOTYPE_NAME = re.compile(r"\b(_?ind_\w+)\s*\(")


def read_code(path):
    """The text without comments, keeping the lines where they were."""
    with open(path, encoding="utf-8") as f:
        return COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), f.read())


def is_static(text, start):
    """Whether the lines above the name, back to the end of what came
    before, make it static."""
    for line in reversed(text[:start].split("\n")[:-1]):
        line = line.strip()
        if not line or line.endswith((";", "}", "{", ")")) or line.startswith("#"):
            return False
        if re.search(r"\bstatic\b", line):
            return True
    return False


def is_definition(text, end):
    """Whether the parameter list at @end is followed by a body, not a ';'."""
    brace, semicolon = text.find("{", end), text.find(";", end)
    return brace != -1 and (semicolon == -1 or brace < semicolon)


def defined_functions(path):
    """(name, line) of what @path defines for other files to call."""
    text = read_code(path)

    def line_of(match):
        return text.count("\n", 0, match.start()) + 1

    for match in NAME_AT_LINE_START.finditer(text):
        if not is_static(text, match.start()) and is_definition(text, match.end()):
            yield match.group(1), line_of(match)
    for match in DEFINE_QUARK.finditer(text):
        yield match.group(1) + "_quark", line_of(match)
    for match in DEFINE_TYPE.finditer(text):
        yield match.group(1) + "_get_type", line_of(match)


def declared_functions(path):
    """The names @path declares: prototypes, and the get_type of G_DECLARE_*."""
    text = PREPROCESSOR.sub("", read_code(path))
    names = {m.group(1) + "_get_type" for m in DECLARE_TYPE.finditer(text)}
    for statement in text.split(";"):
        if statement.strip().startswith("typedef"):
            continue
        names.update(PROTOTYPE_NAME.findall(statement))
    return names


def included_headers(root, path):
    """The project's headers @path includes, directly or through others."""
    seen, pending = set(), [path]
    while pending:
        with open(os.path.join(root, pending.pop()), encoding="utf-8") as f:
            names = re.findall(r'^#include "([^"]+)"', f.read(), re.MULTILINE)
        for name in names:
            for directory in ("src", "app"):
                header = os.path.join(directory, name)
                if header not in seen and os.path.exists(os.path.join(root, header)):
                    seen.add(header)
                    pending.append(header)
    return seen


def own_headers(source):
    stem = source[: -len(".c")]
    return stem + ".h", stem + "-private.h"


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    definitions = {}  # name: [(source, line)]
    includes = {}  # source: {header}
    declarations = {}  # name: [header]
    for directory in ("src", "app"):
        for entry in sorted(os.listdir(os.path.join(root, directory))):
            path = os.path.join(directory, entry)
            if entry.startswith("ind-") and entry.endswith(".c"):
                includes[path] = included_headers(root, path)
                for name, line in defined_functions(os.path.join(root, path)):
                    definitions.setdefault(name, []).append((path, line))
            elif entry.startswith("ind-") and entry.endswith(".h"):
                for name in declared_functions(os.path.join(root, path)):
                    declarations.setdefault(name, []).append(path)

    problems = []
    for name, places in sorted(definitions.items()):
        for source, line in places:
            wanted = own_headers(source)
            headers = declarations.get(name, [])
            if not any(header in wanted for header in headers):
                names = " or ".join(os.path.basename(header) for header in wanted)
                problems.append(f"{source}:{line}: {name} is not declared in {names}")
            for header in headers:
                if header in wanted and header not in includes[source]:
                    problems.append(f"{source}: does not include {os.path.basename(header)}, "
                                    f"which declares its {name}")
            for header in headers:
                if header not in wanted:
                    problems.append(f"{header}: declares {name}, which {source} defines")
    for name, headers in sorted(declarations.items()):
        if name not in definitions:
            for header in headers:
                problems.append(f"{header}: declares {name}, which no file defines")

    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problems among {len(definitions)} functions")
        return 1
    print(f"all {len(definitions)} functions are declared in the header of their file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
