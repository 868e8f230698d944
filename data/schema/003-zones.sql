-- SPDX-License-Identifier: GPL-3.0-or-later
-- Zone maps (issue 4): floor plans divided into green/blue/yellow/red areas,
-- grids with their leaders, symbols (isolation point, gates…), who works where,
-- and the history of every level change. Geometry is in metres, stored as text
-- "x,y;x,y;…" (millimetre precision) so it survives any platform and is readable.
-- Areas, grids and symbols use AUTOINCREMENT: an id is never reused, so redo can
-- put back a deleted row under its old id without clashing with a newer one.
CREATE TABLE zone_map (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
  width_m           REAL NOT NULL CHECK (width_m > 0 AND width_m <= 100000),
  height_m          REAL NOT NULL CHECK (height_m > 0 AND height_m <= 100000),
  -- Floor plan kept in the database so it travels with the data (backups, copies).
  background        BLOB,
  background_type   TEXT NOT NULL DEFAULT '' CHECK (background_type IN ('', 'png', 'jpeg')),
  background_width  INTEGER NOT NULL DEFAULT 0 CHECK (background_width >= 0),
  background_height INTEGER NOT NULL DEFAULT 0 CHECK (background_height >= 0),
  metres_per_pixel  REAL NOT NULL DEFAULT 0 CHECK (metres_per_pixel >= 0),
  grid_step_m       REAL NOT NULL DEFAULT 1 CHECK (grid_step_m >= 0),
  created_at        INTEGER NOT NULL DEFAULT (unixepoch()),
  updated_at        INTEGER NOT NULL DEFAULT (unixepoch()),
  CHECK ((background IS NULL) = (background_type = ''))
);

CREATE TABLE zone_area (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  map_id          INTEGER NOT NULL REFERENCES zone_map (id) ON DELETE CASCADE,
  name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
  level           TEXT NOT NULL CHECK (level IN ('green', 'blue', 'yellow', 'red')),
  function        TEXT NOT NULL DEFAULT 'other'
                  CHECK (function IN ('entrance', 'loading_dock', 'warehouse', 'workshop', 'office',
                                      'meeting_room', 'canteen', 'dormitory', 'road', 'outdoor',
                                      'toilet', 'other')),
  shape           TEXT NOT NULL DEFAULT 'polygon' CHECK (shape IN ('rect', 'polygon')),
  geometry        TEXT NOT NULL CHECK (length(geometry) >= 11),
  place_code      TEXT NOT NULL DEFAULT '',
  capacity        INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),   -- 0 = not set
  leader_staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  note            TEXT NOT NULL DEFAULT '',
  z               INTEGER NOT NULL DEFAULT 0   -- drawing order, bottom first
);
CREATE INDEX zone_area_by_map ON zone_area (map_id, z);

CREATE TABLE zone_grid (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  area_id         INTEGER NOT NULL REFERENCES zone_area (id) ON DELETE CASCADE,
  name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
  leader_staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  geometry        TEXT NOT NULL DEFAULT '',   -- optional outline inside the area
  note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX zone_grid_by_area ON zone_grid (area_id);

CREATE TABLE zone_point (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  map_id     INTEGER NOT NULL REFERENCES zone_map (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('isolation', 'observation', 'entrance', 'sampling',
                                           'disinfection', 'locker', 'truck_loading')),
  x          REAL NOT NULL,
  y          REAL NOT NULL,
  name       TEXT NOT NULL DEFAULT '',
  place_code TEXT NOT NULL DEFAULT ''
);
CREATE INDEX zone_point_by_map ON zone_point (map_id);

-- Where each person works: one area (and optionally one grid of it) at a time.
CREATE TABLE staff_zone (
  staff_id INTEGER PRIMARY KEY REFERENCES staff (id) ON DELETE CASCADE,
  area_id  INTEGER NOT NULL REFERENCES zone_area (id) ON DELETE CASCADE,
  grid_id  INTEGER REFERENCES zone_grid (id) ON DELETE SET NULL
);
CREATE INDEX staff_zone_by_area ON staff_zone (area_id, grid_id);

-- Every level an area has had: when, from what, to what, why and by whom.
-- area_id has no foreign key on purpose: the history outlives a deleted area
-- (and still matches it when the deletion is undone).
CREATE TABLE zone_history (
  id        INTEGER PRIMARY KEY,
  map_id    INTEGER NOT NULL REFERENCES zone_map (id) ON DELETE CASCADE,
  area_id   INTEGER NOT NULL,
  area_name TEXT NOT NULL,
  at        INTEGER NOT NULL DEFAULT (unixepoch()),
  kind      TEXT NOT NULL CHECK (kind IN ('create', 'change', 'delete')),
  old_level TEXT CHECK (old_level IS NULL OR old_level IN ('green', 'blue', 'yellow', 'red')),
  new_level TEXT CHECK (new_level IS NULL OR new_level IN ('green', 'blue', 'yellow', 'red')),
  reason    TEXT NOT NULL DEFAULT '',
  actor     TEXT NOT NULL DEFAULT '',
  is_undo   INTEGER NOT NULL DEFAULT 0 CHECK (is_undo IN (0, 1))
);
CREATE INDEX zone_history_by_area ON zone_history (area_id, at);
CREATE INDEX zone_history_by_map ON zone_history (map_id, at);
