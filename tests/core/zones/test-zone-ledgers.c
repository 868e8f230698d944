/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The zone ledgers: the zone control ledger (areas and grids with level,
 * leader, masked phone, headcount against capacity, highlights) and the zone
 * adjustment record (level changes by local day, labels for rows without a
 * typed reason), read back from xlsx, PDF and CSV. Also the zone summary for
 * the Today page on the same fixture. Runs in China's time zone so that the
 * local-day boundary is tested where users live. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fy-error.h"
#include "fy-ledger.h"
#include "fy-staff.h"
#include "fy-store-private.h"
#include "fy-test-support.h"
#include "fy-zone-map.h"
#include "fy-zone-summary-private.h"
#include "fy-zone-summary.h"

#define TODAY     "2026-11-22"
#define YESTERDAY "2026-11-21"
#define TWO_AGO   "2026-11-20"

/* Columns of the zones ledger. */
enum { Z_SERIAL, Z_MAP, Z_AREA, Z_LEVEL, Z_FUNCTION, Z_CODE, Z_GRID, Z_LEADER, Z_PHONE, Z_PEOPLE, Z_CAPACITY,
       Z_NOTE, Z_N };
/* Columns of the history ledger. */
enum { H_AT, H_MAP, H_AREA, H_OLD, H_NEW, H_REASON, H_ACTOR, H_N };

typedef struct
{
  FyStore   *store;
  FyZoneMap *map;
  gint64     red, yellow, blue, green, grid;
  gint64     staff[9];
} Fixture;

static gint64
local_unix (const char *date, int hour, int minute, int second)
{
  int y, m, d;
  g_autoptr(GDateTime) dt = NULL;

  g_assert_cmpint (sscanf (date, "%d-%d-%d", &y, &m, &d), ==, 3);
  dt = g_date_time_new_local (y, m, d, hour, minute, second);
  return g_date_time_to_unix (dt);
}

typedef struct
{
  const char     *name;
  FyZoneLevel     level;
  FyZoneFunction  function;
  double          x0;         /* left edge; every area is 15 × 30 m */
  const char     *code;
  int             capacity;
  gint64          leader;
} AreaSpec;

static gint64
add_area (FyZoneMap *map, const AreaSpec *spec)
{
  const char *name = spec->name, *code = spec->code;
  double x0 = spec->x0;
  g_autoptr(FyZoneArea) a = fy_zone_area_new ();
  g_autoptr(GError) error = NULL;
  FyPoint pts[4];
  gint64 id;

  fy_test_set_text (&a->name, name);
  fy_test_set_text (&a->place_code, code);
  fy_test_set_text (&a->note, "备注");
  a->level = spec->level;
  a->function = spec->function;
  a->capacity = spec->capacity;
  a->leader_staff_id = spec->leader;
  a->shape = FY_ZONE_SHAPE_RECT;
  fy_rect_to_polygon (&(FyRect) { x0, 10, x0 + 15, 40 }, pts);
  fy_zone_area_set_points (a, pts, 4);
  id = fy_zone_map_add_area (map, a, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
set_history_time (FyStore *store, gint64 row_id, gint64 at)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store, "UPDATE zone_history SET at = ?2 WHERE id = ?1", NULL);

  sqlite3_bind_int64 (stmt, 1, row_id);
  sqlite3_bind_int64 (stmt, 2, at);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
}

