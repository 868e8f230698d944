-- SPDX-License-Identifier: GPL-3.0-or-later
-- Health: daily temperatures, follow-ups of abnormal readings, nucleic-acid /
-- antigen tests and their cadence, vaccination, trips, quarantine.
--
-- Layout rule (reference/performance.md): the big tables are keyed day-first
-- so a day's entries append to the B-tree instead of rewriting it. No
-- staff-major index on reading or test_result: per-person questions use a
-- bounded day window or the denormalised staff.last_test_at below.

-- One temperature check: a day, a session (0 morning, 1 afternoon), a person.
-- 'normal_unmeasured' is the "normal, no symptoms" of the fill-normal action:
-- no number is ever invented for it (temp_tenths is NULL exactly then).
CREATE TABLE reading (
  day            TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
  session        INTEGER NOT NULL CHECK (session IN (0, 1)),
  staff_id       INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  status         TEXT NOT NULL CHECK (status IN ('measured', 'normal_unmeasured')),
  temp_tenths    INTEGER CHECK (temp_tenths IS NULL OR temp_tenths BETWEEN 340 AND 425),
  method         TEXT NOT NULL DEFAULT '' CHECK (method IN ('', 'axillary', 'forehead', 'ear')),
  symptoms       TEXT NOT NULL DEFAULT '',      -- codes joined by ',' (fy-health.h)
  code_colour    TEXT NOT NULL DEFAULT '' CHECK (code_colour IN ('', 'green', 'yellow', 'red')),
  fever_line     INTEGER NOT NULL CHECK (fever_line BETWEEN 350 AND 400),  -- line in force, tenths
  recheck_tenths INTEGER CHECK (recheck_tenths IS NULL OR recheck_tenths BETWEEN 340 AND 425),
  entered_at     INTEGER NOT NULL,              -- Unix seconds: a late entry (补录) shows as such
  entered_by     TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (day, session, staff_id),
  CHECK ((status = 'measured') = (temp_tenths IS NOT NULL)),
  CHECK (status = 'measured' OR (symptoms = '' AND recheck_tenths IS NULL))
) WITHOUT ROWID;

-- Corrections never overwrite silently: the previous values of a reading are
-- kept here (by the trigger, so no code path can forget it).
CREATE TABLE reading_history (
  id             INTEGER PRIMARY KEY,
  day            TEXT NOT NULL,
  session        INTEGER NOT NULL,
  staff_id       INTEGER NOT NULL,
  status         TEXT NOT NULL,
  temp_tenths    INTEGER,
  method         TEXT NOT NULL,
  symptoms       TEXT NOT NULL,
  code_colour    TEXT NOT NULL,
  fever_line     INTEGER NOT NULL,
  entered_at     INTEGER NOT NULL,
  entered_by     TEXT NOT NULL,
  note           TEXT NOT NULL,
  changed_at     INTEGER NOT NULL,
  changed_by     TEXT NOT NULL
);
CREATE INDEX reading_history_by_reading ON reading_history (day, session, staff_id);

CREATE TRIGGER reading_keep_history
BEFORE UPDATE OF status, temp_tenths, method, symptoms, code_colour, note ON reading
BEGIN
  INSERT INTO reading_history (day, session, staff_id, status, temp_tenths, method, symptoms,
                               code_colour, fever_line, entered_at, entered_by, note,
                               changed_at, changed_by)
  VALUES (OLD.day, OLD.session, OLD.staff_id, OLD.status, OLD.temp_tenths, OLD.method, OLD.symptoms,
          OLD.code_colour, OLD.fever_line, OLD.entered_at, OLD.entered_by, OLD.note,
          NEW.entered_at, NEW.entered_by);
END;

-- An abnormal reading (fever, symptoms, yellow/red code) asks for follow-up;
-- it stays open until closed. The recheck (人工复测) is reading.recheck_tenths.
CREATE TABLE follow_up (
  id         INTEGER PRIMARY KEY,
  day        TEXT NOT NULL,
  session    INTEGER NOT NULL,
  staff_id   INTEGER NOT NULL,
  reasons    TEXT NOT NULL,                     -- 'fever', 'symptoms', 'code' joined by ','
  action     TEXT NOT NULL DEFAULT ''
             CHECK (action IN ('', 'observation_point', 'fever_clinic', 'home')),
  note       TEXT NOT NULL DEFAULT '',
  opened_at  INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  closed_at  INTEGER,
  closed_by  TEXT NOT NULL DEFAULT '',
  UNIQUE (day, session, staff_id),
  FOREIGN KEY (day, session, staff_id) REFERENCES reading (day, session, staff_id) ON DELETE CASCADE
);
CREATE INDEX follow_up_open ON follow_up (day) WHERE closed_at IS NULL;

