/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The test support library itself (tests/fy-test-support.c and
 * fy-health-test-support.c): each shared helper does what the tests rely
 * on, and the checking ones really fail (run in a subprocess). */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "fy-health-test-support.h"
#include "fy-health-private.h"

static void
test_add_staff (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStaff) s = NULL;
  gint64 id = fy_test_add_staff (store, "A01", "张伟", "department", "装配部", "team", "乙班", "post", "班长",
                                 "phone", "13812345678", "note", "备注", NULL);
  gint64 plain = fy_test_add_staff (store, "A02", "王芳", NULL);

  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (plain, >, id);
  s = fy_staff_get (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (s->employee_no, ==, "A01");
  g_assert_cmpstr (s->name, ==, "张伟");
  g_assert_cmpstr (s->department, ==, "装配部");
  g_assert_cmpstr (s->team, ==, "乙班");
  g_assert_cmpstr (s->post, ==, "班长");
  g_assert_cmpstr (s->phone, ==, "13812345678");
  g_assert_cmpstr (s->note, ==, "备注");
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff"), ==, 2);

  /* The health flavour: team 甲班, post 操作工 unless told. */
  g_clear_pointer (&s, fy_staff_free);
  s = fy_staff_get (store, fy_test_add_person (store, "A03", "李娜", "仓储部"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (s->team, ==, "甲班");
  g_assert_cmpstr (s->post, ==, "操作工");
  g_assert_false (s->high_contact);
}

/* The roster as rows: cells joined by "|", "!" after a highlighted cell. */
static void
test_ledger_rows (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autofree char *empty = fy_test_ledger_rows (store, "roster", NULL);
  g_autofree char *rows = NULL;

  g_assert_cmpstr (empty, ==, "");
  fy_test_add_staff (store, "A01", "张伟", "department", "装配部", NULL);
  rows = fy_test_ledger_rows (store, "roster", NULL);
  g_assert_true (g_str_has_prefix (rows, "1|"));
  g_assert_nonnull (strstr (rows, "|张伟|"));
  g_assert_true (g_str_has_suffix (rows, "\n"));
  g_assert_cmpuint (strlen (strchr (rows, '\n')), ==, 1);   /* one row */
}

static void
test_add_staff_unknown_field (void)
{
  if (g_test_subprocess ())
    {
      FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
      fy_test_add_staff (store, "A01", "张伟", "no_such_field", "x", NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*no_such_field*");
}

static void
test_paths_and_time (void)
{
  g_autofree char *a = fy_test_tmp_path ("x.db");
  g_autofree char *b = fy_test_tmp_path ("x.db");
  g_autofree char *fixture = fy_test_fixture_path ("import", "roster-utf8.csv");
  g_autofree char *dir = g_path_get_dirname (a);

  /* Each path in a fresh folder of its own. */
  g_assert_cmpstr (a, !=, b);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  g_assert_false (g_file_test (a, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fixture, G_FILE_TEST_IS_REGULAR));
  /* TZ is CST-8 (fy_test_health_init): 08:30 local is 00:30 UTC. */
  g_assert_cmpint (fy_test_at ("2026-11-10", 8, 30), ==, 1794268800 + 30 * 60);
  g_assert_cmpint (fy_test_at ("2026-11-10", 0, 0) + 86400, ==, fy_test_at ("2026-11-11", 0, 0));
}

static void
test_run_cli (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  const char *path = fy_store_get_path (store);
  g_autofree char *csv = fy_test_tmp_path ("roster.csv");
  g_autofree char *printed = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  fy_test_add_staff (store, "A01", "张伟", "department", "装配部", NULL);
  /* In this process: the exit status, and what it printed when asked. */
  g_assert_cmpint (fy_test_run_cli (path, (const char *const[]) { "export", "roster", "-o", csv, NULL }, NULL), ==, 0);
  g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (fy_test_run_cli (path, (const char *const[]) { "export", "no-such-ledger", "-o", csv, NULL },
                                    NULL), ==, 2);
  g_assert_cmpint (fy_test_run_cli (path, (const char *const[]) { "--help", NULL }, &printed), ==, 0);
  g_assert_nonnull (strstr (printed, "--help"));
  /* As a child: the built program. */
  g_assert_cmpint (fy_test_spawn_cli (NULL, (const char *const[]) { "--help", NULL }, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "--help"));
}

static void
test_zone_helpers (void)
{
  FY_TEST_LAST_REF FyZoneMap *a = fy_test_zone_site_map (FALSE);
  FY_TEST_LAST_REF FyZoneMap *b = fy_test_zone_site_map (FALSE);
  FY_TEST_LAST_REF FyZoneMap *staffed = fy_test_zone_site_map (TRUE);
  FY_TEST_LAST_REF FyZoneMap *map = fy_zone_map_create (NULL, "厂区", 100, 80, NULL);
  const FyZoneArea *area;
  guint people = 0;
  gint64 id;

  /* Fixed seed: the same 500 areas every time; staff only on request. */
  g_assert_cmpuint (fy_zone_map_get_n_areas (a), ==, 500);
  g_assert_cmpuint (fy_zone_map_get_n_areas (staffed), ==, 500);
  for (guint i = 0; i < 500; i += 97)
    {
      const FyZoneArea *x = fy_zone_map_get_area (a, i), *y = fy_zone_map_get_area (b, i);
      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpuint (x->n_points, ==, y->n_points);
      g_assert_cmpmem (x->points, x->n_points * sizeof (FyPoint), y->points, y->n_points * sizeof (FyPoint));
      g_assert_cmpint (fy_zone_map_get_headcount (a, x->id), ==, 0);
    }
  for (guint i = 0; i < 500; i++)
    people += fy_zone_map_get_headcount (staffed, fy_zone_map_get_area (staffed, i)->id);
  g_assert_cmpuint (people, >, 500);

  id = fy_test_add_rect (map, "仓库", FY_ZONE_LEVEL_BLUE, 10, 20, 30, 40);
  area = fy_zone_map_lookup_area (map, id);
  g_assert_nonnull (area);
  g_assert_cmpstr (area->name, ==, "仓库");
  g_assert_cmpint (area->level, ==, FY_ZONE_LEVEL_BLUE);
  g_assert_cmpint (area->shape, ==, FY_ZONE_SHAPE_RECT);
  g_assert_cmpuint (area->n_points, ==, 4);
  g_assert_cmpfloat (area->bounds.x0, ==, 10);
  g_assert_cmpfloat (area->bounds.y1, ==, 40);
}

static void
test_append_bytes (void)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 4, 4);

  g_assert_cmpint (cairo_surface_write_to_png_stream (s, fy_test_append_bytes_cb, bytes), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (s);
  g_assert_cmpuint (bytes->len, >, 8);
  g_assert_cmpmem (bytes->data, 4, "\x89PNG", 4);
}

static void
test_health_helpers (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  gint64 id = fy_test_add_person_full (store, "A01", "张伟", "装配部", "甲班", "操作工", TRUE);
  g_autofree char *before = fy_test_health_snapshot (store);
  g_autofree char *after = NULL;
  g_autofree char *status = fy_test_staff_status (store, id);

  g_assert_cmpstr (status, ==, "on_site");
  g_assert_true (fy_store_exec (store, "UPDATE staff SET vaccine_doses = 2", &error));
  g_assert_no_error (error);
  /* A change to a person's health state shows in the fingerprint. */
  after = fy_test_health_snapshot (store);
  g_assert_cmpstr (before, !=, after);
  fy_test_assert_plan_no_scan ("SEARCH staff USING INDEX staff_status (status=?)\nSCAN staff_fts",
                               (const char *const[]) { "staff", NULL });
}

static void
test_read_xlsx (void)
{
  g_autofree char *xlsx = fy_test_tmp_path ("t.xlsx");
  g_autofree char *made = fy_test_run_python ("import sys, openpyxl\n"
                                              "wb = openpyxl.Workbook()\n"
                                              "wb.active['A1'] = '甲'\n"
                                              "wb.save(sys.argv[1])\n"
                                              "print('saved')\n", (const char *const[]) { xlsx, NULL });
  g_autofree char *out = fy_test_read_xlsx (xlsx, "print(ws['A1'].value, sys.argv[2:])\n",
                                            (const char *const[]) { "x", "y", NULL });

  g_assert_cmpstr (made, ==, "saved\n");
  g_assert_cmpstr (out, ==, "甲 ['x', 'y']\n");
}

static void
test_demo_store (void)
{
  FY_TEST_LAST_REF FyStore *demo = fy_test_open_demo_store ();
  FY_TEST_LAST_REF FyStore *other = fy_test_open_demo_store ();

  /* The demo company, the same each time, each in its own file. */
  g_assert_cmpint (fy_test_query_int (demo, "SELECT count(*) FROM staff"), >, 50);
  g_assert_cmpint (fy_test_query_int (demo, "SELECT count(*) FROM staff"), ==,
                   fy_test_query_int (other, "SELECT count(*) FROM staff"));
  g_assert_cmpstr (fy_store_get_path (demo), !=, fy_store_get_path (other));
}

/* FY_TEST_LAST_REF passes when the test held the last reference and fails
 * when something else keeps the object. */
static void
test_last_ref (void)
{
  if (g_test_subprocess ())
    {
      FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
      g_object_ref (store);
      return;
    }
  {
    FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
    FY_TEST_LAST_REF FyStore *none = NULL;
    g_assert_nonnull (store);
    g_assert_null (none);
  }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*weak_pointer*");
}

static void
test_plan_scan_fails (void)
{
  if (g_test_subprocess ())
    {
      fy_test_assert_plan_no_scan ("SEARCH reading USING INDEX x\nSCAN staff", (const char *const[]) { "staff", NULL });
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*full scan of staff*");
}

/* Two trucks, one inside: two declarations with their own drivers. */
static void
test_gate_truck (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 expected = fy_test_add_gate_truck (store, FALSE);
  gint64 inside = fy_test_add_gate_truck (store, TRUE);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM gate_visit WHERE id = %" G_GINT64_FORMAT
                                          " AND status = 'expected'", expected);

  g_assert_cmpint (expected, !=, inside);
  g_assert_cmpint (fy_test_query_int (store, sql), ==, 1);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM gate_visit WHERE id = %" G_GINT64_FORMAT " AND status = 'inside'",
                         inside);
  g_assert_cmpint (fy_test_query_int (store, sql), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(DISTINCT outsider_id) FROM gate_person"), ==, 2);
}

int
main (int argc, char **argv)
{
  fy_test_health_init (&argc, &argv, "2026-11-10");
  g_test_add_func ("/test-support/add-staff", test_add_staff);
  g_test_add_func ("/test-support/add-staff-unknown-field", test_add_staff_unknown_field);
  g_test_add_func ("/test-support/ledger-rows", test_ledger_rows);
  g_test_add_func ("/test-support/paths-and-time", test_paths_and_time);
  g_test_add_func ("/test-support/run-cli", test_run_cli);
  g_test_add_func ("/test-support/zone-helpers", test_zone_helpers);
  g_test_add_func ("/test-support/append-bytes", test_append_bytes);
  g_test_add_func ("/test-support/health-helpers", test_health_helpers);
  g_test_add_func ("/test-support/read-xlsx", test_read_xlsx);
  g_test_add_func ("/test-support/demo-store", test_demo_store);
  g_test_add_func ("/test-support/last-ref", test_last_ref);
  g_test_add_func ("/test-support/plan-scan-fails", test_plan_scan_fails);
  g_test_add_func ("/test-support/gate-truck", test_gate_truck);
  return g_test_run ();
}
