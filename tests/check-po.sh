#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when po/fangyi.pot is stale (a translatable string was added, changed
# or removed in the sources) or po/zh_CN.po has untranslated or fuzzy entries.
#   check-po.sh SOURCE_ROOT
set -eu
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"

# Every file with a translatable string is listed (else its strings silently stay English).
for f in $(grep -rl --include='*.c' --include='*.ui' -E '(^|[^A-Za-z0-9_])(N?C?_)\("|translatable="yes"' src ui 2>/dev/null | sort); do
  grep -qx "$f" po/POTFILES.in || { echo "$f has translatable strings but is not in po/POTFILES.in"; exit 1; }
done

bash build-aux/update-po --pot "$tmp/fresh.pot" 2>"$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }

# Compare the sets of msgids (locations and headers may differ).
msgids () { msgcat --no-location --no-wrap --sort-output "$1" | sed -n '/^msgid\|^msgctxt\|^msgid_plural/p'; }
msgids "$tmp/fresh.pot" > "$tmp/fresh.ids"
msgids po/fangyi.pot > "$tmp/committed.ids"
if ! cmp -s "$tmp/fresh.ids" "$tmp/committed.ids"; then
  echo "po/fangyi.pot is stale: run build-aux/update-po and translate. Difference:"
  diff "$tmp/committed.ids" "$tmp/fresh.ids" | head -40
  exit 1
fi

# Every msgid of the template is in zh_CN.po …
if ! msgcmp po/zh_CN.po po/fangyi.pot 2>"$tmp/msgcmp.log"; then
  echo "po/zh_CN.po misses strings of the template:"; head -40 "$tmp/msgcmp.log"; exit 1
fi
# … translated, not fuzzy, and well-formed (format strings match).
msgfmt --check --statistics -o /dev/null po/zh_CN.po 2>"$tmp/stats" || { cat "$tmp/stats"; exit 1; }
if grep -q -E "untranslated|fuzzy" "$tmp/stats"; then
  echo "po/zh_CN.po is incomplete: $(cat "$tmp/stats")"
  msgattrib --untranslated --only-fuzzy po/zh_CN.po 2>/dev/null | head -20
  msgattrib --untranslated po/zh_CN.po | grep '^msgid' | head -20
  exit 1
fi
cat "$tmp/stats"
