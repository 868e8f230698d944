-- SPDX-License-Identifier: GPL-3.0-or-later
-- Disinfection log (issue 13, 消毒消杀记录): what each zone area (or a point of
-- it) must be disinfected with and how often, and every disinfection done.
-- Entries keep the area's and point's names as they were, so the log reads the
-- same after an area is renamed or deleted, and they keep the dilution figures
-- (product, its strength, volume, concentrate, water) worked out at the time.
-- Codes: frequency daily / twice_daily / each_shift / two_per_three_days /
-- per_truck; product chlorine84 / chlorine_tablet / chlorine_powder /
-- alcohol75; method wipe / spray / soak / uv; objects a comma-joined set of
-- floor, door_handles, lifts, vehicles, goods, air, surfaces.
CREATE TABLE disinfection_schedule (
  id              INTEGER PRIMARY KEY,
  area_id         INTEGER NOT NULL REFERENCES zone_area (id) ON DELETE CASCADE,
  point_id        INTEGER REFERENCES zone_point (id) ON DELETE CASCADE,
  frequency       TEXT NOT NULL CHECK (frequency IN ('daily', 'twice_daily', 'each_shift',
                                                     'two_per_three_days', 'per_truck')),
  objects         TEXT NOT NULL DEFAULT '',
  method          TEXT NOT NULL CHECK (method IN ('wipe', 'spray', 'soak', 'uv')),
  product         TEXT NOT NULL CHECK (product IN ('chlorine84', 'chlorine_tablet', 'chlorine_powder',
                                                   'alcohol75', 'none')),
  concentration   INTEGER NOT NULL DEFAULT 0 CHECK (concentration >= 0),  -- mg/L, or % for alcohol
  ventilation_min INTEGER NOT NULL DEFAULT 0 CHECK (ventilation_min BETWEEN 0 AND 1440),
  start_day       TEXT NOT NULL,                                          -- YYYY-MM-DD, first day due
  created_at      INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX disinfection_schedule_by_area ON disinfection_schedule (area_id);

CREATE TABLE disinfection_entry (
  id              INTEGER PRIMARY KEY,
  at              INTEGER NOT NULL,                                   -- unix seconds, when done
  area_id         INTEGER REFERENCES zone_area (id) ON DELETE SET NULL,
  area_name       TEXT NOT NULL,
  point_id        INTEGER REFERENCES zone_point (id) ON DELETE SET NULL,
  point_name      TEXT NOT NULL DEFAULT '',
  objects         TEXT NOT NULL DEFAULT '',
  method          TEXT NOT NULL CHECK (method IN ('wipe', 'spray', 'soak', 'uv')),
  product         TEXT NOT NULL CHECK (product IN ('chlorine84', 'chlorine_tablet', 'chlorine_powder',
                                                   'alcohol75', 'none')),
  strength        REAL NOT NULL DEFAULT 0,    -- % available chlorine / mg per tablet / % alcohol
  concentration   INTEGER NOT NULL DEFAULT 0, -- mg/L, or % for alcohol
  volume_ml       INTEGER NOT NULL DEFAULT 0, -- solution made
  concentrate     REAL NOT NULL DEFAULT 0,    -- mL of liquid, g of powder, tablets
  water_ml        INTEGER NOT NULL DEFAULT 0,
  contact_min     INTEGER NOT NULL CHECK (contact_min > 0),
  ventilation_min INTEGER NOT NULL DEFAULT 0 CHECK (ventilation_min >= 0),
  executor        TEXT NOT NULL DEFAULT '',
  checker         TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT '',
  created_at      INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX disinfection_entry_by_area ON disinfection_entry (area_id, at);
CREATE INDEX disinfection_entry_by_at ON disinfection_entry (at);
