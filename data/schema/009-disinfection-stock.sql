-- SPDX-License-Identifier: GPL-3.0-or-later
-- Disinfection entries that took their disinfectant from the Supplies stock
-- (issue 13 item 4): which 消杀用品 item, how many whole units of it, and the
-- issue document (出库/领用) written in the same transaction as the entry. The
-- document points back through disinfection_entry_by_supply_doc. A document
-- reversed later (红冲) keeps its id here: the entry still says what was taken
-- and the stock ledger shows the reversal.
ALTER TABLE disinfection_entry ADD COLUMN supply_item_id INTEGER REFERENCES supply_item (id);
ALTER TABLE disinfection_entry ADD COLUMN supply_qty INTEGER NOT NULL DEFAULT 0 CHECK (supply_qty >= 0);
ALTER TABLE disinfection_entry ADD COLUMN supply_doc_id INTEGER REFERENCES supply_doc (id);
CREATE INDEX disinfection_entry_by_supply_doc ON disinfection_entry (supply_doc_id) WHERE supply_doc_id IS NOT NULL;
