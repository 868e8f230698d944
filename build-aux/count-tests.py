# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints "N passed, N failed, N skipped" over meson test logs, counting TAP test
cases one by one (a non-TAP test counts as one case)."""
import json
import re
import sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        failed += 1
        continue
    for line in lines:
        entry = json.loads(line)
        result = entry.get("result")
        cases = [l for l in (entry.get("stdout") or "").splitlines()
                 if re.match(r"^(not )?ok \d+", l)]
        if cases:
            for case in cases:
                if re.search(r"#\s*SKIP", case, re.I):
                    skipped += 1
                elif case.startswith("not ok") and not re.search(r"#\s*TODO", case, re.I):
                    failed += 1
                else:
                    passed += 1
            if result not in ("OK", "EXPECTEDFAIL", "SKIP") and not any(c.startswith("not ok") for c in cases):
                failed += 1          # crashed or timed out after its last case
        elif result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
