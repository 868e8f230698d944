/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-zones.c — ledgers of the zone map: the zone control ledger
 * (分区管控台账, every area and grid with its level, leader and headcount)
 * and the zone adjustment record (分区调整记录, every level change). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-ledger-defs.h"
#include "fy-zone-map.h"

/* ---- 分区管控台账 --------------------------------------------------------- */

static const FyLedgerColumn zones_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "map", N_("Map"), NULL, FY_COLUMN_TEXT, 8, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "area", N_("Area"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "level", N_("Risk level"), NULL, FY_COLUMN_ENUM, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_zone_level_labels },
  { "function", N_("Function"), NULL, FY_COLUMN_ENUM, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_zone_function_labels },
  { "place_code", N_("Place code"), NULL, FY_COLUMN_TEXT, 18, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "grid", N_("Grid"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "leader", N_("Grid leader"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "phone", N_("Telephone"), NULL, FY_COLUMN_TEXT, 13, FY_ALIGN_CENTER, FY_SENSITIVE_PHONE, NULL },
  { "headcount", N_("People assigned"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "capacity", N_("Capacity"), NULL, FY_COLUMN_NUMBER, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "note", N_("Note"), NULL, FY_COLUMN_TEXT, 20, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* One row per area (its own leader, everyone assigned to it, its capacity),
 * followed by one row per grid of it in the order they were made (the
 * grid's leader and people). Red first, then yellow, blue, green. People
 * who have left do not count, as on the map. The mask marks the level of
 * red and yellow areas and a headcount over capacity. */
static const char zones_sql[] =
  "WITH heads AS ("
  "  SELECT sz.area_id, sz.grid_id, count(*) AS n FROM staff_zone sz"
  "  JOIN staff s ON s.id = sz.staff_id WHERE s.status <> 'left'"
  "  GROUP BY sz.area_id, sz.grid_id),"
  " lines AS ("
  "  SELECT m.id AS map_id, m.name AS map_name, a.id AS area_id, a.name AS area_name, a.level, a.function,"
  "   a.place_code, 0 AS is_grid, '' AS grid_name, 0 AS grid_id, a.leader_staff_id AS leader,"
  "   (SELECT coalesce(sum(n), 0) FROM heads h WHERE h.area_id = a.id) AS people,"
  "   a.capacity AS capacity, a.note"
  "  FROM zone_area a JOIN zone_map m ON m.id = a.map_id"
  "  UNION ALL"
  "  SELECT m.id, m.name, a.id, a.name, a.level, a.function, '', 1, g.name, g.id, g.leader_staff_id,"
  "   (SELECT coalesce(sum(n), 0) FROM heads h WHERE h.grid_id = g.id), 0, g.note"
  "  FROM zone_grid g JOIN zone_area a ON a.id = g.area_id JOIN zone_map m ON m.id = a.map_id)"
  " SELECT 0, l.map_name, l.area_name, l.level, l.function, l.place_code, l.grid_name,"
  "  coalesce(st.name, ''), coalesce(st.phone, ''), l.people,"
  "  CASE WHEN l.capacity > 0 THEN l.capacity END, l.note,"
  "  (CASE WHEN l.level IN ('red', 'yellow') THEN :bit_level ELSE 0 END)"
  "  | (CASE WHEN l.capacity > 0 AND l.people > l.capacity THEN :bit_headcount ELSE 0 END)"
  " FROM lines l LEFT JOIN staff st ON st.id = l.leader"
  " ORDER BY l.map_name, l.map_id,"
  "  CASE l.level WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'blue' THEN 2 ELSE 3 END,"
  "  l.area_name, l.area_id, l.is_grid, l.grid_id";

const FyLedgerDef fy_ledger_def_zones = {
  .id = "zones",
  .title = N_("Zone Control Ledger"),
  /* Translators: the tab of this ledger in a spreadsheet; short. */
  .sheet = NC_("sheet name", "Zones"),
  .description = N_("Every risk area and grid: level, function, place code, grid leader and headcount"),
  .period = FY_PERIOD_NONE,
  .columns = zones_columns,
  .n_columns = G_N_ELEMENTS (zones_columns),
  .sql = zones_sql,
  .build = NULL,
  .note = N_("Red zone: positive or abnormal test; yellow zone: close contacts; blue zone: newly arrived "
             "people under observation; green zone: normal production. A row with a grid name is a grid "
             "of the area above it: its people are counted in the area’s row too."),
};

/* ---- 分区调整记录 --------------------------------------------------------- */

/* The reason column shows what the officer typed; rows without a reason
 * (an area drawn or deleted, an undo) get a marker code that the labels
 * below turn into a sentence. A typed reason is never one of these codes
 * in practice, and if it were it would still read sensibly. */
static const FyCodeLabel reason_labels[] = {
  { "fy:create", N_("Area drawn") },
  { "fy:delete", N_("Area deleted") },
  { "fy:undo", N_("Earlier change undone") },
  FY_CODE_LABEL_END
};

static const FyLedgerColumn history_columns[] = {
  { "at", N_("Time"), NULL, FY_COLUMN_DATETIME, 16, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "map", N_("Map"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "area", N_("Area"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "old_level", N_("Previous level"), NULL, FY_COLUMN_ENUM, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_zone_level_labels },
  { "new_level", N_("New level"), NULL, FY_COLUMN_ENUM, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_zone_level_labels },
  { "reason", N_("Reason"), NULL, FY_COLUMN_ENUM, 36, FY_ALIGN_START, FY_SENSITIVE_NONE, reason_labels },
  { "actor", N_("Changed by"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
};

/* Days are local days, like the times shown. Red or yellow levels are
 * highlighted. */
static const char history_sql[] =
  "SELECT h.at, m.name, h.area_name, h.old_level, h.new_level,"
  " CASE WHEN h.is_undo = 1 THEN 'fy:undo'"
  "      WHEN h.reason <> '' THEN h.reason"
  "      WHEN h.kind = 'create' THEN 'fy:create'"
  "      WHEN h.kind = 'delete' THEN 'fy:delete' ELSE '' END,"
  " h.actor,"
  " (CASE WHEN h.old_level IN ('red', 'yellow') THEN :bit_old_level ELSE 0 END)"
  " | (CASE WHEN h.new_level IN ('red', 'yellow') THEN :bit_new_level ELSE 0 END)"
  " FROM zone_history h JOIN zone_map m ON m.id = h.map_id"
  " WHERE date(h.at, 'unixepoch', 'localtime') BETWEEN :from AND :to"
  " ORDER BY h.at, h.id";

const FyLedgerDef fy_ledger_def_zone_history = {
  .id = "zone-history",
  .title = N_("Zone Adjustment Record"),
  /* Translators: the tab of this ledger in a spreadsheet; short. */
  .sheet = NC_("sheet name", "Zone changes"),
  .description = N_("Every change of an area’s risk level in a period: when, from what to what, why and by whom"),
  .period = FY_PERIOD_RANGE,
  .columns = history_columns,
  .n_columns = G_N_ELEMENTS (history_columns),
  .sql = history_sql,
  .build = NULL,
  .note = NULL,
};
