/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The emergency procedure: the 6-hour re-test and 3-day shutdown clocks
 * across midnight and month ends (stored instants, China's time zone),
 * late steps, a step completed before it started refused, contacts from the
 * person's area and grid plus one by hand, and isolation creating
 * quarantine records through the quarantine module. */
#include "config.h"

#include <string.h>

#include "fy-emergency.h"
#include "fy-error.h"
#include "fy-quarantine.h"
#include "fy-store-private.h"
#include "fy-test-support.h"

#define TODAY "2026-11-22"

static void
test_clocks (void)
{
  /* 21:30 on the last day of January → 03:30 on 1 February. */
  gint64 start = fy_test_at ("2026-01-31", 21, 30);
  g_assert_cmpint (fy_emergency_retest_due (start), ==, fy_test_at ("2026-02-01", 3, 30));
  /* Midnight exactly. */
  g_assert_cmpint (fy_emergency_retest_due (fy_test_at ("2026-11-21", 18, 0)), ==, fy_test_at ("2026-11-22", 0, 0));
  /* End of the year. */
  g_assert_cmpint (fy_emergency_retest_due (fy_test_at ("2026-12-31", 23, 59)), ==, fy_test_at ("2027-01-01", 5, 59));

  /* The shutdown: same local time three calendar days later. */
  g_assert_cmpint (fy_emergency_shutdown_due (fy_test_at ("2026-02-27", 10, 0)), ==, fy_test_at ("2026-03-02", 10, 0));
  g_assert_cmpint (fy_emergency_shutdown_due (fy_test_at ("2028-02-27", 10, 0)), ==, fy_test_at ("2028-03-01", 10, 0));
  g_assert_cmpint (fy_emergency_shutdown_due (fy_test_at ("2026-12-30", 23, 45)), ==, fy_test_at ("2027-01-02", 23, 45));
  g_assert_cmpint (fy_emergency_shutdown_due (fy_test_at ("2026-04-30", 0, 0)), ==, fy_test_at ("2026-05-03", 0, 0));
}

static void
test_step_states (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyEmergency) e = NULL;
  gint64 start = fy_test_at ("2026-10-31", 22, 0), id = 0;
  FyEmergencyStep *retest, *shutdown;

  /* By hand, someone outside the roster. */
  g_assert_false (fy_emergency_start (store, 0, "", FY_EMERGENCY_MANUAL, NULL, start, &id, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fy_emergency_start (store, 0, "Visitor Zhao", FY_EMERGENCY_MANUAL, NULL, start, &id, &error));
  g_assert_no_error (error);

  e = fy_emergency_get (store, id, &error);
  g_assert_cmpuint (e->steps->len, ==, FY_N_EMERGENCY_STEPS);
  retest = e->steps->pdata[FY_STEP_RETEST];
  shutdown = e->steps->pdata[FY_STEP_SHUTDOWN];
  g_assert_cmpint (retest->due_at, ==, fy_test_at ("2026-11-01", 4, 0));
  g_assert_cmpint (fy_emergency_step_state (retest, fy_test_at ("2026-11-01", 4, 0)), ==, FY_STEP_PENDING);
  g_assert_cmpint (fy_emergency_step_state (retest, fy_test_at ("2026-11-01", 4, 0) + 1), ==, FY_STEP_LATE);
  g_assert_cmpint (fy_emergency_step_state (shutdown, start), ==, FY_STEP_NOT_STARTED);

  /* Completed before it started: refused. In the future: refused. */
  g_assert_false (fy_emergency_complete_step (store, id, FY_STEP_RETEST, start - 60, NULL, start + 3600, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_emergency_complete_step (store, id, FY_STEP_RETEST, start + 7200, NULL, start + 3600, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  /* The shutdown cannot end before production stopped. */
  g_assert_false (fy_emergency_complete_step (store, id, FY_STEP_SHUTDOWN, start + 60, NULL, start + 3600, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM emergency_step WHERE done_at IS NOT NULL"), ==, 0);

  /* Done late, at 04:30 the next day, recorded by the operator at the desk. */
  fy_store_set_actor (store, "值班员");
  g_assert_true (fy_emergency_complete_step (store, id, FY_STEP_RETEST, fy_test_at ("2026-11-01", 4, 30), "PCR",
                                             fy_test_at ("2026-11-01", 5, 0), &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM emergency_step WHERE step = 'retest'"
                                             " AND done_by = '值班员'"), ==, 1);
  g_assert_true (fy_emergency_stop_production (store, id, fy_test_at ("2026-11-01", 6, 0),
                                               fy_test_at ("2026-11-01", 7, 0), &error));
  g_assert_no_error (error);
  g_clear_pointer (&e, fy_emergency_free);
  e = fy_emergency_get (store, id, &error);
  retest = e->steps->pdata[FY_STEP_RETEST];
  shutdown = e->steps->pdata[FY_STEP_SHUTDOWN];
  g_assert_cmpint (fy_emergency_step_state (retest, 0), ==, FY_STEP_DONE_LATE);
  g_assert_cmpint (shutdown->due_at, ==, fy_test_at ("2026-11-04", 6, 0));
  g_assert_cmpint (fy_emergency_step_state (shutdown, fy_test_at ("2026-11-04", 6, 0)), ==, FY_STEP_PENDING);
  g_assert_cmpint (fy_emergency_step_state (shutdown, fy_test_at ("2026-11-04", 6, 1)), ==, FY_STEP_LATE);

  g_assert_true (fy_emergency_finish (store, id, fy_test_at ("2026-11-02", 8, 0), &error));
  g_assert_false (fy_emergency_finish (store, id, fy_test_at ("2026-11-02", 8, 0), &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
}

static void
test_contacts_to_quarantine (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) proposed = NULL;
  g_autoptr(FyEmergency) e = NULL;
  gint64 case_id = fy_test_add_staff (store, "001", "Case", NULL);
  gint64 same_grid = fy_test_add_staff (store, "002", "Grid Mate", NULL);
  gint64 same_area = fy_test_add_staff (store, "003", "Area Mate", NULL);
  gint64 elsewhere = fy_test_add_staff (store, "004", "Elsewhere", NULL);
  gint64 by_hand = fy_test_add_staff (store, "005", "Lunch Friend", NULL);
  g_autofree char *sql = g_strdup_printf (
      "INSERT INTO zone_map (id, name, width_m, height_m) VALUES (1, 'Site', 100, 100);"
      "INSERT INTO zone_area (id, map_id, name, level, geometry) VALUES"
      " (1, 1, 'Workshop', 'green', '0,0;10,0;10,10'), (2, 1, 'Office', 'green', '20,0;30,0;30,10');"
      "INSERT INTO zone_grid (id, area_id, name) VALUES (1, 1, 'Line A'), (2, 1, 'Line B');"
      "INSERT INTO staff_zone VALUES (%" G_GINT64_FORMAT ", 1, 1), (%" G_GINT64_FORMAT ", 1, 1),"
      " (%" G_GINT64_FORMAT ", 1, 2), (%" G_GINT64_FORMAT ", 2, NULL);",
      case_id, same_grid, same_area, elsewhere);
  gint64 now = fy_test_at (TODAY, 9, 0), id = 0;
  guint n = 0;

  g_assert_true (fy_store_exec (store, sql, &error));
  g_assert_true (fy_emergency_start (store, case_id, NULL, FY_EMERGENCY_POSITIVE, NULL, now, &id, &error));
  g_assert_no_error (error);
  /* A second one for the same person is refused while this one runs. */
  g_assert_false (fy_emergency_start (store, case_id, NULL, FY_EMERGENCY_FEVER, NULL, now, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_CONFLICT);
  g_clear_error (&error);

  proposed = fy_emergency_propose_contacts (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (proposed->len, ==, 2);
  g_assert_cmpint (((FyEmergencyContact *) proposed->pdata[0])->staff_id, ==, same_grid);
  g_assert_cmpstr (((FyEmergencyContact *) proposed->pdata[0])->source, ==, "grid");
  g_assert_cmpint (((FyEmergencyContact *) proposed->pdata[1])->staff_id, ==, same_area);
  g_assert_cmpstr (((FyEmergencyContact *) proposed->pdata[1])->source, ==, "area");
  for (guint i = 0; i < proposed->len; i++)
    {
      FyEmergencyContact *c = proposed->pdata[i];
      g_assert_true (fy_emergency_add_contact (store, id, c->staff_id, NULL, c->source, &error));
    }
  g_assert_true (fy_emergency_add_contact (store, id, by_hand, NULL, "manual", &error));
  g_assert_true (fy_emergency_add_contact (store, id, 0, "Driver Qian", NULL, &error));
  g_assert_no_error (error);

  /* A start day in the future is refused by the quarantine module: nothing written. */
  g_assert_false (fy_emergency_isolate_contacts (store, id, "central_5_home_3", "2026-11-30", now, &n, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM quarantine"), ==, 0);

  g_assert_true (fy_emergency_isolate_contacts (store, id, "central_5_home_3", TODAY, now, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM quarantine WHERE reason = 'close_contact'"
                                             " AND start_day = '" TODAY "'"), ==, 3);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE status = 'central_isolation'"), ==, 3);
  e = fy_emergency_get (store, id, &error);
  g_assert_cmpuint (e->contacts->len, ==, 4);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (((FyEmergencyContact *) e->contacts->pdata[i])->quarantine_id, >, 0);
  g_assert_cmpint (((FyEmergencyContact *) e->contacts->pdata[3])->quarantine_id, ==, 0);
  g_assert_cmpint (((FyEmergencyStep *) e->steps->pdata[FY_STEP_CONTACTS])->done_at, ==, now);

  /* Again: nothing new to start. */
  g_assert_true (fy_emergency_isolate_contacts (store, id, "central_5_home_3", TODAY, now, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM quarantine"), ==, 3);
  {
    g_autofree char *reason = fy_emergency_zone_reason (e);
    g_assert_cmpstr (reason, ==, "Emergency procedure: Positive test result (Case)");
  }
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  fy_test_init (&argc, &argv, TODAY);

  g_test_add_func ("/emergency/clocks", test_clocks);
  g_test_add_func ("/emergency/step-states", test_step_states);
  g_test_add_func ("/emergency/contacts-to-quarantine", test_contacts_to_quarantine);
  return g_test_run ();
}
