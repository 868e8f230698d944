# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints "N passed, N failed, N skipped" over meson test logs, counting TAP test
cases one by one (a non-TAP test counts as one case). Before it, each failure is
named with the end of its test's output, so a CI log that keeps only its tail
still says what failed."""
import json
import re
import sys

TAIL = 25   # lines of a failed test's output to repeat

passed = failed = skipped = 0
failures = []
for path in sys.argv[1:]:
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        failed += 1
        failures.append((path, "missing test log", ""))
        continue
    for line in lines:
        entry = json.loads(line)
        result = entry.get("result")
        name = entry.get("name", "?")
        output = (entry.get("stdout") or "") + (entry.get("stderr") or "")
        cases = [l for l in (entry.get("stdout") or "").splitlines()
                 if re.match(r"^(not )?ok \d+", l)]
        failed_before = failed
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
        if failed > failed_before:
            failures.append((path, f"{name}: {result}", output))

for path, what, output in failures:
    print(f"FAILED {what} ({path})")
    for l in output.splitlines()[-TAIL:]:
        print(f"  | {l}")
print(f"{passed} passed, {failed} failed, {skipped} skipped")