-- Nucleic-acid (pcr) and antigen tests. A round samples many people at once.
CREATE TABLE test_round (
  id          INTEGER PRIMARY KEY,
  sampled_at  INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('pcr', 'antigen')),
  place       TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  created_by  TEXT NOT NULL DEFAULT ''
);

-- Rows arrive in time order, so the rowid and the sampled_at index append.
-- "Last test per person" is NOT answered from here but from staff.last_test_at,
-- kept in the same transaction as every insert: a staff-major index on this
-- table would rewrite most of its pages on every round (performance.md).
CREATE TABLE test_result (
  id          INTEGER PRIMARY KEY,
  staff_id    INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  sampled_at  INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('pcr', 'antigen')),
  result      TEXT NOT NULL DEFAULT 'pending' CHECK (result IN ('pending', 'negative', 'positive')),
  result_at   INTEGER,
  place       TEXT NOT NULL DEFAULT '',
  round_id    INTEGER REFERENCES test_round (id) ON DELETE CASCADE,
  entered_at  INTEGER NOT NULL,
  entered_by  TEXT NOT NULL DEFAULT '',
  CHECK ((result = 'pending') = (result_at IS NULL)),
  CHECK (result_at IS NULL OR result_at >= sampled_at),
  UNIQUE (round_id, staff_id)
);
CREATE INDEX test_result_by_time ON test_result (sampled_at);

-- Newest nucleic-acid sample per person (NULL = never tested).
ALTER TABLE staff ADD COLUMN last_test_at INTEGER;

-- Test cadence by post or department. The company-wide default and the
-- high-contact cadence are the settings "cadence.default_hours" and
-- "cadence.high_contact_hours" (one source of truth each); fy-tests.h offers
-- one API over both. Precedence: post > department > high_contact > default.
CREATE TABLE cadence_rule (
  scope  TEXT NOT NULL CHECK (scope IN ('post', 'department')),
  value  TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 64),
  hours  INTEGER NOT NULL CHECK (hours BETWEEN 1 AND 720),
  PRIMARY KEY (scope, value)
) WITHOUT ROWID;

-- Vaccination doses with dates; staff.vaccine_doses (001) follows the
-- highest dose recorded here.
CREATE TABLE vaccination (
  id          INTEGER PRIMARY KEY,
  staff_id    INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  dose        INTEGER NOT NULL CHECK (dose BETWEEN 1 AND 9),
  day         TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
  vaccine     TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT '',
  entered_at  INTEGER NOT NULL,
  entered_by  TEXT NOT NULL DEFAULT '',
  UNIQUE (staff_id, dose)
);
ALTER TABLE staff ADD COLUMN unvaccinated_reason TEXT NOT NULL DEFAULT '';

-- Trips out of the city, registered before leaving (备案).
CREATE TABLE trip (
  id                INTEGER PRIMARY KEY,
  staff_id          INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  purpose           TEXT NOT NULL CHECK (purpose IN ('business', 'private')),
  destination       TEXT NOT NULL CHECK (length(destination) BETWEEN 1 AND 100),
  risk              TEXT NOT NULL CHECK (risk IN ('low', 'medium', 'high')),
  depart_on         TEXT NOT NULL CHECK (date(depart_on, '+0 days') IS depart_on),
  planned_return_on TEXT NOT NULL CHECK (date(planned_return_on, '+0 days') IS planned_return_on),
  returned_on       TEXT CHECK (returned_on IS NULL OR date(returned_on, '+0 days') IS returned_on),
  return_risk       TEXT CHECK (return_risk IS NULL OR return_risk IN ('low', 'medium', 'high')),
  note              TEXT NOT NULL DEFAULT '',
  registered_at     INTEGER NOT NULL,
  registered_by     TEXT NOT NULL DEFAULT '',
  CHECK (planned_return_on >= depart_on),
  CHECK (returned_on IS NULL OR returned_on >= depart_on),
  CHECK ((returned_on IS NULL) = (return_risk IS NULL))
);
CREATE INDEX trip_by_staff ON trip (staff_id, depart_on);
CREATE INDEX trip_by_depart ON trip (depart_on);

