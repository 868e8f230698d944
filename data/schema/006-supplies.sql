-- SPDX-License-Identifier: GPL-3.0-or-later
-- Supplies (issue 11): the item master, batches with expiry, and the movements
-- of stock (receipts, issues, returns, scrap, stock-take adjustments and their
-- reversals, 红冲). Quantities are exact integers of the item's unit. A
-- document (supply_doc) is what the user typed once; its movements
-- (supply_move) say which batch moved by how much. Documents and movements
-- are never edited or deleted: a correction is a reversing document. Each
-- batch keeps its balance (on_hand), written in the same transaction as the
-- movement, so the balance always equals the sum of the batch's movements.
CREATE TABLE supply_item (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
  name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
  category      TEXT NOT NULL CHECK (category IN ('protective', 'disinfection', 'testing',
                                                  'medical', 'living')),
  spec          TEXT NOT NULL DEFAULT '',
  unit          TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 8),
  place         TEXT NOT NULL DEFAULT '',
  min_stock     INTEGER NOT NULL DEFAULT 0 CHECK (min_stock >= 0),
  -- Planned use: `rule_milli` thousandths of a unit per person-day,
  -- person-shift, area-day or day.
  rule          TEXT NOT NULL DEFAULT 'none'
                CHECK (rule IN ('none', 'person_day', 'person_shift', 'area_day', 'fixed_day')),
  rule_milli    INTEGER NOT NULL DEFAULT 0 CHECK (rule_milli >= 0),
  reserve_days  INTEGER NOT NULL DEFAULT 0 CHECK (reserve_days BETWEEN 0 AND 365),  -- 0 = company default
  note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX supply_item_by_name ON supply_item (category, name);

CREATE TABLE supply_batch (
  id        INTEGER PRIMARY KEY,
  item_id   INTEGER NOT NULL REFERENCES supply_item (id),
  batch_no  TEXT NOT NULL DEFAULT '',
  produced  TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD or ''
  expires   TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD or '' (does not expire)
  maker     TEXT NOT NULL DEFAULT '',
  on_hand   INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0)
);
-- First-expiry-first-out and "what expires soon": batches of one item by expiry.
CREATE INDEX supply_batch_by_expiry ON supply_batch (item_id, expires);

CREATE TABLE supply_doc (
  id             INTEGER PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('receipt', 'issue', 'return', 'scrap', 'adjust', 'reversal')),
  doc_no         TEXT NOT NULL DEFAULT '',
  day            TEXT NOT NULL CHECK (length(day) = 10),
  item_id        INTEGER NOT NULL REFERENCES supply_item (id),
  source         TEXT NOT NULL DEFAULT ''
                 CHECK (source IN ('', 'purchase', 'allocation', 'donation', 'transfer', 'return')),
  supplier       TEXT NOT NULL DEFAULT '',
  unit_price_fen INTEGER CHECK (unit_price_fen >= 0),           -- NULL = not given
  place          TEXT NOT NULL DEFAULT '',
  inspector      TEXT NOT NULL DEFAULT '',   -- 验收人
  keeper         TEXT NOT NULL DEFAULT '',   -- 保管人
  disinfected    INTEGER NOT NULL DEFAULT 0 CHECK (disinfected IN (0, 1)),
  recipient_kind TEXT NOT NULL DEFAULT '' CHECK (recipient_kind IN ('', 'department', 'area', 'person')),
  recipient      TEXT NOT NULL DEFAULT '',
  purpose        TEXT NOT NULL DEFAULT '',
  taker          TEXT NOT NULL DEFAULT '',   -- 领用人
  approver       TEXT NOT NULL DEFAULT '',   -- 审批人
  issuer         TEXT NOT NULL DEFAULT '',   -- 发放人
  reason         TEXT NOT NULL DEFAULT '',   -- FEFO override, scrap, stock-take, reversal
  reverses_id    INTEGER UNIQUE REFERENCES supply_doc (id),
  note           TEXT NOT NULL DEFAULT '',
  actor          TEXT NOT NULL DEFAULT '',
  created_at     INTEGER NOT NULL DEFAULT (unixepoch()),
  CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL))
);
CREATE UNIQUE INDEX supply_doc_receipt_no ON supply_doc (doc_no) WHERE kind = 'receipt';
CREATE INDEX supply_doc_by_day ON supply_doc (kind, day);

-- `kind` is the kind of the document moved (a reversal's movements keep the
-- kind of what they reverse, with the opposite sign: 红字), `dir` which
-- column of the stock ledger the movement counts in.
CREATE TABLE supply_move (
  id        INTEGER PRIMARY KEY,
  doc_id    INTEGER NOT NULL REFERENCES supply_doc (id),
  item_id   INTEGER NOT NULL REFERENCES supply_item (id),
  batch_id  INTEGER NOT NULL REFERENCES supply_batch (id),
  day       TEXT NOT NULL CHECK (length(day) = 10),
  kind      TEXT NOT NULL CHECK (kind IN ('receipt', 'issue', 'return', 'scrap', 'adjust')),
  dir       INTEGER NOT NULL CHECK (dir IN (1, -1)),
  qty       INTEGER NOT NULL CHECK (qty <> 0)
);
-- "Movements of one item in a period": the stock ledger and daily use.
-- Covering (kind, dir, qty too): the sums per item never visit the table.
CREATE INDEX supply_move_by_item_day ON supply_move (item_id, day, kind, dir, qty);
CREATE INDEX supply_move_by_doc ON supply_move (doc_id);
-- The registers of receipts, issues and scrap: movements of a kind by day.
CREATE INDEX supply_move_by_kind_day ON supply_move (kind, day);
CREATE INDEX supply_move_by_batch ON supply_move (batch_id);

CREATE TRIGGER supply_doc_no_update BEFORE UPDATE ON supply_doc
BEGIN SELECT RAISE (ABORT, 'supply documents are never edited'); END;
CREATE TRIGGER supply_doc_no_delete BEFORE DELETE ON supply_doc
BEGIN SELECT RAISE (ABORT, 'supply documents are never deleted'); END;
CREATE TRIGGER supply_move_no_update BEFORE UPDATE ON supply_move
BEGIN SELECT RAISE (ABORT, 'supply movements are never edited'); END;
CREATE TRIGGER supply_move_no_delete BEFORE DELETE ON supply_move
BEGIN SELECT RAISE (ABORT, 'supply movements are never deleted'); END;
