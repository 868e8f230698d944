#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The core must not depend on GTK: it is shared by the command line, tests and benchmarks.
cd "$1" || exit 1
bad=$(grep -rl -E '#include <((gtk|gdk)/|adwaita)' src/core 2>/dev/null)
if [ -n "$bad" ]; then
  echo "GTK included in core: $bad"
  exit 1
fi
bad=$(grep -rl 'sqlite3' src/gui src/cli 2>/dev/null)
if [ -n "$bad" ]; then
  echo "SQL outside core: $bad"
  exit 1
fi
exit 0
