-- SPDX-License-Identifier: GPL-3.0-or-later
-- The gate (issue 15): visitors and trucks declared ahead, checked at the
-- gate, logged in and out; business events over 200 people.
--
-- An outsider is kept once and found again by ID number or phone, so a
-- repeat visitor's details are reused. Each arrival (a visit) keeps what was
-- true at that gate check — health-code colour, test, travel, temperatures,
-- the decision and its reasons — so a later visit never rewrites history.
-- Times are Unix seconds. Retention (fy-retention.c) deletes visits older
-- than the period and outsiders no visit points at any more.
CREATE TABLE outsider (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
  id_number     TEXT NOT NULL DEFAULT '',   -- validated by fy_validate_id_number, '' = not given
  phone         TEXT NOT NULL DEFAULT '',   -- 11 digits, '' = not given
  company       TEXT NOT NULL DEFAULT '' CHECK (length(company) <= 100),
  vaccine_doses INTEGER NOT NULL DEFAULT -1 CHECK (vaccine_doses BETWEEN -1 AND 9),  -- -1 = not known
  created_at    INTEGER NOT NULL,
  CHECK (id_number <> '' OR phone <> '')
);
CREATE UNIQUE INDEX outsider_by_id_number ON outsider (id_number) WHERE id_number <> '';
CREATE INDEX outsider_by_phone ON outsider (phone) WHERE phone <> '';

-- One expected or actual arrival of a visitor (with their car, if any) or of
-- a truck with its driver and co-riders. declared_at NULL = arrived without a
-- declaration (未预约). reasons: FyGateReason bits found by the rules at the
-- check; flags: FyGateFlag bits (late declaration, undeclared, overridden).
CREATE TABLE gate_visit (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('visitor', 'truck')),
  status          TEXT NOT NULL DEFAULT 'expected'
                  CHECK (status IN ('expected', 'inside', 'left', 'refused', 'cancelled')),
  planned_at      INTEGER NOT NULL,
  declared_at     INTEGER,
  declared_by     TEXT NOT NULL DEFAULT '',
  purpose         TEXT NOT NULL DEFAULT '' CHECK (length(purpose) <= 200),
  host_staff_id   INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  host_name       TEXT NOT NULL DEFAULT '',   -- as it was when declared
  host_department TEXT NOT NULL DEFAULT '',
  plate           TEXT NOT NULL DEFAULT '',   -- validated by fy_validate_plate, '' = none
  vehicle_type    TEXT NOT NULL DEFAULT '' CHECK (length(vehicle_type) <= 32),
  origin          TEXT NOT NULL DEFAULT '' CHECK (length(origin) <= 100),
  route           TEXT NOT NULL DEFAULT '' CHECK (length(route) <= 200),
  cargo           TEXT NOT NULL DEFAULT '' CHECK (length(cargo) <= 100),
  unload_area_id  INTEGER REFERENCES zone_area (id) ON DELETE SET NULL,
  unload_point_id INTEGER REFERENCES zone_point (id) ON DELETE SET NULL,
  unload_name     TEXT NOT NULL DEFAULT '',   -- as it was when declared
  arrived_at      INTEGER,
  left_at         INTEGER,
  reasons         INTEGER NOT NULL DEFAULT 0,
  flags           INTEGER NOT NULL DEFAULT 0,
  override_reason TEXT NOT NULL DEFAULT '',
  checked_by      TEXT NOT NULL DEFAULT '',
  stayed_in_cab   INTEGER CHECK (stayed_in_cab IN (0, 1)),   -- trucks; NULL = not recorded
  disinfection_entry_id INTEGER REFERENCES disinfection_entry (id) ON DELETE SET NULL,
  handover_ours   TEXT NOT NULL DEFAULT '',   -- who signed the hand-over for the plant
  handover_theirs TEXT NOT NULL DEFAULT '',   -- and for the carrier
  left_by         TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  cancelled_reason TEXT NOT NULL DEFAULT '',
  CHECK (kind = 'truck' OR (vehicle_type = '' AND cargo = '' AND unload_area_id IS NULL)),
  CHECK (left_at IS NULL OR (arrived_at IS NOT NULL AND left_at >= arrived_at)),
  CHECK ((status IN ('inside', 'left', 'refused')) = (arrived_at IS NOT NULL)),
  CHECK ((status = 'left') = (left_at IS NOT NULL))
);
CREATE INDEX gate_visit_by_planned ON gate_visit (planned_at);
CREATE INDEX gate_visit_by_arrived ON gate_visit (arrived_at) WHERE arrived_at IS NOT NULL;
CREATE INDEX gate_visit_inside ON gate_visit (status) WHERE status = 'inside';
CREATE INDEX gate_visit_by_plate ON gate_visit (plate, planned_at) WHERE plate <> '';