/* Four areas, one per level, a grid; five people in the green workshop
 * (two of them in its grid) of whom one then leaves; the blue warehouse
 * went green → blue the day before yesterday… see the times below. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneGrid) grid = fy_zone_grid_new ();
  g_autoptr(FyStaff) leaver = NULL;
  gint64 first_history;

  f->store = fy_test_open_store ();
  fy_store_set_actor (f->store, "谭浩旭");
  f->staff[0] = fy_test_add_staff (f->store, "A01", "张伟", "phone", "13812345678", "department", "冲压车间", NULL);
  f->staff[1] = fy_test_add_staff (f->store, "A02", "李娜", "phone", "13900001111", "department", "冲压车间", NULL);
  for (guint i = 2; i < G_N_ELEMENTS (f->staff); i++)
    {
      static const char *const names[] = { "", "", "王一", "王二", "王三", "王四", "王五", "王六", "王七" };
      g_autofree char *no = g_strdup_printf ("A%02u", i + 1);
      f->staff[i] = fy_test_add_staff (f->store, no, names[i], "phone", "", "department", "冲压车间", NULL);
    }

  f->map = fy_zone_map_create (f->store, "一号厂区", 100, 60, &error);
  g_assert_no_error (error);
  f->red = add_area (f->map,
                     &(AreaSpec) { .name = "临时隔离区", .level = FY_ZONE_LEVEL_RED,
                                   .function = FY_ZONE_FUNCTION_OTHER, .x0 = 0, .code = "320506-0901",
                                   .capacity = 2, .leader = f->staff[0] });
  f->yellow = add_area (f->map,
                        &(AreaSpec) { .name = "密接宿舍", .level = FY_ZONE_LEVEL_YELLOW,
                                      .function = FY_ZONE_FUNCTION_DORMITORY, .x0 = 20, .code = "",
                                      .capacity = 0, .leader = 0 });
  f->blue = add_area (f->map,
                      &(AreaSpec) { .name = "成品仓库", .level = FY_ZONE_LEVEL_GREEN,
                                    .function = FY_ZONE_FUNCTION_WAREHOUSE, .x0 = 40,
                                    .code = "320506-0201", .capacity = 0, .leader = 0 });
  f->green = add_area (f->map,
                       &(AreaSpec) { .name = "冲压车间", .level = FY_ZONE_LEVEL_GREEN,
                                     .function = FY_ZONE_FUNCTION_WORKSHOP, .x0 = 60,
                                     .code = "320506-0101", .capacity = 4, .leader = f->staff[0] });

  grid->area_id = f->green;
  fy_test_set_text (&grid->name, "甲班网格");
  grid->leader_staff_id = f->staff[1];
  f->grid = fy_zone_map_add_grid (f->map, grid, &error);
  g_assert_no_error (error);

  for (guint i = 2; i < 7; i++)
    {
      g_assert_true (fy_zone_map_assign_staff (f->map, f->staff[i], f->green, i < 4 ? f->grid : 0, &error));
      g_assert_no_error (error);
    }
  /* The last of them leaves: no longer counted anywhere. */
  leaver = fy_staff_get (f->store, f->staff[6], &error);
  g_assert_no_error (error);
  leaver->status = FY_STAFF_LEFT;
  fy_test_set_text (&leaver->left_on, TWO_AGO);
  fy_test_save_staff (f->store, leaver);

  /* green → blue, blue → yellow, then Undo (back to blue). */
  first_history = fy_test_query_int (f->store, "SELECT max(id) FROM zone_history") + 1;
  g_assert_true (fy_zone_map_set_area_level (f->map, f->blue, FY_ZONE_LEVEL_BLUE, "外省货车司机增多", &error));
  g_assert_true (fy_zone_map_set_area_level (f->map, f->blue, FY_ZONE_LEVEL_YELLOW, "出现密接", &error));
  g_assert_true (fy_zone_map_undo (f->map, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM zone_history"), ==, 7);

  /* Fixed local times: the areas drawn two days ago, the first change one
   * second before midnight yesterday, the second at midnight today. */
  for (gint64 id = 1; id < first_history; id++)
    set_history_time (f->store, id, local_unix (TWO_AGO, 9, 0, (int) id));
  set_history_time (f->store, first_history, local_unix (YESTERDAY, 23, 59, 59));
  set_history_time (f->store, first_history + 1, local_unix (TODAY, 0, 0, 0));
  set_history_time (f->store, first_history + 2, local_unix (TODAY, 10, 5, 0));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_assert_finalize_object (g_steal_pointer (&f->map));
  g_assert_finalize_object (g_steal_pointer (&f->store));
}

static FyLedger *
make_ledger (FyStore *store, const char *id, const char *from, const char *to, gboolean unmasked)
{
  g_autoptr(GError) error = NULL;
  FyLedgerParams params = { .from = from, .to = to, .unmasked = unmasked };
  FyLedger *ledger = fy_ledger_new (store, id, &params, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ledger);
  return ledger;
}

/* Every row as "cell|cell|…" plus "!" after highlighted cells. */
static GPtrArray *
read_rows (FyLedger *ledger)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (ledger, 0, -1, &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      GString *line = g_string_new (NULL);
      for (guint c = 0; c < fy_ledger_get_n_columns (ledger); c++)
        {
          if (c > 0)
            g_string_append_c (line, '|');
          g_string_append (line, fy_ledger_cursor_get_text (cursor, c));
          if (fy_ledger_cursor_is_highlighted (cursor, c))
            g_string_append_c (line, '!');
        }
      g_ptr_array_add (rows, g_string_free (line, FALSE));
    }
  g_assert_no_error (error);
  return rows;
}

