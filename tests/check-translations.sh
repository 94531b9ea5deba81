#!/bin/sh
# check-translations.sh SOURCE_ROOT
#
# Regenerates the template from po/POTFILES.in the way `ninja
# indicadores-pot` does (meson's "glib" preset), merges it into a copy of
# every catalogue in po/LINGUAS, and fails on any untranslated or fuzzy
# entry or any format mismatch. `msgfmt --statistics` alone always exits 0,
# so the entries are counted here.
set -eu

srcroot=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8

xgettext --package-name=indicadores -f "$srcroot/po/POTFILES.in" -D "$srcroot" \
  -o "$tmp/indicadores.pot" \
  --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format

# Lists the entries msgattrib selects (--untranslated, --only-fuzzy) and
# fails when there is any.
check () {
  msgattrib "$1" --no-obsolete --output-file="$tmp/selected.po" "$po"
  [ -s "$tmp/selected.po" ] || return 0
  kind=${1#--}
  echo "$lang.po: ${kind#only-} entries:"
  msgexec --input="$tmp/selected.po" sh -c '[ -z "$MSGEXEC_MSGID" ] || printf "  %s\\n" "$MSGEXEC_MSGID"'
  return 1
}

status=0
for lang in $(sed 's/#.*//' "$srcroot/po/LINGUAS"); do
  po="$tmp/$lang.po"
  msgmerge --quiet --output-file="$po" "$srcroot/po/$lang.po" "$tmp/indicadores.pot"

  echo "$lang.po: $(msgfmt --statistics --output-file=/dev/null "$po" 2>&1)"
  if ! msgfmt --check --output-file=/dev/null "$po"; then
    status=1
  fi
  check --untranslated || status=1
  check --only-fuzzy || status=1
done
exit $status
