-- SPDX-License-Identifier: GPL-3.0-or-later
-- Absence (issue 9 item 6, issue 10 item 1): leave, sick leave and business
-- trips with their dates, so a person who is not there is shown with the
-- reason (请假 / 病假 / 出差) and never marked "normal" by fill-normal.
-- Trips of the travel ledger count as absence by themselves (fy-absence.h);
-- a business-trip absence may point at its trip. A wrong record is
-- cancelled (kept, with who and when), never deleted.
CREATE TABLE absence (
  id            INTEGER PRIMARY KEY,
  staff_id      INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('leave', 'sick_leave', 'business_trip')),
  start_day     TEXT NOT NULL CHECK (date(start_day, '+0 days') IS start_day),
  end_day       TEXT NOT NULL CHECK (date(end_day, '+0 days') IS end_day),
  trip_id       INTEGER REFERENCES trip (id) ON DELETE SET NULL,
  note          TEXT NOT NULL DEFAULT '',
  created_at    INTEGER NOT NULL,
  created_by    TEXT NOT NULL DEFAULT '',
  cancelled_at  INTEGER,
  cancelled_by  TEXT NOT NULL DEFAULT '',
  CHECK (start_day <= end_day)
);
CREATE INDEX absence_by_staff ON absence (staff_id, start_day);
CREATE INDEX absence_by_end ON absence (end_day) WHERE cancelled_at IS NULL;

-- The travel register's columns an inspector expects (issue 9 item 8): how
-- they travelled and the train / flight / plate number, registered before
-- leaving; the health-code colour and the test before coming back, recorded
-- with the return ('' = not recorded).
ALTER TABLE trip ADD COLUMN transport TEXT NOT NULL DEFAULT ''
  CHECK (transport IN ('', 'train', 'flight', 'car', 'coach', 'other'));
ALTER TABLE trip ADD COLUMN transport_no TEXT NOT NULL DEFAULT '' CHECK (length(transport_no) <= 32);
ALTER TABLE trip ADD COLUMN return_code_colour TEXT NOT NULL DEFAULT ''
  CHECK (return_code_colour IN ('', 'green', 'yellow', 'red'));
ALTER TABLE trip ADD COLUMN return_test TEXT NOT NULL DEFAULT ''
  CHECK (return_test IN ('', 'negative', 'positive', 'not_done'));

-- Twice-daily monitoring of people in home or in-plant quarantine or
-- observation (居家/隔离健康监测记录): they get no entry in the reading
-- table while quarantined, so their temperatures and symptoms live here,
-- with who took them (the monitor). Corrections overwrite with the audit.
CREATE TABLE quarantine_reading (
  quarantine_id INTEGER NOT NULL REFERENCES quarantine (id) ON DELETE CASCADE,
  day           TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
  session       INTEGER NOT NULL CHECK (session IN (0, 1)),
  temp_tenths   INTEGER NOT NULL CHECK (temp_tenths BETWEEN 340 AND 425),
  symptoms      TEXT NOT NULL DEFAULT '',
  monitor       TEXT NOT NULL DEFAULT '' CHECK (length(monitor) <= 32),
  entered_at    INTEGER NOT NULL,
  entered_by    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (quarantine_id, day, session)
) WITHOUT ROWID;
