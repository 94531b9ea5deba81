#!/bin/sh
# check-install.sh BUILD_DIR FILE…
#
# Installs the build into a temporary DESTDIR, as a package would, and
# fails unless every FILE (an absolute installed path) is there, the binary
# is executable, the installed settings schema compiles and the user guide
# of each language is complete and valid.
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

# An installed guide has every page of its source (help/C/), each of them
# valid Mallard once the translation step has written it, and its figures.
check_guide () {
  source=$(dirname "$(dirname "$1")")/C/$(basename "$1")
  pages=$(cd "$1" && ls ./*.page)
  if [ "$pages" != "$(cd "$source" && ls ./*.page)" ]; then
    echo "incomplete guide: $1"
    return 1
  fi
  if command -v yelp-check >/dev/null 2>&1; then
    (cd "$1" && yelp-check validate ./*.page && yelp-check media ./*.page)
  fi
}

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
    */help/*/index.page)
      check_guide "$(dirname "$destdir$file")" || status=1
      ;;
  esac
done
[ $status -ne 0 ] || echo "$# files installed"
exit $status
