-- SPDX-License-Identifier: GPL-3.0-or-later
-- Foundation: company settings, staff roster (一人一档 basics), audit trail.
CREATE TABLE setting (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE staff (
  id            INTEGER PRIMARY KEY,
  employee_no   TEXT NOT NULL UNIQUE CHECK (length(employee_no) BETWEEN 1 AND 32),
  name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
  gender        TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'M', 'F')),
  department    TEXT NOT NULL DEFAULT '',
  team          TEXT NOT NULL DEFAULT '',
  post          TEXT NOT NULL DEFAULT '',
  high_contact  INTEGER NOT NULL DEFAULT 0 CHECK (high_contact IN (0, 1)),
  phone         TEXT NOT NULL DEFAULT '' CHECK (phone = '' OR phone GLOB '1[3-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
  id_kind       TEXT NOT NULL DEFAULT 'resident' CHECK (id_kind IN ('resident', 'other')),
  id_number     TEXT NOT NULL DEFAULT '',
  dormitory     TEXT NOT NULL DEFAULT '',
  outsourced    INTEGER NOT NULL DEFAULT 0 CHECK (outsourced IN (0, 1)),
  vaccine_doses INTEGER NOT NULL DEFAULT 0 CHECK (vaccine_doses BETWEEN 0 AND 9),
  status        TEXT NOT NULL DEFAULT 'on_site'
                CHECK (status IN ('on_site', 'home_isolation', 'central_isolation', 'observation', 'left')),
  left_on       TEXT CHECK (left_on IS NULL OR date(left_on, '+0 days') IS left_on),
  note          TEXT NOT NULL DEFAULT '',
  created_at    INTEGER NOT NULL DEFAULT (unixepoch()),
  updated_at    INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX staff_by_department ON staff (department, team, name);
CREATE INDEX staff_by_status ON staff (status);

-- Who changed what and when. Sensitive values are stored masked, never in full.
CREATE TABLE audit (
  id        INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL DEFAULT (unixepoch()),
  actor     TEXT NOT NULL DEFAULT '',
  entity    TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  field     TEXT NOT NULL DEFAULT '',
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX audit_by_entity ON audit (entity, entity_id);
