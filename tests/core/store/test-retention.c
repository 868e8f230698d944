/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Retention: records older than the period are really deleted (and only
 * those), people who left long ago keep just their name, gate visits go
 * and the outsiders no visit is left for, and so do copies of a damaged
 * database moved aside before the cutoff; a period of 0 keeps everything,
 * and a failure changes nothing. */
#include "config.h"

#include "fy-retention.h"
#include "fy-staff.h"
#include "fy-store-private.h"
#include "fy-test-support.h"

/* Today is 2026-11-22 (fy_test_init); a 30-day period cuts at 2026-10-23. */
static FyStore *
fixture (gint64 *left_id)
{
  g_autoptr(GError) error = NULL;
  FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaff) a = fy_test_staff_new ("R001", "张三");
  g_autoptr(FyStaff) b = fy_test_staff_new ("R002", "李四");

  g_free (b->phone);
  b->phone = g_strdup ("13812345678");
  g_free (b->id_number);
  b->id_number = g_strdup ("11010519491231002X");
  fy_test_save_staff (store, a);
  fy_test_save_staff (store, b);
  g_assert_true (fy_staff_mark_left (store, b->id, "2026-09-01", &error));
  g_assert_no_error (error);
  *left_id = b->id;

  g_assert_true (fy_store_exec (store,
      "INSERT INTO reading (day, session, staff_id, status, temp_tenths, fever_line, entered_at) VALUES"
      " ('2026-09-30', 0, 1, 'measured', 365, 373, 1790000000),"
      " ('2026-10-22', 1, 1, 'measured', 366, 373, 1790000000),"
      " ('2026-10-23', 0, 1, 'measured', 367, 373, 1790000000),"
      " ('2026-11-21', 0, 1, 'normal_unmeasured', NULL, 373, 1790000000);"
      "INSERT INTO test_result (staff_id, sampled_at, kind, result, result_at, entered_at) VALUES"
      " (1, strftime('%s', '2026-09-01 08:00', 'utc'), 'pcr', 'negative', strftime('%s', '2026-09-01 20:00', 'utc'), 0),"
      " (1, strftime('%s', '2026-11-20 08:00', 'utc'), 'pcr', 'pending', NULL, 0);"
      "INSERT INTO trip (staff_id, purpose, destination, risk, depart_on, planned_return_on, returned_on,"
      "                  return_risk, registered_at) VALUES"
      " (1, 'private', '上海', 'low', '2026-08-01', '2026-08-05', '2026-08-05', 'low', 0),"
      " (1, 'business', '北京', 'low', '2026-11-01', '2026-11-30', NULL, NULL, 0);"
      "INSERT INTO audit (at, entity, entity_id, action, field) VALUES"
      " (strftime('%s', '2026-01-05', 'utc'), 'staff', 1, 'update', 'dormitory');"
      /* The gate: outsider 1 came in September and in November, outsider 2
       * only in September; a September visit still inside stays. */
      "INSERT INTO outsider (id, name, id_number, phone, created_at) VALUES"
      " (1, '甲', '', '13700000001', 0), (2, '乙', '', '13700000002', 0), (3, '丙', '', '13700000003', 0);"
      "INSERT INTO gate_visit (id, kind, status, planned_at, arrived_at, left_at, purpose) VALUES"
      " (1, 'visitor', 'left', strftime('%s', '2026-09-10 09:00', 'utc'), strftime('%s', '2026-09-10 09:00', 'utc'),"
      "  strftime('%s', '2026-09-10 10:00', 'utc'), '洽谈'),"
      " (2, 'visitor', 'left', strftime('%s', '2026-11-10 09:00', 'utc'), strftime('%s', '2026-11-10 09:00', 'utc'),"
      "  strftime('%s', '2026-11-10 10:00', 'utc'), '洽谈'),"
      " (3, 'visitor', 'expected', strftime('%s', '2026-09-12 09:00', 'utc'), NULL, NULL, '洽谈'),"
      " (4, 'visitor', 'inside', strftime('%s', '2026-09-15 09:00', 'utc'), strftime('%s', '2026-09-15 09:00', 'utc'),"
      "  NULL, '驻厂');"
      "INSERT INTO gate_person (visit_id, position, outsider_id) VALUES (1, 0, 1), (1, 1, 2), (2, 0, 1), (3, 0, 2),"
      " (4, 0, 3);"
      "INSERT INTO gate_visit_area (visit_id, area_id, area_name, position) VALUES (1, NULL, '办公楼', 0);", &error));
  g_assert_no_error (error);
  return store;
}

