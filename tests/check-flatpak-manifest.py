#!/usr/bin/env python3
# check-flatpak-manifest.py MANIFEST APP_ID COMMAND
#
# The Flatpak manifest parses, names the app, its command and a GNOME
# runtime, asks for no file system access (files come through portals),
# builds the libraries the runtime lacks from archives pinned by sha256,
# and builds the app itself from this checkout.
#
# Copyright 2026 The Indicadores authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import sys

manifest_path, app_id, command = sys.argv[1:4]
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)

check(manifest.get("id", manifest.get("app-id")) == app_id, f"the id is not {app_id}")
check(manifest.get("command") == command, f"the command is not {command}")
check(manifest.get("runtime") == "org.gnome.Platform", "the runtime is not org.gnome.Platform")
check(manifest.get("sdk") == "org.gnome.Sdk", "the SDK is not org.gnome.Sdk")
check(re.fullmatch(r"\d+", str(manifest.get("runtime-version", ""))) is not None,
      "runtime-version is not a stable GNOME release")

finish_args = manifest.get("finish-args", [])
for arg in finish_args:
    check(not arg.startswith("--filesystem"), f"finish-args grants {arg}")
for arg in ("--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"):
    check(arg in finish_args, f"finish-args lacks {arg}")

modules = manifest.get("modules", [])
check(len(modules) > 0 and modules[-1].get("name") == command,
      f"the last module is not {command}")
names = [module.get("name") for module in modules]
for name in ("poppler-data", "poppler", "minizip", "libxlsxwriter"):
    check(name in names, f"no {name} module")

for module in modules[:-1]:
    name = module.get("name")
    sources = module.get("sources", [])
    check(len(sources) > 0, f"module {name} has no sources")
    for source in sources:
        check(isinstance(source, dict) and source.get("type") == "archive",
              f"module {name}: a source is not an archive")
        if not isinstance(source, dict):
            continue
        check(str(source.get("url", "")).startswith("https://"),
              f"module {name}: {source.get('url')} is not an https URL")
        check(re.fullmatch(r"[0-9a-f]{64}", str(source.get("sha256", ""))) is not None,
              f"module {name}: {source.get('url')} has no sha256")

for module in modules:
    if module.get("name") == "libxlsxwriter":
        # Without it, libxlsxwriter writes numbers with the locale's decimal
        # comma and Excel rejects the file.
        check("-DUSE_DTOA_LIBRARY=ON" in module.get("config-opts", []),
              "libxlsxwriter is not built with -DUSE_DTOA_LIBRARY=ON")

if modules:
    app_sources = modules[-1].get("sources", [])
    manifest_dir = os.path.dirname(os.path.abspath(manifest_path))
    check(any(s.get("type") == "dir"
              and os.path.isfile(os.path.join(manifest_dir, s.get("path", ""), "meson.build"))
              for s in app_sources if isinstance(s, dict)),
          f"module {command} is not built from this checkout")

for problem in problems:
    print(f"{manifest_path}: {problem}")
sys.exit(1 if problems else 0)
