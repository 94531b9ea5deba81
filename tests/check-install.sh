#!/bin/sh
# check-install.sh BUILD_DIR FILE…
#
# Installs the build into a temporary DESTDIR, as a package would, and
# fails unless every FILE (an absolute installed path) is there, the binary
# is executable and the installed settings schema compiles.
#
# Copyright 2026 The Indicadores authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

builddir=$1
shift
destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT
export LC_ALL=C.UTF-8

meson install -C "$builddir" --destdir "$destdir" --no-rebuild --quiet

status=0
for file in "$@"; do
  if [ ! -f "$destdir$file" ]; then
    echo "not installed: $file"
    status=1
  fi
  case "$file" in
    */bin/*)
      if [ ! -x "$destdir$file" ]; then
        echo "not executable: $file"
        status=1
      fi
      ;;
    *.gschema.xml)
      glib-compile-schemas --strict --dry-run "$(dirname "$destdir$file")" || status=1
      ;;
  esac
done
[ $status -ne 0 ] || echo "$# files installed"
exit $status
