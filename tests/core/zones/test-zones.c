/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Zone map model: save/load, undo/redo kept in step with the database,
 * level history, headcounts, warnings, bad input refused with nothing
 * changed, a failing transaction leaving memory and disk as they were. */
#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "fy-error.h"
#include "fy-staff.h"
#include "fy-store-private.h"
#include "fy-test-support.h"
#include "fy-zone-map-private.h"
#include "fy-zone-map.h"

static FyZoneArea *
make_rect (const char *name, FyZoneLevel level, double x0, double y0, double x1, double y1)
{
  FyZoneArea *a = fy_zone_area_new ();
  FyPoint pts[4];

  g_free (a->name);
  a->name = g_strdup (name);
  a->level = level;
  a->shape = FY_ZONE_SHAPE_RECT;
  a->function = FY_ZONE_FUNCTION_WORKSHOP;
  fy_rect_to_polygon (&(FyRect) { x0, y0, x1, y1 }, pts);
  fy_zone_area_set_points (a, pts, 4);
  return a;
}

static gint64
add_rect (FyZoneMap *map, const char *name, FyZoneLevel level, double x0, double y0, double x1, double y1)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneArea) a = make_rect (name, level, x0, y0, x1, y1);
  gint64 id = fy_zone_map_add_area (map, a, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_point (FyZoneMap *map, FyZonePointKind kind, double x, double y, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZonePoint) p = fy_zone_point_new ();
  gint64 id;

  p->kind = kind;
  p->x = x;
  p->y = y;
  g_free (p->name);
  p->name = g_strdup (name);
  id = fy_zone_map_add_point (map, p, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Everything a map holds, as text, for comparing states. */
static char *
describe (FyZoneMap *map)
{
  GString *s = g_string_new (NULL);
  g_autoptr(GPtrArray) grids = fy_zone_map_list_grids (map, 0);

  g_string_append_printf (s, "map %s %.3f×%.3f step %.3f mpp %.6f bg %d\n", fy_zone_map_get_name (map),
                          fy_zone_map_get_width (map), fy_zone_map_get_height (map),
                          fy_zone_map_get_grid_step (map), fy_zone_map_get_metres_per_pixel (map),
                          fy_zone_map_get_background (map) != NULL);
  for (guint i = 0; i < fy_zone_map_get_n_areas (map); i++)
    {
      const FyZoneArea *a = fy_zone_map_get_area (map, i);
      g_autoptr(GArray) staff = fy_zone_map_list_staff (map, a->id, 0);
      g_string_append_printf (s, "area %" G_GINT64_FORMAT " %s %s %s %s cap %d lead %" G_GINT64_FORMAT
                              " code '%s' note '%s' people %d [", a->id, a->name,
                              fy_zone_level_to_code (a->level), fy_zone_function_to_code (a->function),
                              a->shape == FY_ZONE_SHAPE_RECT ? "rect" : "poly", a->capacity,
                              a->leader_staff_id, a->place_code, a->note, fy_zone_map_get_headcount (map, a->id));
      for (guint k = 0; k < a->n_points; k++)
        g_string_append_printf (s, " %.3f,%.3f", a->points[k].x, a->points[k].y);
      g_string_append (s, " ] staff");
      for (guint k = 0; k < staff->len; k++)
        {
          gint64 id = g_array_index (staff, gint64, k), area, grid;
          fy_zone_map_get_assignment (map, id, &area, &grid);
          g_string_append_printf (s, " %" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, id, grid);
        }
      g_string_append_c (s, '\n');
    }
  for (guint i = 0; i < grids->len; i++)
    {
      const FyZoneGrid *g = grids->pdata[i];
      g_string_append_printf (s, "grid %" G_GINT64_FORMAT " in %" G_GINT64_FORMAT " %s lead %" G_GINT64_FORMAT
                              " people %d pts %u\n", g->id, g->area_id, g->name, g->leader_staff_id,
                              fy_zone_map_get_grid_headcount (map, g->id), g->n_points);
    }
  for (guint i = 0; i < fy_zone_map_get_n_points (map); i++)
    {
      const FyZonePoint *p = fy_zone_map_get_point (map, i);
      g_string_append_printf (s, "point %" G_GINT64_FORMAT " %s %.3f,%.3f %s '%s'\n", p->id,
                              fy_zone_point_kind_to_code (p->kind), p->x, p->y, p->name, p->place_code);
    }
  return g_string_free (s, FALSE);
}

/* The model in memory must equal what a fresh load reads from disk. */
static void
assert_saved_equals_shown (FyZoneMap *map)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyZoneMap *fresh = fy_zone_map_load (fy_zone_map_get_store (map), fy_zone_map_get_id (map), &error);
  g_autofree char *shown = describe (map);
  g_autofree char *saved = NULL;

  g_assert_no_error (error);
  saved = describe (fresh);
  g_assert_cmpstr (shown, ==, saved);
}

static FyZoneMap *
new_map (FyStore *store)
{
  g_autoptr(GError) error = NULL;
  FyZoneMap *map = fy_zone_map_create (store, "  一号厂区  ", 200, 120, &error);

  g_assert_no_error (error);
  g_assert_nonnull (map);
  return map;
}

static void
test_create_and_load (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FY_TEST_LAST_REF FyZoneMap *map = new_map (store);
  FY_TEST_LAST_REF FyZoneMap *back = NULL;
  g_autoptr(FyZoneArea) l = fy_zone_area_new ();
  g_autoptr(FyZoneGrid) grid = fy_zone_grid_new ();
  g_autoptr(GPtrArray) maps = NULL;
  const FyPoint ell[] = { { 0, 0 }, { 5, 0 }, { 5, 5 }, { 10, 5 }, { 10, 10 }, { 0, 10 } };
  gint64 a, b, g;

  g_assert_cmpstr (fy_zone_map_get_name (map), ==, "一号厂区");
  a = add_rect (map, "冲压车间", FY_ZONE_LEVEL_GREEN, 10, 10, 60, 40);
  g_free (l->name);
  l->name = g_strdup ("食堂");
  l->level = FY_ZONE_LEVEL_BLUE;
  l->function = FY_ZONE_FUNCTION_CANTEEN;
  l->capacity = 80;
  g_free (l->place_code);
  l->place_code = g_strdup ("ＣＳ－０１");   /* full-width: normalised */
  fy_zone_area_set_points (l, ell, G_N_ELEMENTS (ell));
  fy_polygon_translate (l->points, l->n_points, 100, 50);
  b = fy_zone_map_add_area (map, l, &error);
  g_assert_no_error (error);
  g_assert_cmpint (b, >, a);

  g_free (grid->name);
  grid->name = g_strdup ("一网格");
  grid->area_id = a;
  g = fy_zone_map_add_grid (map, grid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g, >, 0);
  add_point (map, FY_ZONE_POINT_ENTRANCE, 0, 20, "东门");

  g_assert_cmpuint (fy_zone_map_get_n_areas (map), ==, 2);
  g_assert_cmpstr (fy_zone_map_lookup_area (map, b)->place_code, ==, "CS-01");
  g_assert_cmpint (fy_zone_map_lookup_area (map, b)->shape, ==, FY_ZONE_SHAPE_POLYGON);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_area"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_grid"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_point"), ==, 1);
  /* Drawing an area is its first history entry. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history WHERE kind = 'create'"), ==, 2);
  assert_saved_equals_shown (map);

  back = fy_zone_map_load (store, fy_zone_map_get_id (map), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (fy_zone_map_lookup_area (back, b)->points[3].x, ==, 110);
  g_assert_cmpint (fy_zone_map_lookup_area (back, b)->capacity, ==, 80);
  g_assert_false (fy_zone_map_can_undo (back));   /* a fresh load has no history to undo */

  maps = fy_zone_map_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (maps->len, ==, 1);
  g_assert_cmpstr (((FyZoneMapInfo *) maps->pdata[0])->name, ==, "一号厂区");

  g_assert_finalize_object (g_steal_pointer (&back));
  g_assert_null (fy_zone_map_load (store, 9999, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
}

static void
test_undo_redo (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FY_TEST_LAST_REF FyZoneMap *map = new_map (store);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(FyZoneGrid) grid = fy_zone_grid_new ();
  gint64 a, b, g, person;

  person = fy_test_add_staff (store, "A001", "张伟", NULL);
  g_ptr_array_add (states, describe (map));                         /* 0: empty */
  a = add_rect (map, "仓库", FY_ZONE_LEVEL_GREEN, 0, 0, 20, 10);
  g_ptr_array_add (states, describe (map));                         /* 1 */
  g_assert_true (fy_zone_map_move_area (map, a, 5, 5, &error));
  g_ptr_array_add (states, describe (map));                         /* 2 */
  g_assert_true (fy_zone_map_set_area_level (map, a, FY_ZONE_LEVEL_YELLOW, "密接在此作业", &error));
  g_ptr_array_add (states, describe (map));                         /* 3 */
  g_free (grid->name);
  grid->name = g_strdup ("A 网格");
  grid->area_id = a;
  g = fy_zone_map_add_grid (map, grid, &error);
  g_assert_cmpint (g, >, 0);
  g_ptr_array_add (states, describe (map));                         /* 4 */
  g_assert_true (fy_zone_map_assign_staff (map, person, a, g, &error));
  g_assert_no_error (error);
  g_ptr_array_add (states, describe (map));                         /* 5 */
  b = add_rect (map, "办公室", FY_ZONE_LEVEL_GREEN, 50, 50, 70, 60);
  g_assert_true (fy_zone_map_delete_area (map, a, &error));         /* takes grid + person along */
  g_ptr_array_add (states, describe (map));                         /* 6 */
  g_assert_no_error (error);
  g_assert_null (fy_zone_map_lookup_area (map, a));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff_zone"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_grid"), ==, 0);
  assert_saved_equals_shown (map);
  g_assert_cmpstr (fy_zone_map_get_undo_label (map), ==, "Delete area");

  /* Undo everything but the first step, checking disk and memory each time. */
  g_assert_true (fy_zone_map_undo (map, &error));                   /* area back with grid and person */
  g_assert_no_error (error);
  assert_saved_equals_shown (map);
  g_assert_cmpint (fy_zone_map_get_grid_headcount (map, g), ==, 1);
  g_assert_true (fy_zone_map_undo (map, &error));                   /* office gone */
  g_assert_null (fy_zone_map_lookup_area (map, b));
  {
    g_autofree char *now = describe (map);
    g_assert_cmpstr (now, ==, states->pdata[5]);
  }
  for (int k = 4; k >= 1; k--)
    {
      g_autofree char *now = NULL;
      g_assert_true (fy_zone_map_undo (map, &error));
      g_assert_no_error (error);
      now = describe (map);
      g_assert_cmpstr (now, ==, states->pdata[k]);
      assert_saved_equals_shown (map);
    }
  g_assert_cmpint (fy_zone_map_lookup_area (map, a)->level, ==, FY_ZONE_LEVEL_GREEN);

  /* Redo twice, then a new edit drops the rest of the redo stack. */
  g_assert_true (fy_zone_map_redo (map, &error));
  g_assert_true (fy_zone_map_redo (map, &error));
  {
    g_autofree char *now = describe (map);
    g_assert_cmpstr (now, ==, states->pdata[3]);
  }
  assert_saved_equals_shown (map);
  g_assert_true (fy_zone_map_can_redo (map));
  g_assert_true (fy_zone_map_rename (map, "二号厂区", &error));
  g_assert_false (fy_zone_map_can_redo (map));
  g_assert_false (fy_zone_map_redo (map, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_saved_equals_shown (map);

  /* Back to the very start: the database is empty of areas again. */
  while (fy_zone_map_can_undo (map))
    g_assert_true (fy_zone_map_undo (map, &error));
  g_assert_no_error (error);
  {
    g_autofree char *now = describe (map);
    g_assert_cmpstr (now, ==, states->pdata[0]);
  }
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_area"), ==, 0);
  assert_saved_equals_shown (map);
}

static void
test_level_history (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FY_TEST_LAST_REF FyZoneMap *map = new_map (store);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 a;

  fy_store_set_actor (store, "王专员");
  a = add_rect (map, "二车间", FY_ZONE_LEVEL_GREEN, 0, 0, 30, 30);

  /* No reason, no change. */
  g_assert_false (fy_zone_map_set_area_level (map, a, FY_ZONE_LEVEL_RED, "   ", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "why"));
  g_clear_error (&error);
  g_assert_cmpint (fy_zone_map_lookup_area (map, a)->level, ==, FY_ZONE_LEVEL_GREEN);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history WHERE kind = 'change'"), ==, 0);

  g_assert_true (fy_zone_map_set_area_level (map, a, FY_ZONE_LEVEL_RED, "核酸阳性 1 例", &error));
  g_assert_no_error (error);
  stmt = fy_store_prepare (store, "SELECT area_id, area_name, old_level, new_level, reason, actor, is_undo, at"
                                  " FROM zone_history WHERE kind = 'change' ORDER BY id", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, a);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "二车间");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "green");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "red");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, "核酸阳性 1 例");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 5), ==, "王专员");
  g_assert_cmpint (sqlite3_column_int (stmt, 6), ==, 0);
  /* Stamped by fy-clock (pinned here), not by SQLite's own clock. */
  g_assert_cmpint (llabs (sqlite3_column_int64 (stmt, 7) - fy_now ()), <=, 2);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* Undo is history too: a second row going back, flagged as an undo. */
  g_assert_true (fy_zone_map_undo (map, &error));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history WHERE kind = 'change'"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history WHERE kind = 'change' AND is_undo = 1"
                                      " AND old_level = 'red' AND new_level = 'green'"), ==, 1);
  /* Same level again is not a change. */
  g_assert_true (fy_zone_map_set_area_level (map, a, FY_ZONE_LEVEL_GREEN, "", &error));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history WHERE kind = 'change'"), ==, 2);

  /* Deleting the area keeps its history (and says so). */
  g_assert_true (fy_zone_map_delete_area (map, a, &error));
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM zone_history WHERE area_id = %" G_GINT64_FORMAT, a);
    g_assert_cmpint (fy_test_query_int (store, sql), ==, 4);   /* create, change, undo, delete */
  }
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history WHERE kind = 'delete'"), ==, 1);
}

