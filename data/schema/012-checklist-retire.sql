-- SPDX-License-Identifier: GPL-3.0-or-later
-- A checklist the company no longer uses (no canteen, a drill checklist
-- replaced by its own) is retired, not deleted: the runs made of it stay in
-- the ledgers with the items they copied. Set on every version of the code.
ALTER TABLE checklist_template ADD COLUMN retired_at INTEGER;
