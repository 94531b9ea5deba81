#!/bin/sh
# check-install.sh BUILD_DIR FILE…
#
# Installs the build into a temporary DESTDIR, as a package would, and
# fails unless every FILE (an absolute installed path) is there, the binary
# is executable, the installed settings schema compiles, the user guide
# of each language is complete and valid, and a saved project is of the
# app's MIME type, which its desktop entry handles.
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

# A saved project, with its extension and without it (the magic on its
# "format"), is of the installed type once the MIME database is updated
# in the DESTDIR, and the desktop entry lists that type.
check_mime () (  # a subshell: the XDG variables are for this check only
  mimedir=$(dirname "$(dirname "$1")")
  type=application/x-indicadores-project
  XDG_DATA_HOME="$destdir/home"
  XDG_DATA_DIRS="$(dirname "$mimedir"):/usr/share"
  export XDG_DATA_HOME XDG_DATA_DIRS
  update-mime-database "$mimedir" || return 1
  project="$destdir/informe-2024-03.indicadores"
  printf '{\n  "format" : "indicadores-remarks",\n  "version" : 1,\n  "remarks" : {}\n}\n' >"$project"
  cp "$project" "$destdir/sin-extension"
  for file in "$project" "$destdir/sin-extension"; do
    found=$(gio info --attributes=standard::content-type "$file" | sed -n 's/^ *standard::content-type: //p')
    if [ "$found" != "$type" ]; then
      echo "$file is of type «$found», not $type"
      return 1
    fi
  done
  desktop=$(dirname "$mimedir")/applications/mx.oosapat.Indicadores.desktop
  if ! grep -q "^MimeType=.*$type;" "$desktop"; then
    echo "$desktop does not list $type"
    return 1
  fi
)

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
    */mime/packages/*.xml)
      check_mime "$destdir$file" || status=1
      ;;
    */help/*/index.page)
      check_guide "$(dirname "$destdir$file")" || status=1
      ;;
  esac
done
[ $status -ne 0 ] || echo "$# files installed"
exit $status