-- The people of a visit: position 0 is the visitor or the driver, then
-- companions / co-riders. declared 0 = added at the gate (not on the
-- declaration). temp1 / temp2 in tenths of °C, the second a re-take.
CREATE TABLE gate_person (
  visit_id      INTEGER NOT NULL REFERENCES gate_visit (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position >= 0),
  outsider_id   INTEGER NOT NULL REFERENCES outsider (id),
  declared      INTEGER NOT NULL DEFAULT 1 CHECK (declared IN (0, 1)),
  travel_risk   TEXT NOT NULL DEFAULT 'low' CHECK (travel_risk IN ('low', 'medium', 'high')),
  travel_note   TEXT NOT NULL DEFAULT '' CHECK (length(travel_note) <= 200),
  code_colour   TEXT NOT NULL DEFAULT '' CHECK (code_colour IN ('', 'green', 'yellow', 'red')),
  test_at       INTEGER,                    -- sample time of the last test, NULL = none
  test_result   TEXT NOT NULL DEFAULT 'pending' CHECK (test_result IN ('pending', 'negative', 'positive')),
  vaccine_doses INTEGER NOT NULL DEFAULT -1 CHECK (vaccine_doses BETWEEN -1 AND 9),
  temp1         INTEGER CHECK (temp1 IS NULL OR temp1 BETWEEN 340 AND 425),
  temp2         INTEGER CHECK (temp2 IS NULL OR temp2 BETWEEN 340 AND 425),
  PRIMARY KEY (visit_id, position)
) WITHOUT ROWID;
CREATE INDEX gate_person_by_outsider ON gate_person (outsider_id);

-- The areas of the map a visitor may enter (names kept as they were).
-- The key's columns come first: SQLite 3.40's quick_check misreads a
-- WITHOUT ROWID table whose key is not leading, and the store would then
-- move a sound database aside as damaged.
CREATE TABLE gate_visit_area (
  visit_id  INTEGER NOT NULL REFERENCES gate_visit (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  area_id   INTEGER REFERENCES zone_area (id) ON DELETE SET NULL,
  area_name TEXT NOT NULL,
  PRIMARY KEY (visit_id, position)
) WITHOUT ROWID;

-- Business events of more than 200 people: approval must be on file 7 days
-- before the day.
CREATE TABLE gate_event (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  held_on     TEXT NOT NULL CHECK (date(held_on, '+0 days') IS held_on),
  headcount   INTEGER NOT NULL CHECK (headcount BETWEEN 1 AND 100000),
  approved_on TEXT CHECK (approved_on IS NULL OR date(approved_on, '+0 days') IS approved_on),
  authority   TEXT NOT NULL DEFAULT '' CHECK (length(authority) <= 100),
  note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at  INTEGER NOT NULL,
  created_by  TEXT NOT NULL DEFAULT '',
  CHECK (approved_on IS NULL OR authority <> '')
);
CREATE INDEX gate_event_by_day ON gate_event (held_on);