-- Who travelled along: household members (共同生活者), colleagues, others.
CREATE TABLE trip_companion (
  trip_id   INTEGER NOT NULL REFERENCES trip (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
  relation  TEXT NOT NULL CHECK (relation IN ('household', 'colleague', 'other')),
  staff_id  INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  PRIMARY KEY (trip_id, position)
) WITHOUT ROWID;

-- Quarantine rules vary by place and time, so they are data. Names are
-- English msgids translated at display time. Each phase puts the person in a
-- staff status for `days` days; test_days are day numbers within the phase.
CREATE TABLE quarantine_template (
  id       INTEGER PRIMARY KEY,
  code     TEXT NOT NULL UNIQUE,
  name     TEXT NOT NULL,
  builtin  INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);
CREATE TABLE quarantine_template_phase (
  template_id INTEGER NOT NULL REFERENCES quarantine_template (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 1),
  kind        TEXT NOT NULL CHECK (kind IN ('observation', 'home_isolation', 'central_isolation')),
  days        INTEGER NOT NULL CHECK (days BETWEEN 1 AND 60),
  test_days   TEXT NOT NULL DEFAULT '',         -- e.g. '1,3,5,7'
  PRIMARY KEY (template_id, position)
) WITHOUT ROWID;

INSERT INTO quarantine_template (id, code, name, builtin) VALUES
  (1, 'observation_14', '14-day in-factory observation', 1),
  (2, 'home_7', '7-day home isolation', 1),
  (3, 'central_5_home_3', '5 days central isolation + 3 days home isolation', 1),
  (4, 'custom', 'Custom', 1);
INSERT INTO quarantine_template_phase (template_id, position, kind, days, test_days) VALUES
  (1, 1, 'observation', 14, ''),
  (2, 1, 'home_isolation', 7, '1,3,5,7'),
  (3, 1, 'central_isolation', 5, '1,2,3,5'),
  (3, 2, 'home_isolation', 3, '1,3');
-- 'custom' has no phases: they are given when a quarantine starts.

-- One quarantine of one person. Its phases and planned test days are copied
-- at start, so editing a template never changes a quarantine under way.
-- Release is a recorded decision with a date; until then the person is not
-- on site (even past end_day).
CREATE TABLE quarantine (
  id            INTEGER PRIMARY KEY,
  staff_id      INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  template_id   INTEGER NOT NULL REFERENCES quarantine_template (id),
  reason        TEXT NOT NULL DEFAULT ''
                CHECK (reason IN ('', 'returnee', 'close_contact', 'secondary_contact', 'abnormal', 'other')),
  trip_id       INTEGER REFERENCES trip (id) ON DELETE SET NULL,
  place         TEXT NOT NULL DEFAULT '',
  start_day     TEXT NOT NULL CHECK (date(start_day, '+0 days') IS start_day),
  end_day       TEXT NOT NULL CHECK (date(end_day, '+0 days') IS end_day),
  released_on   TEXT CHECK (released_on IS NULL OR date(released_on, '+0 days') IS released_on),
  release_note  TEXT NOT NULL DEFAULT '',
  released_at   INTEGER,
  released_by   TEXT NOT NULL DEFAULT '',
  note          TEXT NOT NULL DEFAULT '',
  created_at    INTEGER NOT NULL,
  created_by    TEXT NOT NULL DEFAULT '',
  CHECK (start_day <= end_day),
  CHECK (released_on IS NULL OR released_on >= start_day)
);
CREATE INDEX quarantine_by_staff ON quarantine (staff_id, start_day);
-- At most one quarantine under way per person.
CREATE UNIQUE INDEX quarantine_one_active ON quarantine (staff_id) WHERE released_on IS NULL;

CREATE TABLE quarantine_phase (
  quarantine_id INTEGER NOT NULL REFERENCES quarantine (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('observation', 'home_isolation', 'central_isolation')),
  start_day     TEXT NOT NULL,
  end_day       TEXT NOT NULL,
  test_days     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (quarantine_id, position)
) WITHOUT ROWID;

-- Planned test days; result_id is set when a nucleic-acid sample of that
-- person is taken on that day (same transaction as the test).
CREATE TABLE quarantine_test (
  quarantine_id INTEGER NOT NULL REFERENCES quarantine (id) ON DELETE CASCADE,
  day           TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
  staff_id      INTEGER NOT NULL,
  phase         INTEGER NOT NULL,
  phase_day     INTEGER NOT NULL,
  result_id     INTEGER REFERENCES test_result (id) ON DELETE SET NULL,
  PRIMARY KEY (quarantine_id, day)
) WITHOUT ROWID;
CREATE INDEX quarantine_test_open ON quarantine_test (staff_id, day) WHERE result_id IS NULL;
CREATE INDEX quarantine_test_by_result ON quarantine_test (result_id) WHERE result_id IS NOT NULL;