static void
test_period_zero_keeps_everything (void)
{
  g_autoptr(GError) error = NULL;
  gint64 left_id;
  FY_TEST_LAST_REF FyStore *store = fixture (&left_id);
  FyPurgeCounts counts;

  g_assert_true (fy_retention_purge (store, "2026-11-22", &counts, &error));
  g_assert_no_error (error);
  g_assert_null (counts.cutoff);
  g_assert_cmpint (fy_purge_counts_total (&counts), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading"), ==, 4);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM test_result"), ==, 2);
}

static void
test_purge_before_cutoff (void)
{
  g_autoptr(GError) error = NULL;
  gint64 left_id;
  FY_TEST_LAST_REF FyStore *store = fixture (&left_id);
  FyPurgeCounts counts;
  g_autoptr(FyStaff) left = NULL;

  g_assert_true (fy_store_set_setting (store, "retention_days", "30", &error));
  g_assert_true (fy_retention_purge (store, "2026-11-22", &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (counts.cutoff, ==, "2026-10-23");
  g_assert_cmpint (counts.readings, ==, 2);
  g_assert_cmpint (counts.tests, ==, 1);
  g_assert_cmpint (counts.trips, ==, 1);
  g_assert_cmpint (counts.anonymised, ==, 1);
  g_assert_cmpint (counts.audit, ==, 1);    /* the January row; today's rows stay */
  g_assert_cmpint (counts.gate, ==, 2);     /* visits 1 and 3, with their people and areas */
  g_assert_cmpint (counts.outsiders, ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit WHERE id IN (2, 4)"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_person"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit_area"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM outsider"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM outsider WHERE id = 2"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE field = 'retention'"), ==, 1);

  /* The cut-off day itself is kept; everything before it is gone. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT min(day) = '2026-10-23' FROM reading"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM test_result"), ==, 1);
  /* A trip still under way is current data. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM trip WHERE returned_on IS NULL"), ==, 1);

  left = fy_staff_get (store, left_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (left->name, ==, "李四");
  g_assert_cmpstr (left->employee_no, ==, "R002");
  g_assert_cmpstr (left->id_number, ==, "");
  g_assert_cmpstr (left->phone, ==, "");
  fy_purge_counts_clear (&counts);

  /* Running again finds nothing more. */
  g_assert_true (fy_retention_purge (store, "2026-11-22", &counts, &error));
  g_assert_cmpint (counts.readings + counts.tests + counts.trips + counts.anonymised, ==, 0);
  fy_purge_counts_clear (&counts);
}

/* A copy of a damaged database moved aside before the cutoff holds nothing
 * the period allows: it goes with its -wal. One moved aside later stays (it
 * may hold recent records to recover), another database's copy is not
 * ours, and a dry run only counts. */
static void
test_damaged_copies (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  const char *path = fy_store_get_path (store);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *old = g_strconcat (path, ".damaged-20260901-101500", NULL);
  g_autofree char *old_wal = g_strconcat (old, "-wal", NULL);
  g_autofree char *recent = g_strconcat (path, ".damaged-20261120-080000", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db.damaged-20260101-000000", NULL);
  const char *files[] = { old, old_wal, recent, other };
  FyPurgeCounts counts;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_assert_true (g_file_set_contents (files[i], "x", 1, NULL));
  g_assert_true (fy_store_set_setting (store, "retention_days", "30", &error));
  g_assert_true (fy_retention_count (store, "2026-11-22", &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.damaged, ==, 1);
  fy_purge_counts_clear (&counts);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_assert_true (g_file_test (files[i], G_FILE_TEST_EXISTS));

  g_assert_true (fy_retention_purge (store, "2026-11-22", &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.damaged, ==, 1);
  fy_purge_counts_clear (&counts);
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (old_wal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (recent, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
}

static void
test_failure_changes_nothing (void)
{
  g_autoptr(GError) error = NULL;
  gint64 left_id;
  FY_TEST_LAST_REF FyStore *store = fixture (&left_id);
  FyPurgeCounts counts;

  g_assert_true (fy_store_set_setting (store, "retention_days", "30", &error));
  /* The last step fails: the deletes before it must be rolled back. */
  g_assert_true (fy_store_exec (store,
      "CREATE TEMP TRIGGER refuse BEFORE UPDATE OF id_number ON staff"
      " BEGIN SELECT RAISE (ABORT, 'refused'); END;", &error));
  g_assert_false (fy_retention_purge (store, "2026-11-22", &counts, &error));
  g_assert_nonnull (error);
  g_assert_null (counts.cutoff);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading"), ==, 4);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM test_result"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM trip"), ==, 2);
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, "2026-11-22");
  g_test_add_func ("/retention/period-zero-keeps-everything", test_period_zero_keeps_everything);
  g_test_add_func ("/retention/purge-before-cutoff", test_purge_before_cutoff);
  g_test_add_func ("/retention/failure-changes-nothing", test_failure_changes_nothing);
  g_test_add_func ("/retention/damaged-copies", test_damaged_copies);
  return g_test_run ();
}