static void
test_registered (void)
{
  const FyLedgerDef *zones = fy_ledger_lookup ("zones");
  const FyLedgerDef *history = fy_ledger_lookup ("zone-history");

  g_assert_nonnull (zones);
  g_assert_nonnull (history);
  g_assert_cmpint (zones->period, ==, FY_PERIOD_NONE);
  g_assert_cmpint (history->period, ==, FY_PERIOD_RANGE);
  g_assert_cmpuint (zones->n_columns, ==, Z_N);
  g_assert_cmpuint (history->n_columns, ==, H_N);
  g_assert_cmpint (zones->columns[Z_PHONE].sensitive, ==, FY_SENSITIVE_PHONE);
}

static void
test_zones_rows (Fixture *f, gconstpointer data)
{
  g_autoptr(FyLedger) ledger = make_ledger (f->store, "zones", NULL, NULL, FALSE);
  g_autoptr(GPtrArray) rows = read_rows (ledger);

  g_assert_cmpint (fy_ledger_count_rows (ledger, NULL), ==, 5);
  g_assert_cmpuint (rows->len, ==, 5);
  /* Highest risk first; the grid right under its area; capacity blank when
   * not set; the leader's phone masked; people who left not counted; the
   * level of red and yellow areas and a headcount over capacity marked. */
  g_assert_cmpstr (g_ptr_array_index (rows, 0), ==,
                   "1|一号厂区|临时隔离区|Red zone!|Other|320506-0901||张伟|138****5678|0|2|备注");
  g_assert_cmpstr (g_ptr_array_index (rows, 1), ==, "2|一号厂区|密接宿舍|Yellow zone!|Dormitory|||||0||备注");
  g_assert_cmpstr (g_ptr_array_index (rows, 2), ==,
                   "3|一号厂区|成品仓库|Blue zone|Warehouse|320506-0201||||0||备注");
  g_assert_cmpstr (g_ptr_array_index (rows, 3), ==,
                   "4|一号厂区|冲压车间|Green zone|Workshop|320506-0101||张伟|138****5678|4|4|备注");
  g_assert_cmpstr (g_ptr_array_index (rows, 4), ==,
                   "5|一号厂区|冲压车间|Green zone|Workshop||甲班网格|李娜|139****1111|2||");
}

/* The roster names where each person works: area, and the grid when set
 * (issue 9 item 8); someone without a place is blank. */
static void
test_roster_zone (Fixture *f, gconstpointer data)
{
  g_autoptr(FyLedger) ledger = make_ledger (f->store, "roster", NULL, NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (ledger, 0, -1, &error);
  int zone = fy_ledger_column_index (ledger, "zone");
  guint in_grid = 0, in_area = 0, nowhere = 0;

  g_assert_no_error (error);
  g_assert_cmpint (zone, >, 0);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      const char *text = fy_ledger_cursor_get_text (cursor, zone);
      if (g_str_equal (text, "冲压车间 / 甲班网格"))
        in_grid++;
      else if (g_str_equal (text, "冲压车间"))
        in_area++;
      else
        {
          g_assert_cmpstr (text, ==, "");
          nowhere++;
        }
    }
  g_assert_no_error (error);
  g_assert_cmpuint (in_grid, ==, 2);
  g_assert_cmpuint (in_area, ==, 2);
  g_assert_cmpuint (in_grid + in_area + nowhere, ==, (guint) fy_ledger_count_rows (ledger, NULL));
}

