/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Several people assigned in one edit: one undo step and one transaction,
 * people moved from another map come back there on undo, unknown people
 * refuse the whole edit with nothing changed. */
#include "config.h"

#include "fy-error.h"
#include "fy-staff.h"
#include "fy-test-support.h"
#include "fy-zone-assign.h"
#include "fy-zone-map.h"

static void
test_assign_many (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FY_TEST_LAST_REF FyZoneMap *plant = fy_zone_map_create (store, "厂区", 100, 80, &error);
  FY_TEST_LAST_REF FyZoneMap *dorm = fy_zone_map_create (store, "宿舍区", 50, 50, &error);
  gint64 people[4], a, b, d, g;
  gint64 with_stranger[2];
  g_autoptr(FyZoneGrid) grid = fy_zone_grid_new ();

  g_assert_no_error (error);
  people[0] = fy_test_add_staff (store, "E1", "甲", "department", "装配部", NULL);
  people[1] = fy_test_add_staff (store, "E2", "乙", "department", "装配部", NULL);
  people[2] = fy_test_add_staff (store, "E3", "丙", "department", "装配部", NULL);
  people[3] = fy_test_add_staff (store, "E4", "丁", "department", "仓储部", NULL);
  a = fy_test_add_rect (plant, "装配车间", FY_ZONE_LEVEL_GREEN, 0, 0, 40, 40);
  b = fy_test_add_rect (plant, "仓库", FY_ZONE_LEVEL_GREEN, 50, 0, 90, 40);
  d = fy_test_add_rect (dorm, "一号楼", FY_ZONE_LEVEL_GREEN, 0, 0, 20, 20);
  g_free (grid->name);
  grid->name = g_strdup ("一组");
  grid->area_id = a;
  g = fy_zone_map_add_grid (plant, grid, &error);
  g_assert_no_error (error);

  /* 丁 starts on the other map. */
  g_assert_true (fy_zone_map_assign_staff (dorm, people[3], d, 0, &error));
  g_assert_no_error (error);

  g_assert_cmpint (fy_zone_map_assign_staff_many (plant, people, 4, a, g, &error), ==, 4);
  g_assert_no_error (error);
  g_assert_cmpint (fy_zone_map_get_headcount (plant, a), ==, 4);
  g_assert_cmpint (fy_zone_map_get_grid_headcount (plant, g), ==, 4);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff_zone WHERE grid_id IS NOT NULL"), ==, 4);
  g_assert_cmpstr (fy_zone_map_get_undo_label (plant), ==, "Assign 4 people");

  /* Again: nobody moves, no undo step. */
  g_assert_cmpint (fy_zone_map_assign_staff_many (plant, people, 4, a, g, &error), ==, 0);
  g_assert_cmpstr (fy_zone_map_get_undo_label (plant), ==, "Assign 4 people");

  /* A grid of another area, or a stranger, refuses everything. */
  g_assert_cmpint (fy_zone_map_assign_staff_many (plant, people, 2, b, g, &error), ==, -1);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  with_stranger[0] = people[0];
  with_stranger[1] = 4242;
  g_assert_cmpint (fy_zone_map_assign_staff_many (plant, with_stranger, 2, b, 0, &error), ==, -1);
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (fy_zone_map_get_headcount (plant, a), ==, 4);
  g_assert_cmpint (fy_zone_map_get_headcount (plant, b), ==, 0);

  /* One undo puts all four back, 丁 on the dormitory map. */
  g_assert_true (fy_zone_map_undo (plant, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_zone_map_get_headcount (plant, a), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff_zone"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT area_id FROM staff_zone"), ==, d);
  g_assert_true (fy_zone_map_redo (plant, &error));
  g_assert_cmpint (fy_zone_map_get_headcount (plant, a), ==, 4);

  /* The roster filtered by area: who works in 装配车间, and the area list
   * the staff page offers (by map, then area). */
  {
    FyStaffFilter in_a = { .status = -1, .area_id = a };
    FyStaffFilter in_b = { .status = -1, .area_id = b };
    g_autoptr(GPtrArray) areas = fy_staff_list_areas (store);
    g_assert_cmpint (fy_staff_count (store, &in_a, NULL), ==, 4);
    g_assert_cmpint (fy_staff_count (store, &in_b, NULL), ==, 0);
    g_assert_cmpuint (areas->len, ==, 3);
    g_assert_cmpstr (((FyStaffArea *) g_ptr_array_index (areas, 0))->label, ==, "厂区 · 仓库");
    g_assert_cmpint (((FyStaffArea *) g_ptr_array_index (areas, 2))->area_id, ==, d);
  }

  /* Taking people off the map. */
  g_assert_cmpint (fy_zone_map_assign_staff_many (plant, people, 3, 0, 0, &error), ==, 3);
  g_assert_cmpint (fy_zone_map_get_headcount (plant, a), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff_zone"), ==, 1);
}

static void
test_assign_many_without_store (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyZoneMap *map = fy_zone_map_create (NULL, "预览", 100, 80, &error);
  gint64 ids[] = { 11, 12, 12, 13 };
  gint64 a = fy_test_add_rect (map, "A", FY_ZONE_LEVEL_GREEN, 0, 0, 10, 10);

  g_assert_cmpint (fy_zone_map_assign_staff_many (map, ids, G_N_ELEMENTS (ids), a, 0, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpint (fy_zone_map_get_headcount (map, a), ==, 3);
  g_assert_true (fy_zone_map_undo (map, &error));
  g_assert_cmpint (fy_zone_map_get_headcount (map, a), ==, 0);
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, "2026-11-22");
  g_test_add_func ("/zone-assign/many", test_assign_many);
  g_test_add_func ("/zone-assign/without-store", test_assign_many_without_store);
  return g_test_run ();
}
