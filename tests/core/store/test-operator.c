/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The current operator: by default the 填表人 of the settings, switched by
 * fy_store_set_actor (blank goes back to the default), stamped on readings,
 * fills, absences and audit rows; the command line's --operator NAME. */
#include "config.h"

#include "fy-absence.h"
#include "fy-health-private.h"
#include "fy-health-test-support.h"

#define TODAY "2026-11-10"

static void
test_default_and_switch (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "A1", "张伟", "冲压车间");
  gint64 b = fy_test_add_person (store, "A2", "李娜", "冲压车间");
  FyReadingEntry e = { .temperature = "36.5" };
  guint n = 0;

  g_assert_false (fy_store_has_operator (store));
  g_assert_cmpstr (fy_store_get_actor (store), ==, "");
  g_assert_true (fy_store_set_setting (store, "officer", "周敏", &error));
  g_assert_cmpstr (fy_store_get_actor (store), ==, "周敏");
  g_assert_true (fy_health_record (store, &(FyReadingSlot) { .staff_id = a, .day = TODAY }, &e,
                                   fy_test_at (TODAY, 8, 0), NULL, &error));
  g_assert_no_error (error);

  /* A colleague takes over the desk. */
  fy_store_set_actor (store, "  王强 ");
  g_assert_true (fy_store_has_operator (store));
  g_assert_cmpstr (fy_store_get_actor (store), ==, "王强");
  g_assert_true (fy_health_fill_normal (store, TODAY, FY_SESSION_MORNING, NULL, fy_test_at (TODAY, 9, 0), &n, &error));
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (fy_absence_record (store, b, &(FyAbsenceSpec) { .kind = FY_ABSENCE_LEAVE, .start_day = "2026-11-11",
                                    .end_day = "2026-11-11" }, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading WHERE entered_by = '周敏'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading WHERE entered_by = '王强'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM absence WHERE created_by = '王强'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'absence' AND actor = '王强'"), ==, 1);

  /* Blank: back to the form filler. */
  fy_store_set_actor (store, " ");
  g_assert_false (fy_store_has_operator (store));
  g_assert_cmpstr (fy_store_get_actor (store), ==, "周敏");
}

static void
test_cli_operator (void)
{
  g_autofree char *db = fy_test_tmp_path ("operator.db");
  g_autofree char *good = fy_test_fixture_path ("import", "roster-utf8.csv");
  const char *const with[] = { "--operator", "王强", "import", "staff", good, NULL };
  const char *const missing[] = { "import", "staff", good, "--operator", NULL };
  FY_TEST_LAST_REF FyStore *store = NULL;

  g_assert_cmpint (fy_test_run_cli (db, with, NULL), ==, 0);
  g_assert_cmpint (fy_test_run_cli (db, missing, NULL), ==, 2);
  store = fy_store_open (db, NULL);
  g_assert_nonnull (store);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'staff'"), >, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'staff' AND actor <> '王强'"),
                   ==, 0);
}

int
main (int argc, char **argv)
{
  fy_test_health_init (&argc, &argv, TODAY);
  g_test_add_func ("/operator/default-and-switch", test_default_and_switch);
  g_test_add_func ("/operator/cli", test_cli_operator);
  return g_test_run ();
}