static void
test_headcount_and_warnings (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FY_TEST_LAST_REF FyZoneMap *map = new_map (store);
  FY_TEST_LAST_REF FyZoneMap *other = NULL;
  g_autoptr(FyZoneGrid) grid = fy_zone_grid_new ();
  g_autoptr(FyZoneArea) values = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  gint64 a, b, g, p1, p2, p3, p4, iso, obs, gate, c;

  p1 = fy_test_add_staff (store, "E1", "甲", NULL);
  p2 = fy_test_add_staff (store, "E2", "乙", NULL);
  p3 = fy_test_add_staff (store, "E3", "丙", NULL);
  p4 = fy_test_add_staff (store, "E4", "丁", NULL);
  a = add_rect (map, "装配车间", FY_ZONE_LEVEL_GREEN, 0, 0, 40, 40);
  b = add_rect (map, "隔离区", FY_ZONE_LEVEL_YELLOW, 50, 0, 80, 30);
  g_free (grid->name);
  grid->name = g_strdup ("一组");
  grid->area_id = a;
  grid->leader_staff_id = p1;
  g = fy_zone_map_add_grid (map, grid, &error);
  g_assert_no_error (error);

  g_assert_true (fy_zone_map_assign_staff (map, p1, a, g, &error));
  g_assert_true (fy_zone_map_assign_staff (map, p2, a, 0, &error));
  g_assert_true (fy_zone_map_assign_staff (map, p3, a, g, &error));
  g_assert_true (fy_zone_map_assign_staff (map, p4, b, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_zone_map_get_headcount (map, a), ==, 3);
  g_assert_cmpint (fy_zone_map_get_grid_headcount (map, g), ==, 2);
  g_assert_cmpint (fy_zone_map_get_headcount (map, b), ==, 1);

  /* A grid of another area is refused. */
  g_assert_false (fy_zone_map_assign_staff (map, p4, b, g, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  /* Someone not in the roster too. */
  g_assert_false (fy_zone_map_assign_staff (map, 4242, a, 0, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Moving a person between areas is one row, not two. */
  g_assert_true (fy_zone_map_assign_staff (map, p2, b, 0, &error));
  g_assert_cmpint (fy_zone_map_get_headcount (map, a), ==, 2);
  g_assert_cmpint (fy_zone_map_get_headcount (map, b), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff_zone"), ==, 4);
  g_assert_true (fy_zone_map_undo (map, &error));
  g_assert_cmpint (fy_zone_map_get_headcount (map, a), ==, 3);

  /* Someone who left no longer counts (after the roster changes). */
  g_assert_true (fy_staff_mark_left (store, p3, "2026-11-20", &error));
  g_assert_no_error (error);
  g_assert_true (fy_zone_map_refresh_staff (map, &error));
  g_assert_cmpint (fy_zone_map_get_headcount (map, a), ==, 2);
  g_assert_cmpint (fy_zone_map_get_grid_headcount (map, g), ==, 1);

  /* Deleting the grid keeps its people in the area; undo puts them back. */
  g_assert_true (fy_zone_map_delete_grid (map, g, &error));
  g_assert_cmpint (fy_zone_map_get_headcount (map, a), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff_zone WHERE grid_id IS NOT NULL"), ==, 0);
  g_assert_true (fy_zone_map_undo (map, &error));
  g_assert_cmpint (fy_zone_map_get_grid_headcount (map, g), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff_zone WHERE grid_id IS NOT NULL"), ==, 2);
  assert_saved_equals_shown (map);

  /* A person on another map is moved, and undo moves them back there. */
  other = fy_zone_map_create (store, "二号厂区", 50, 50, &error);
  c = add_rect (other, "门卫室", FY_ZONE_LEVEL_GREEN, 0, 0, 5, 5);
  g_assert_true (fy_zone_map_assign_staff (other, p4, c, 0, &error));
  g_assert_no_error (error);
  g_assert_true (fy_zone_map_refresh_staff (map, &error));
  g_assert_cmpint (fy_zone_map_get_headcount (map, b), ==, 0);
  g_assert_true (fy_zone_map_undo (other, &error));
  g_assert_true (fy_zone_map_refresh_staff (map, &error));
  g_assert_cmpint (fy_zone_map_get_headcount (map, b), ==, 1);

  /* Warnings: over capacity, isolation not in red, observation not in yellow, gate without code. */
  values = fy_zone_area_copy (fy_zone_map_lookup_area (map, a));
  values->capacity = 1;
  g_assert_true (fy_zone_map_update_area (map, values, &error));
  iso = add_point (map, FY_ZONE_POINT_ISOLATION, 10, 10, "临时隔离点");
  obs = add_point (map, FY_ZONE_POINT_OBSERVATION, 60, 10, "观察点");   /* in the yellow area: fine */
  gate = add_point (map, FY_ZONE_POINT_ENTRANCE, 0, 45, "北门");
  warnings = fy_zone_map_check (map);
  g_assert_cmpuint (warnings->len, ==, 3);
  g_assert_cmpint (((FyZoneWarning *) warnings->pdata[0])->kind, ==, FY_ZONE_WARNING_ISOLATION_NOT_IN_RED);
  g_assert_cmpint (((FyZoneWarning *) warnings->pdata[0])->point_id, ==, iso);
  g_assert_cmpint (((FyZoneWarning *) warnings->pdata[0])->area_id, ==, a);
  g_assert_nonnull (strstr (((FyZoneWarning *) warnings->pdata[0])->message, "临时隔离点"));
  g_assert_cmpint (((FyZoneWarning *) warnings->pdata[1])->kind, ==, FY_ZONE_WARNING_ENTRANCE_WITHOUT_PLACE_CODE);
  g_assert_cmpint (((FyZoneWarning *) warnings->pdata[1])->point_id, ==, gate);
  g_assert_cmpint (((FyZoneWarning *) warnings->pdata[2])->kind, ==, FY_ZONE_WARNING_OVER_CAPACITY);
  g_assert_nonnull (strstr (((FyZoneWarning *) warnings->pdata[2])->message, "2 people"));
  g_clear_pointer (&warnings, g_ptr_array_unref);

  /* Fix them: the area turns red, the observation point moves out of yellow. */
  g_assert_true (fy_zone_map_set_area_level (map, a, FY_ZONE_LEVEL_RED, "阳性", &error));
  g_assert_true (fy_zone_map_move_point (map, obs, (FyPoint) { 45, 45 }, &error));
  warnings = fy_zone_map_check (map);
  g_assert_cmpuint (warnings->len, ==, 3);
  g_assert_cmpint (((FyZoneWarning *) warnings->pdata[0])->kind, ==, FY_ZONE_WARNING_OBSERVATION_NOT_IN_YELLOW);
  /* A symbol exactly on the red area's edge is inside it. */
  g_assert_true (fy_zone_map_move_point (map, iso, (FyPoint) { 40, 20 }, &error));
  g_clear_pointer (&warnings, g_ptr_array_unref);
  warnings = fy_zone_map_check (map);
  for (guint i = 0; i < warnings->len; i++)
    g_assert_cmpint (((FyZoneWarning *) warnings->pdata[i])->kind, !=, FY_ZONE_WARNING_ISOLATION_NOT_IN_RED);
}

/* Snapshot of what a refused edit must not change. */
static char *
disk_state (FyStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store,
      "SELECT (SELECT group_concat(id || name || level || geometry || capacity, '|') FROM zone_area)"
      " || (SELECT group_concat(name || updated_at || ifnull(length(background), 0), '|') FROM zone_map)"
      " || (SELECT count(*) FROM zone_history) || (SELECT count(*) FROM zone_point)", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static guint32
crc32_of (const guchar *data, gsize len)
{
  guint32 crc = 0xFFFFFFFFu;

  for (gsize i = 0; i < len; i++)
    {
      crc ^= data[i];
      for (int k = 0; k < 8; k++)
        crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
    }
  return ~crc;
}

static void
put_chunk (GByteArray *png, const char *type, const guchar *data, guint32 len)
{
  guchar be[4] = { len >> 24, len >> 16, len >> 8, len };
  g_autoptr(GByteArray) body = g_byte_array_new ();
  guint32 crc;

  g_byte_array_append (png, be, 4);
  g_byte_array_append (body, (const guchar *) type, 4);
  g_byte_array_append (body, data, len);
  crc = crc32_of (body->data, body->len);
  g_byte_array_append (png, body->data, body->len);
  be[0] = crc >> 24; be[1] = crc >> 16; be[2] = crc >> 8; be[3] = crc;
  g_byte_array_append (png, be, 4);
}

/* A PNG that claims w × h pixels: a valid header and a first bit of data.
 * Decoding it fully would need gigabytes; refusing it must not. */
static GBytes *
make_png_header (guint32 w, guint32 h)
{
  static const guchar sig[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  /* zlib stream start (deflate, no compression block header follows) */
  static const guchar idat[] = { 0x78, 0x9c, 0x00, 0x00, 0x00, 0xff, 0xff };
  guchar ihdr[13] = { w >> 24, w >> 16, w >> 8, w, h >> 24, h >> 16, h >> 8, h, 8, 0, 0, 0, 0 };
  GByteArray *png = g_byte_array_new ();

  g_byte_array_append (png, sig, sizeof sig);
  put_chunk (png, "IHDR", ihdr, sizeof ihdr);
  put_chunk (png, "IDAT", idat, sizeof idat);
  return g_byte_array_free_to_bytes (png);
}

static GBytes *
make_png (int w, int h)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  cairo_t *cr = cairo_create (s);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_rectangle (cr, w / 4.0, h / 4.0, w / 2.0, h / 2.0);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (s, fy_test_append_bytes_cb, png);
  cairo_surface_destroy (s);
  return g_byte_array_free_to_bytes (png);
}

#define ASSERT_REFUSED(call, fragment)                                      \
  G_STMT_START {                                                            \
    g_autofree char *after_ = NULL;                                         \
    g_autofree char *mem_ = NULL;                                           \
    g_assert_false (call);                                                  \
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);                     \
    if (strstr (error->message, fragment) == NULL)                          \
      g_error ("message “%s” lacks “%s”", error->message, fragment);        \
    g_clear_error (&error);                                                 \
    after_ = disk_state (store);                                            \
    g_assert_cmpstr (after_, ==, before);                                   \
    mem_ = describe (map);                                                  \
    g_assert_cmpstr (mem_, ==, shown);                                      \
    g_assert_cmpstr (fy_zone_map_get_undo_label (map), ==, undo_label);     \
  } G_STMT_END

static void
test_bad_input (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FY_TEST_LAST_REF FyZoneMap *map = new_map (store);
  g_autoptr(FyZoneArea) area = NULL;
  g_autoptr(FyZoneGrid) grid = fy_zone_grid_new ();
  g_autoptr(GBytes) text = g_bytes_new_static ("hello, not an image", 19);
  g_autoptr(GBytes) bomb = make_png_header (20000, 20000);
  g_autoptr(GBytes) good = make_png (64, 48);
  g_autoptr(GBytes) truncated = g_bytes_new_from_bytes (good, 0, g_bytes_get_size (good) / 2);
  g_autofree char *before = NULL;
  g_autofree char *shown = NULL;
  const FyPoint bowtie[] = { { 0, 0 }, { 10, 10 }, { 10, 0 }, { 0, 10 } };
  const FyPoint two[] = { { 0, 0 }, { 10, 10 } };
  const char *undo_label;
  gint64 a, tri, pt;
  gint64 t0;

  a = add_rect (map, "仓库", FY_ZONE_LEVEL_BLUE, 0, 0, 20, 20);
  area = make_rect ("三角", FY_ZONE_LEVEL_GREEN, 0, 0, 1, 1);
  fy_zone_area_set_points (area, (FyPoint[]) { { 30, 0 }, { 40, 0 }, { 35, 8 } }, 3);
  tri = fy_zone_map_add_area (map, area, &error);
  g_assert_no_error (error);
  g_clear_pointer (&area, fy_zone_area_free);
  pt = add_point (map, FY_ZONE_POINT_SAMPLING, 5, 5, "采样屋");
  /* updated_at has one-second resolution: make any later write visible. */
  t0 = fy_test_query_int (store, "SELECT updated_at FROM zone_map");
  g_assert_true (fy_store_exec (store, "UPDATE zone_map SET updated_at = 0", NULL));
  before = disk_state (store);
  shown = describe (map);
  undo_label = fy_zone_map_get_undo_label (map);
  g_assert_cmpint (t0, >, 0);

  area = make_rect ("交叉", FY_ZONE_LEVEL_GREEN, 0, 0, 1, 1);
  fy_zone_area_set_points (area, bowtie, 4);
  ASSERT_REFUSED (fy_zone_map_add_area (map, area, &error) != 0, "cross");
  fy_zone_area_set_points (area, two, 2);
  ASSERT_REFUSED (fy_zone_map_add_area (map, area, &error) != 0, "at least 3");
  ASSERT_REFUSED (fy_zone_map_set_area_points (map, a, bowtie, 4, &error), "cross");
  ASSERT_REFUSED (fy_zone_map_remove_vertex (map, tri, 0, &error), "at least 3");
  /* Dragging a box's corner onto the opposite one collapses it. */
  ASSERT_REFUSED (fy_zone_map_move_vertex (map, a, 0, (FyPoint) { 20, 20 }, &error), "same spot");
  ASSERT_REFUSED (fy_zone_map_move_area (map, a, NAN, 0, &error), "outside the map");

  g_clear_pointer (&area, fy_zone_area_free);
  area = fy_zone_area_copy (fy_zone_map_lookup_area (map, a));
  area->capacity = -1;
  ASSERT_REFUSED (fy_zone_map_update_area (map, area, &error), "negative");
  area->capacity = 10;
  g_free (area->name);
  area->name = g_strdup ("   ");
  ASSERT_REFUSED (fy_zone_map_update_area (map, area, &error), "name");
  g_free (area->name);
  area->name = g_strdup ("名\u202e称");
  ASSERT_REFUSED (fy_zone_map_update_area (map, area, &error), "invisible");
  g_free (area->name);
  area->name = g_strnfill (65, 'x');
  ASSERT_REFUSED (fy_zone_map_update_area (map, area, &error), "too long");
  g_free (area->name);
  area->name = g_strdup ("仓库");
  area->leader_staff_id = 777;
  g_assert_false (fy_zone_map_update_area (map, area, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  grid->area_id = a;
  ASSERT_REFUSED (fy_zone_map_add_grid (map, grid, &error) != 0, "grid");
  ASSERT_REFUSED (fy_zone_map_move_point (map, pt, (FyPoint) { INFINITY, 0 }, &error), "outside the map");

  ASSERT_REFUSED (fy_zone_map_set_background (map, text, &error), "PNG or JPEG");
  ASSERT_REFUSED (fy_zone_map_set_background (map, bomb, &error), "too large");
  ASSERT_REFUSED (fy_zone_map_set_background (map, truncated, &error), "damaged");
  ASSERT_REFUSED (fy_zone_map_set_size (map, -5, 10, &error), "between");
  ASSERT_REFUSED (fy_zone_map_rename (map, "", &error), "name");
  ASSERT_REFUSED (fy_zone_map_calibrate (map, (FyPoint) { 0, 0 }, (FyPoint) { 0, 0 }, 10, &error), "longer line");
  ASSERT_REFUSED (fy_zone_map_calibrate (map, (FyPoint) { 0, 0 }, (FyPoint) { 10, 0 }, -3, &error), "length");

  /* The header check alone refuses the bomb and reports its size. */
  g_assert_false (fy_zone_check_image (bomb, NULL, NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "20000"));
  g_clear_error (&error);
  {
    const char *type = NULL;
    int w = 0, h = 0;
    g_assert_true (fy_zone_check_image (good, &type, &w, &h, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (type, ==, "png");
    g_assert_cmpint (w, ==, 64);
    g_assert_cmpint (h, ==, 48);
  }
}

static void
test_failed_transaction_changes_nothing (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FY_TEST_LAST_REF FyZoneMap *map = new_map (store);
  g_autofree char *shown = NULL;
  gint64 a;

  a = add_rect (map, "宿舍", FY_ZONE_LEVEL_GREEN, 0, 0, 10, 10);
  shown = describe (map);
  /* The history insert fails after the area row was already updated. */
  g_assert_true (fy_store_exec (store,
      "CREATE TRIGGER no_history BEFORE INSERT ON zone_history BEGIN SELECT RAISE(ABORT, 'test'); END", NULL));
  g_assert_false (fy_zone_map_set_area_level (map, a, FY_ZONE_LEVEL_RED, "测试", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  {
    g_autofree char *now = describe (map);
    g_assert_cmpstr (now, ==, shown);
  }
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_area WHERE level = 'green'"), ==, 1);
  g_assert_false (fy_store_in_transaction (store));
  assert_saved_equals_shown (map);

  /* Undo that cannot be written stays on the stack, with everything as it was. */
  g_assert_false (fy_zone_map_undo (map, &error));   /* deleting writes a 'delete' history row */
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_nonnull (fy_zone_map_lookup_area (map, a));
  g_assert_true (fy_zone_map_can_undo (map));
  assert_saved_equals_shown (map);
  g_assert_true (fy_store_exec (store, "DROP TRIGGER no_history", NULL));
  g_assert_true (fy_zone_map_undo (map, &error));
  g_assert_null (fy_zone_map_lookup_area (map, a));
  assert_saved_equals_shown (map);
}

static void
test_shape_edits (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FY_TEST_LAST_REF FyZoneMap *map = new_map (store);
  const FyZoneArea *area;
  gint64 a;

  a = add_rect (map, "办公楼", FY_ZONE_LEVEL_GREEN, 10, 10, 30, 20);
  /* Dragging the bottom-right corner keeps a rectangle. */
  g_assert_true (fy_zone_map_move_vertex (map, a, 2, (FyPoint) { 40, 35 }, &error));
  area = fy_zone_map_lookup_area (map, a);
  g_assert_cmpint (area->shape, ==, FY_ZONE_SHAPE_RECT);
  g_assert_cmpfloat (area->points[1].x, ==, 40);   /* top-right follows in x */
  g_assert_cmpfloat (area->points[1].y, ==, 10);
  g_assert_cmpfloat (area->points[3].x, ==, 10);   /* bottom-left follows in y */
  g_assert_cmpfloat (area->points[3].y, ==, 35);
  g_assert_cmpfloat (area->bounds.x1, ==, 40);

  /* Resize maps the bounds (flipped handles are normalised). */
  g_assert_true (fy_zone_map_resize_area (map, a, &(FyRect) { 60, 50, 0, 0 }, &error));
  area = fy_zone_map_lookup_area (map, a);
  g_assert_cmpfloat (area->bounds.x0, ==, 0);
  g_assert_cmpfloat (area->bounds.y1, ==, 50);

  /* A new corner makes it a polygon; moving it then moves only that corner. */
  g_assert_true (fy_zone_map_insert_vertex (map, a, 1, (FyPoint) { 30, -10 }, &error));
  area = fy_zone_map_lookup_area (map, a);
  g_assert_cmpint (area->shape, ==, FY_ZONE_SHAPE_POLYGON);
  g_assert_cmpuint (area->n_points, ==, 5);
  g_assert_true (fy_zone_map_move_vertex (map, a, 1, (FyPoint) { 30, -5 }, &error));
  area = fy_zone_map_lookup_area (map, a);
  g_assert_cmpfloat (area->points[0].y, ==, 0);
  g_assert_cmpfloat (area->points[1].y, ==, -5);
  g_assert_no_error (error);
  assert_saved_equals_shown (map);

  /* Raise/lower decide which overlapping area a click selects. */
  {
    gint64 b = add_rect (map, "红区小屋", FY_ZONE_LEVEL_RED, 5, 5, 15, 15);
    g_assert_cmpint (fy_zone_map_hit_area (map, 10, 10), ==, b);
    g_assert_true (fy_zone_map_raise_area (map, b, FALSE, &error));
    g_assert_cmpint (fy_zone_map_hit_area (map, 10, 10), ==, a);
    assert_saved_equals_shown (map);
    g_assert_true (fy_zone_map_undo (map, &error));
    g_assert_cmpint (fy_zone_map_hit_area (map, 10, 10), ==, b);
  }
}

static void
test_hit_and_snap (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyZoneMap *map = new_map (NULL);   /* in memory only */
  FyZoneHit hit;
  FyPoint out;
  gint64 a, b, p;

  a = add_rect (map, "A", FY_ZONE_LEVEL_GREEN, 0, 0, 10, 10);
  b = add_rect (map, "B", FY_ZONE_LEVEL_BLUE, 20, 0, 30, 10);
  p = add_point (map, FY_ZONE_POINT_LOCKER, 25, 5, "快递柜");

  g_assert_cmpint (fy_zone_map_hit_area (map, 5, 5), ==, a);
  g_assert_cmpint (fy_zone_map_hit_area (map, 15, 5), ==, 0);
  hit = fy_zone_map_hit_test (map, 25.2, 5.1, 0.5, 0);
  g_assert_cmpint (hit.kind, ==, FY_ZONE_HIT_POINT);
  g_assert_cmpint (hit.id, ==, p);
  hit = fy_zone_map_hit_test (map, 27, 5, 0.5, 0);
  g_assert_cmpint (hit.kind, ==, FY_ZONE_HIT_AREA);
  g_assert_cmpint (hit.id, ==, b);
  /* Vertices and edges only of the selected area. */
  hit = fy_zone_map_hit_test (map, 10.2, 9.8, 0.5, a);
  g_assert_cmpint (hit.kind, ==, FY_ZONE_HIT_VERTEX);
  g_assert_cmpint (hit.index, ==, 2);
  hit = fy_zone_map_hit_test (map, 10.3, 5, 0.5, a);
  g_assert_cmpint (hit.kind, ==, FY_ZONE_HIT_EDGE);
  g_assert_cmpint (hit.index, ==, 1);
  g_assert_cmpfloat (hit.at.x, ==, 10);
  hit = fy_zone_map_hit_test (map, 10.3, 5, 0.5, 0);
  g_assert_cmpint (hit.kind, ==, FY_ZONE_HIT_NONE);

  /* Snap to another area's corner, else to the 1 m grid. */
  g_assert_true (fy_zone_map_snap (map, (FyPoint) { 19.7, 0.2 }, 0.5, 0, TRUE, &out));
  g_assert_cmpfloat (out.x, ==, 20);
  g_assert_cmpfloat (out.y, ==, 0);
  g_assert_false (fy_zone_map_snap (map, (FyPoint) { 19.7, 0.2 }, 0.5, b, TRUE, &out));
  g_assert_cmpfloat (out.x, ==, 20);   /* grid */
  g_assert_false (fy_zone_map_snap (map, (FyPoint) { 14.4, 3.6 }, 0.5, 0, FALSE, &out));
  g_assert_cmpfloat (out.x, ==, 14.4);

  /* Without a store, edits still undo. */
  g_assert_true (fy_zone_map_delete_area (map, a, &error));
  g_assert_true (fy_zone_map_undo (map, &error));
  g_assert_cmpint (fy_zone_map_hit_area (map, 5, 5), ==, a);
}

static void
test_background_and_calibrate (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FY_TEST_LAST_REF FyZoneMap *map = new_map (store);
  FY_TEST_LAST_REF FyZoneMap *back = NULL;
  g_autoptr(GBytes) png = make_png (400, 300);
  int w, h;
  gint64 a, p;

  a = add_rect (map, "车间", FY_ZONE_LEVEL_GREEN, 10, 10, 20, 20);
  p = add_point (map, FY_ZONE_POINT_DISINFECTION, 30, 30, "");
  g_assert_true (fy_zone_map_set_background (map, png, &error));
  g_assert_no_error (error);
  /* The plan starts as wide as the map: 200 m / 400 px. */
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_metres_per_pixel (map), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_height (map), 150, 1e-9);
  fy_zone_map_get_background_size (map, &w, &h);
  g_assert_cmpint (w, ==, 400);
  g_assert_cmpint (h, ==, 300);
  g_assert_cmpint (fy_test_query_int (store, "SELECT length(background) FROM zone_map"), ==, g_bytes_get_size (png));
  /* A map with a plan takes its size from it. */
  g_assert_false (fy_zone_map_set_size (map, 10, 10, &error));
  g_clear_error (&error);

  /* A 20 m line that really is 10 m: everything halves. */
  g_assert_true (fy_zone_map_calibrate (map, (FyPoint) { 0, 0 }, (FyPoint) { 12, 16 }, 10, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_metres_per_pixel (map), 0.25, 1e-12);
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_width (map), 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (fy_zone_map_lookup_area (map, a)->points[2].x, 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (fy_zone_map_lookup_point (map, p)->y, 15, 1e-9);
  assert_saved_equals_shown (map);

  back = fy_zone_map_load (store, fy_zone_map_get_id (map), &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (fy_zone_map_get_background (back), png));

  /* One undo restores scale, drawing and symbols together. */
  g_assert_true (fy_zone_map_undo (map, &error));
  g_assert_cmpfloat_with_epsilon (fy_zone_map_lookup_area (map, a)->points[2].x, 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (fy_zone_map_get_metres_per_pixel (map), 0.5, 1e-12);
  assert_saved_equals_shown (map);
  /* Removing the plan, and undoing that, rewrites the image. */
  g_assert_true (fy_zone_map_set_background (map, NULL, &error));
  g_assert_cmpint (fy_test_query_int (store, "SELECT background IS NULL FROM zone_map"), ==, 1);
  g_assert_true (fy_zone_map_undo (map, &error));
  g_assert_cmpint (fy_test_query_int (store, "SELECT length(background) FROM zone_map"), ==, g_bytes_get_size (png));
  assert_saved_equals_shown (map);

  g_assert_true (fy_zone_map_delete_saved (store, fy_zone_map_get_id (map), &error));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_area"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM zone_history"), ==, 0);
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, "2026-11-22");
  g_test_add_func ("/zones/create-and-load", test_create_and_load);
  g_test_add_func ("/zones/undo-redo", test_undo_redo);
  g_test_add_func ("/zones/level-history", test_level_history);
  g_test_add_func ("/zones/headcount-and-warnings", test_headcount_and_warnings);
  g_test_add_func ("/zones/bad-input", test_bad_input);
  g_test_add_func ("/zones/failed-transaction", test_failed_transaction_changes_nothing);
  g_test_add_func ("/zones/shape-edits", test_shape_edits);
  g_test_add_func ("/zones/hit-and-snap", test_hit_and_snap);
  g_test_add_func ("/zones/background-and-calibrate", test_background_and_calibrate);
  return g_test_run ();
}
