#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers: the core must not depend on GTK (it is shared by the command line, tests and
# benchmarks), and the GUI and the command line reach the database only through the core's
# public headers: no sqlite3.h, no SQL, no core *-private.h (those expose statements and
# internals; tests may include them). Walks every sub-folder. Usage: check-layers.sh SOURCE_ROOT
# (tests/check-layers-selftest.sh checks that each rule catches a planted violation).
cd "$1" || exit 1
status=0
bad=$(grep -rl -E '#include <((gtk|gdk)/|adwaita)' src/core 2>/dev/null)
if [ -n "$bad" ]; then
  echo "GTK included in core: $bad"
  status=1
fi
bad=$(grep -rl -E '#[[:space:]]*include[[:space:]]*[<"]sqlite3\.h[>"]' src/gui src/cli 2>/dev/null)
if [ -n "$bad" ]; then
  echo "sqlite3.h included outside core: $bad"
  status=1
fi
bad=$(grep -rl 'sqlite3' src/gui src/cli 2>/dev/null)
if [ -n "$bad" ]; then
  echo "SQL outside core: $bad"
  status=1
fi
# Every core private header, by name (a GUI folder may have -private.h files of its own).
for header in $(find src/core -name '*-private.h' -exec basename {} \; | sort -u); do
  bad=$(grep -rlF "\"$header\"" src/gui src/cli 2>/dev/null)
  if [ -n "$bad" ]; then
    echo "core private header $header included outside core: $bad"
    status=1
  fi
done
exit $status
