-- SPDX-License-Identifier: GPL-3.0-or-later
-- How a nucleic-acid sample was taken (issue 9 item 8): 单采 (one person per
-- tube) or 混采 (several people pooled in one tube). '' = not recorded, which
-- is what every sample entered before this column says: nothing is invented.
ALTER TABLE test_result ADD COLUMN sampling TEXT NOT NULL DEFAULT ''
  CHECK (sampling IN ('', 'single', 'pooled'));