static void
test_zones_over_capacity (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  /* A fifth person in a workshop for four: the headcount is marked. */
  g_assert_true (fy_zone_map_assign_staff (f->map, f->staff[7], f->green, 0, &error));
  g_assert_no_error (error);
  ledger = make_ledger (f->store, "zones", NULL, NULL, FALSE);
  rows = read_rows (ledger);
  g_assert_cmpstr (g_ptr_array_index (rows, 3), ==,
                   "4|一号厂区|冲压车间|Green zone|Workshop|320506-0101||张伟|138****5678|5!|4|备注");
}

static void
test_zones_unmasked (Fixture *f, gconstpointer data)
{
  g_autoptr(FyLedger) ledger = make_ledger (f->store, "zones", NULL, NULL, TRUE);
  g_autoptr(GPtrArray) rows = read_rows (ledger);

  g_assert_nonnull (strstr (g_ptr_array_index (rows, 0), "|13812345678|"));
  g_assert_nonnull (strstr (g_ptr_array_index (rows, 4), "|13900001111|"));
}

static void
test_history_period (Fixture *f, gconstpointer data)
{
  g_autoptr(FyLedger) all = make_ledger (f->store, "zone-history", TWO_AGO, TODAY, FALSE);
  g_autoptr(FyLedger) yesterday = make_ledger (f->store, "zone-history", YESTERDAY, YESTERDAY, FALSE);
  g_autoptr(FyLedger) today = make_ledger (f->store, "zone-history", NULL, NULL, FALSE);
  g_autoptr(FyLedger) before = make_ledger (f->store, "zone-history", "2026-11-01", "2026-11-19", FALSE);
  g_autoptr(GPtrArray) rows_all = read_rows (all);
  g_autoptr(GPtrArray) rows_y = read_rows (yesterday);
  g_autoptr(GPtrArray) rows_t = read_rows (today);

  g_assert_cmpuint (rows_all->len, ==, 7);
  g_assert_cmpstr (g_ptr_array_index (rows_all, 0), ==,
                   "2026-11-20 09:00|一号厂区|临时隔离区||Red zone!|Area drawn|谭浩旭");
  g_assert_cmpstr (g_ptr_array_index (rows_all, 2), ==,
                   "2026-11-20 09:00|一号厂区|成品仓库||Green zone|Area drawn|谭浩旭");

  /* 23:59:59 local belongs to yesterday, 00:00:00 to today. */
  g_assert_cmpuint (rows_y->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rows_y, 0), ==,
                   "2026-11-21 23:59|一号厂区|成品仓库|Green zone|Blue zone|外省货车司机增多|谭浩旭");
  g_assert_cmpstr (fy_ledger_get_from (today), ==, TODAY);
  g_assert_cmpuint (rows_t->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (rows_t, 0), ==,
                   "2026-11-22 00:00|一号厂区|成品仓库|Blue zone|Yellow zone!|出现密接|谭浩旭");
  g_assert_cmpstr (g_ptr_array_index (rows_t, 1), ==,
                   "2026-11-22 10:05|一号厂区|成品仓库|Yellow zone!|Blue zone|Earlier change undone|谭浩旭");
  g_assert_cmpint (fy_ledger_count_rows (before, NULL), ==, 0);
}

static void
test_history_deleted_area (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  /* The record outlives the area. */
  g_assert_true (fy_zone_map_delete_area (f->map, f->yellow, &error));
  g_assert_no_error (error);
  ledger = make_ledger (f->store, "zone-history", "2000-01-01", "2099-12-31", FALSE);
  rows = read_rows (ledger);
  g_assert_cmpuint (rows->len, ==, 8);
  /* Stamped today by fy-clock (pinned to TODAY at the real time of day, so
   * its place among today's rows varies). */
  {
    guint found = 0;

    for (guint i = 0; i < rows->len; i++)
      if (g_str_has_suffix (g_ptr_array_index (rows, i), "|一号厂区|密接宿舍|Yellow zone!||Area deleted|谭浩旭"))
        {
          g_assert_true (g_str_has_prefix (g_ptr_array_index (rows, i), TODAY " "));
          found++;
        }
    g_assert_cmpuint (found, ==, 1);
  }
}

