#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# HACKING.md must match the tree: every path it names exists, and every source folder
# (src/, ui/, tests/, bench/; test folders mirror source folders) is named in it, so a newcomer finds any feature from it.
#   check-hacking.sh SOURCE_ROOT
cd "$1" || exit 1
status=0
# Paths written in backticks or in the folder map: src/…, ui/…, tests/…, bench/…, data/…, build-aux/…, po/…
for path in $(grep -o -E '(^|[ `(])(src|ui|tests|bench|data|build-aux|po)/[A-Za-z0-9_./*-]*[A-Za-z0-9_/*]' HACKING.md \
              | sed -E 's/^[ `(]//' | sort -u); do
  case "$path" in *'*'*|*NNN*|*THING*|*DOMAIN*|*NAME*) continue ;; esac
  [ -e "$path" ] || { echo "HACKING.md names $path, which does not exist"; status=1; }
done
for dir in $(find src ui tests bench -mindepth 1 -type d ! -path 'tests/fixtures*' | sort); do
  # tests/core/X and tests/gui/X mirror src/core/X and src/gui/X (HACKING.md says so once).
  case "$dir" in tests/core/*|tests/gui/*) [ -d "src/${dir#tests/}" ] && continue ;; esac
  grep -q -E "(^|[ \`(])$dir/" HACKING.md || { echo "HACKING.md does not say what $dir/ holds"; status=1; }
done
exit $status
