#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that check-layers.sh really catches what it forbids: on a copy of the sources it must
# pass, then fail for each violation planted in turn (GTK in core, sqlite3.h in the GUI, a core
# private header in the GUI and in the command line), and still pass when a GUI file includes
# a GUI folder's own -private.h. Usage: check-layers-selftest.sh SOURCE_ROOT
root=$(cd "$1" && pwd) || exit 1
check="$root/tests/check-layers.sh"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
failures=0

fresh_copy () {
  rm -rf "$tmp/src"
  cp -R "$root/src" "$tmp/src"
}

# expect pass|fail DESCRIPTION
expect () {
  if sh "$check" "$tmp" >"$tmp/out" 2>&1; then got=pass; else got=fail; fi
  if [ "$got" = "$1" ]; then
    echo "ok: $2 ($got)"
  else
    echo "FAILED: $2: expected $1, got $got"
    sed 's/^/  /' "$tmp/out"
    failures=$((failures + 1))
  fi
}

# plant FILE LINE: appends an include line to a file of the copy.
plant () {
  printf '%s\n' "$2" >>"$tmp/$1"
}

core_c=$(cd "$root" && find src/core -name '*.c' | sort | head -n 1)
gui_c=$(cd "$root" && find src/gui -name '*.c' | sort | head -n 1)
cli_c=$(cd "$root" && find src/cli -name '*.c' | sort | head -n 1)
core_private=$(cd "$root" && find src/core -name '*-private.h' -exec basename {} \; | sort | head -n 1)
gui_private=$(cd "$root" && find src/gui -name '*-private.h' -exec basename {} \; | sort | head -n 1)
if [ -z "$core_c" ] || [ -z "$gui_c" ] || [ -z "$cli_c" ] || [ -z "$core_private" ] || [ -z "$gui_private" ]; then
  echo "FAILED: the source tree lacks a file the self-test plants into"
  exit 1
fi

fresh_copy
expect pass "the sources as they are"

fresh_copy
plant "$core_c" '#include <gtk/gtk.h>'
expect fail "GTK in core ($core_c)"

fresh_copy
plant "$gui_c" '#include <sqlite3.h>'
expect fail "sqlite3.h in the GUI ($gui_c)"

fresh_copy
plant "$gui_c" "#include \"$core_private\""
expect fail "core $core_private in the GUI ($gui_c)"

fresh_copy
plant "$cli_c" "#include \"$core_private\""
expect fail "core $core_private in the command line ($cli_c)"

fresh_copy
plant "$gui_c" "#include \"$gui_private\""
expect pass "the GUI's own $gui_private in the GUI ($gui_c)"

[ "$failures" -eq 0 ]