static const char xlsx_check[] =
  "ws = wb.worksheets[0]\n"
  "assert ws['A1'].value.endswith('Zone Control Ledger'), ws['A1'].value\n"
  "headers = [c.value for c in ws[3]]\n"
  "assert headers == ['No.', 'Map', 'Area', 'Risk level', 'Function', 'Place code', 'Grid', 'Grid leader',"
  " 'Telephone', 'People assigned', 'Capacity', 'Note'], headers\n"
  "red = ws[4]\n"
  "assert red[2].value == '临时隔离区' and red[3].value == 'Red zone', [c.value for c in red]\n"
  "assert red[3].font.b, 'red level not highlighted'\n"
  "assert red[8].value == '138****5678', red[8].value\n"
  "assert red[9].data_type == 'n' and red[9].value == 0\n"
  "assert red[10].data_type == 'n' and red[10].value == 2\n"
  "blue = ws[6]\n"
  "assert blue[3].value == 'Blue zone' and not blue[3].font.b\n"
  "grid = ws[8]\n"
  "assert grid[6].value == '甲班网格' and grid[9].value == 2 and grid[10].value is None, [c.value for c in grid]\n"
  "texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]\n"
  "assert not any('13812345678' in t for t in texts)\n"
  "print('ok')\n";

static void
test_outputs (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) zones = make_ledger (f->store, "zones", NULL, NULL, FALSE);
  g_autoptr(FyLedger) history = make_ledger (f->store, "zone-history", TWO_AGO, TODAY, FALSE);
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *xlsx = g_build_filename (dir, "zones.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (dir, "zones.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "zones.csv", NULL);
  g_autofree char *hpdf = g_build_filename (dir, "history.pdf", NULL);
  g_autofree char *hcsv = g_build_filename (dir, "history.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  g_autofree char *htext = NULL;
  g_autofree char *data_csv = NULL;
  g_autofree char *data_hcsv = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (fy_ledger_export (zones, xlsx, NULL, NULL, NULL, &error));
  g_assert_true (fy_ledger_export (zones, pdf, NULL, NULL, NULL, &error));
  g_assert_true (fy_ledger_export (zones, csv, NULL, NULL, NULL, &error));
  g_assert_true (fy_ledger_export (history, hpdf, NULL, NULL, NULL, &error));
  g_assert_true (fy_ledger_export (history, hcsv, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  out = fy_test_read_xlsx (xlsx, xlsx_check, NULL);
  g_assert_cmpstr (out, ==, "ok\n");

  g_assert_cmpuint (fy_test_pdf_pages (pdf, NULL), ==, 1);
  text = fy_test_pdf_text (pdf);
  g_assert_nonnull (strstr (text, "临时隔离区"));
  g_assert_nonnull (strstr (text, "甲班网格"));
  g_assert_nonnull (strstr (text, "138****5678"));
  g_assert_null (strstr (text, "13812345678"));

  g_assert_true (g_file_get_contents (csv, &data_csv, NULL, NULL));
  lines = g_strsplit (data_csv, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 6);
  g_assert_nonnull (strstr (lines[0], "No.,Map,Area,Risk level,Function,Place code,Grid,Grid leader,"
                                      "Telephone,People assigned,Capacity,Note"));
  g_assert_nonnull (strstr (data_csv, "1,一号厂区,临时隔离区,Red zone,Other,320506-0901,,张伟,138****5678,0,2,备注"));
  g_assert_null (strstr (data_csv, "13812345678"));

  htext = fy_test_pdf_text (hpdf);
  g_assert_nonnull (strstr (htext, "外省货车司机增多"));
  g_assert_nonnull (strstr (htext, "2026-11-20"));
  g_assert_true (g_file_get_contents (hcsv, &data_hcsv, NULL, NULL));
  g_assert_nonnull (strstr (data_hcsv, "2026-11-22 10:05,一号厂区,成品仓库,Yellow zone,Blue zone,Earlier change undone,谭浩旭"));
}

/* ---- The zone summary on the same fixture --------------------------------- */

static void
test_summary_today (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneSummary) s = fy_zone_summary_new (f->store, NULL, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (s->day, ==, TODAY);
  g_assert_false (fy_zone_summary_is_empty (s));
  g_assert_cmpint (s->n_maps, ==, 1);
  g_assert_cmpint (s->n_areas, ==, 4);
  g_assert_cmpint (s->n_people, ==, 4);   /* the fifth left */
  for (int l = 0; l < FY_ZONE_N_LEVELS; l++)
    g_assert_cmpint (s->levels[l].n_areas, ==, 1);
  g_assert_cmpint (s->levels[FY_ZONE_LEVEL_GREEN].n_people, ==, 4);
  g_assert_cmpint (s->levels[FY_ZONE_LEVEL_GREEN].n_capacity, ==, 4);
  g_assert_cmpint (s->levels[FY_ZONE_LEVEL_RED].n_people, ==, 0);
  g_assert_cmpint (s->levels[FY_ZONE_LEVEL_RED].n_capacity, ==, 2);

  /* Today: blue → yellow at midnight, then undone at 10:05: counted as a
   * person would, nothing changed (the zone history ledger keeps both
   * rows); yesterday's change is not today's. */
  g_assert_cmpuint (s->changes->len, ==, 0);
  g_assert_cmpint (s->n_level_changes, ==, 0);
  for (int l = 0; l < FY_ZONE_N_LEVELS; l++)
    g_assert_cmpint (s->levels[l].n_entered + s->levels[l].n_left, ==, 0);

  text = fy_zone_summary_dup_text (s);
  g_assert_cmpstr (text, ==,
                   "Red zone: 1 area, 0 people\n"
                   "Yellow zone: 1 area, 0 people\n"
                   "Blue zone: 1 area, 0 people\n"
                   "Green zone: 1 area, 4 people\n"
                   "No area level changed on this day.");
}

static void
test_summary_other_days (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneSummary) y = fy_zone_summary_new (f->store, YESTERDAY, &error);
  g_autoptr(FyZoneSummary) d = fy_zone_summary_new (f->store, TWO_AGO, &error);
  g_autoptr(FyZoneSummary) quiet = fy_zone_summary_new (f->store, "2026-11-10", &error);
  g_autoptr(FyZoneSummary) bad = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (y->changes->len, ==, 1);
  g_assert_cmpint (y->levels[FY_ZONE_LEVEL_BLUE].n_entered, ==, 1);
  g_assert_cmpint (y->levels[FY_ZONE_LEVEL_GREEN].n_left, ==, 1);
  /* Counts are the current state whatever the day. */
  g_assert_cmpint (y->levels[FY_ZONE_LEVEL_GREEN].n_people, ==, 4);

  /* Drawing areas is not a level change, but it is listed. */
  g_assert_cmpuint (d->changes->len, ==, 4);
  g_assert_cmpint (d->n_level_changes, ==, 0);
  g_assert_cmpint (((FyZoneSummaryChange *) g_ptr_array_index (d->changes, 0))->kind, ==, FY_ZONE_CHANGE_CREATED);
  g_assert_cmpint (d->levels[FY_ZONE_LEVEL_GREEN].n_entered, ==, 2);
  text = fy_zone_summary_change_dup_text (g_ptr_array_index (d->changes, 0));
  g_assert_cmpstr (text, ==, "09:00 临时隔离区: drawn as Red zone");

  g_assert_cmpuint (quiet->changes->len, ==, 0);
  g_clear_pointer (&text, g_free);
  text = fy_zone_summary_dup_text (quiet);
  g_assert_true (g_str_has_suffix (text, "Green zone: 1 area, 4 people\nNo area level changed on this day."));

  bad = fy_zone_summary_new (f->store, "2026-02-30", &error);
  g_assert_null (bad);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
}

static void
test_summary_empty (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneSummary) s = fy_zone_summary_new (store, NULL, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (fy_zone_summary_is_empty (s));
  g_assert_cmpint (s->n_maps, ==, 0);
  g_assert_cmpint (s->n_areas, ==, 0);
  for (int l = 0; l < FY_ZONE_N_LEVELS; l++)
    g_assert_cmpint (s->levels[l].n_areas + s->levels[l].n_people + s->levels[l].n_entered, ==, 0);
  text = fy_zone_summary_dup_text (s);
  g_assert_cmpstr (text, ==, "");
}

/* An area drawn as "Area 21", renamed and made red the same day: one
 * change, under its name now, from nothing to red. */
static void
test_summary_net (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FY_TEST_LAST_REF FyZoneMap *map = fy_zone_map_create (store, "一号厂区", 100, 80, &error);
  g_autoptr(FyZoneArea) a = fy_zone_area_new ();
  g_autofree char *day = fy_today ();   /* the history is stamped by fy-clock */
  g_autoptr(FyZoneSummary) s = NULL;
  const FyZoneSummaryChange *c;
  FyPoint pts[4];
  gint64 id;

  g_assert_no_error (error);
  g_free (a->name);
  a->name = g_strdup ("Area 21");
  a->level = FY_ZONE_LEVEL_GREEN;
  a->shape = FY_ZONE_SHAPE_RECT;
  fy_rect_to_polygon (&(FyRect) { 10, 10, 40, 30 }, pts);
  fy_zone_area_set_points (a, pts, 4);
  id = fy_zone_map_add_area (map, a, &error);
  g_assert_no_error (error);
  g_free (a->name);
  a->name = g_strdup ("二号车间");
  a->id = id;
  g_assert_true (fy_zone_map_update_area (map, a, &error));
  g_assert_true (fy_zone_map_set_area_level (map, id, FY_ZONE_LEVEL_RED, "阳性", &error));
  g_assert_no_error (error);

  s = fy_zone_summary_new (store, day, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (s->changes->len, ==, 1);
  c = g_ptr_array_index (s->changes, 0);
  g_assert_cmpstr (c->area_name, ==, "二号车间");
  g_assert_cmpint (c->kind, ==, FY_ZONE_CHANGE_CREATED);
  g_assert_cmpint (c->new_level, ==, FY_ZONE_LEVEL_RED);
  g_assert_cmpint (s->n_level_changes, ==, 0);
  g_assert_cmpint (s->levels[FY_ZONE_LEVEL_RED].n_entered, ==, 1);
  g_assert_cmpint (s->levels[FY_ZONE_LEVEL_GREEN].n_entered, ==, 0);
}

int
main (int argc, char **argv)
{
  /* Before anything asks for the local time zone. */
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  fy_test_init (&argc, &argv, TODAY);

  g_test_add_func ("/zone-ledgers/registered", test_registered);
  g_test_add ("/zone-ledgers/zones/rows", Fixture, NULL, fixture_set_up, test_zones_rows, fixture_tear_down);
  g_test_add ("/zone-ledgers/zones/over-capacity", Fixture, NULL, fixture_set_up, test_zones_over_capacity,
              fixture_tear_down);
  g_test_add ("/zone-ledgers/roster-zone", Fixture, NULL, fixture_set_up, test_roster_zone, fixture_tear_down);
  g_test_add ("/zone-ledgers/zones/unmasked", Fixture, NULL, fixture_set_up, test_zones_unmasked, fixture_tear_down);
  g_test_add ("/zone-ledgers/history/period", Fixture, NULL, fixture_set_up, test_history_period, fixture_tear_down);
  g_test_add ("/zone-ledgers/history/deleted-area", Fixture, NULL, fixture_set_up, test_history_deleted_area,
              fixture_tear_down);
  g_test_add ("/zone-ledgers/outputs", Fixture, NULL, fixture_set_up, test_outputs, fixture_tear_down);
  g_test_add ("/zone-summary/today", Fixture, NULL, fixture_set_up, test_summary_today, fixture_tear_down);
  g_test_add ("/zone-summary/other-days", Fixture, NULL, fixture_set_up, test_summary_other_days, fixture_tear_down);
  g_test_add_func ("/zone-summary/empty", test_summary_empty);
  g_test_add_func ("/zone-summary/net", test_summary_net);
  return g_test_run ();
}
