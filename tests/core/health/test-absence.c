/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Absence and who is away: leave / sick leave / business trip records and
 * their refusals, the away list with its reasons (absence, open trip, sent
 * home, quarantine), and fill-normal, the missing list and department test
 * rounds leaving away people out; fill-normal undone exactly. */
#include "config.h"

#include "fy-absence.h"
#include "fy-daily-report.h"
#include "fy-health-entry.h"
#include "fy-error.h"
#include "fy-health-private.h"
#include "fy-health-test-support.h"

#define TODAY "2026-11-10"

static gint64
add_trip (FyStore *store, gint64 id, FyTripPurpose purpose, const char *depart)
{
  g_autoptr(GError) error = NULL;
  gint64 trip_id = 0;
  FyTripSpec spec = { .purpose = purpose, .destination = "上海市浦东新区", .risk = FY_RISK_LOW,
                      .depart_on = depart, .planned_return_on = "2026-11-20" };

  g_assert_true (fy_trips_register (store, id, &spec, fy_test_at ("2026-11-01", 9, 0), &trip_id, &error));
  g_assert_no_error (error);
  return trip_id;
}

static void
send_home (FyStore *store, gint64 id, const char *day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) open = NULL;
  FyReadingEntry e = { .temperature = "38.2", .method = FY_METHOD_FOREHEAD };

  g_assert_true (fy_health_record (store, &(FyReadingSlot) { .staff_id = id, .day = day,
                                                             .session = FY_SESSION_MORNING },
                                   &e, fy_test_at (day, 8, 0), NULL, &error));
  g_assert_no_error (error);
  open = fy_health_list_follow_ups (store, TRUE, day, day, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 1);
  g_assert_true (fy_health_update_follow_up (store, ((FyFollowUp *) open->pdata[0])->id, "38.1",
                                             FY_FOLLOW_UP_ACTION_HOME, "", fy_test_at (day, 8, 30), &error));
  g_assert_no_error (error);
}

static void
test_record_and_refusals (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "A1", "张伟", "冲压车间");
  gint64 b = fy_test_add_person (store, "B1", "李娜", "冲压车间");
  gint64 trip = add_trip (store, b, FY_TRIP_BUSINESS, "2026-11-09");
  gint64 now = fy_test_at (TODAY, 9, 0);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(FyAbsence) got = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 id = 0;

  g_assert_true (fy_absence_record (store, a, &(FyAbsenceSpec) { .kind = FY_ABSENCE_SICK_LEAVE,
                                    .start_day = "２０２６-11-09", .end_day = "2026-11-11", .note = "感冒" },
                                    now, &id, &error));
  g_assert_no_error (error);
  got = fy_absence_get (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (got->kind, ==, FY_ABSENCE_SICK_LEAVE);
  g_assert_cmpstr (got->start_day, ==, "2026-11-09");
  g_assert_cmpstr (got->person.name, ==, "张伟");
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'absence'"), ==, 1);

  before = fy_test_health_snapshot (store);
  /* Overlap, reversed dates, a trip of someone else, a trip on leave: nothing written. */
  g_assert_false (fy_absence_record (store, a, &(FyAbsenceSpec) { .kind = FY_ABSENCE_LEAVE,
                                     .start_day = "2026-11-11", .end_day = "2026-11-12" }, now, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_absence_record (store, b, &(FyAbsenceSpec) { .kind = FY_ABSENCE_LEAVE,
                                     .start_day = "2026-11-12", .end_day = "2026-11-11" }, now, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_absence_record (store, a, &(FyAbsenceSpec) { .kind = FY_ABSENCE_BUSINESS_TRIP,
                                     .start_day = "2026-11-20", .end_day = "2026-11-21", .trip_id = trip },
                                     now, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_absence_record (store, b, &(FyAbsenceSpec) { .kind = FY_ABSENCE_LEAVE,
                                     .start_day = "2026-11-20", .end_day = "2026-11-21", .trip_id = trip },
                                     now, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_absence_record (store, b, &(FyAbsenceSpec) { .kind = FY_ABSENCE_LEAVE,
                                     .start_day = "2026-01-01", .end_day = "2027-02-01" }, now, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  after = fy_test_health_snapshot (store);
  g_assert_cmpstr (before, ==, after);

  /* A business trip linked to the person's own trip is fine. */
  g_assert_true (fy_absence_record (store, b, &(FyAbsenceSpec) { .kind = FY_ABSENCE_BUSINESS_TRIP,
                                    .start_day = "2026-11-09", .end_day = "2026-11-20", .trip_id = trip },
                                    now, NULL, &error));
  g_assert_no_error (error);
  list = fy_absence_list (store, "2026-11-10", "2026-11-10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Cancelled: kept, but no longer counts. */
  g_assert_true (fy_absence_cancel (store, id, now, &error));
  g_assert_no_error (error);
  list = fy_absence_list (store, NULL, NULL, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM absence"), ==, 2);
  g_assert_null (fy_absence_get (store, id, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
}

static void
test_away_and_fill (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 here = fy_test_add_person (store, "A1", "张伟", "冲压车间");
  gint64 leave = fy_test_add_person (store, "A2", "李娜", "冲压车间");
  gint64 sick = fy_test_add_person (store, "A3", "王芳", "冲压车间");
  gint64 trip = fy_test_add_person (store, "A4", "刘洋", "冲压车间");
  gint64 priv = fy_test_add_person (store, "A5", "陈静", "冲压车间");
  gint64 home = fy_test_add_person (store, "A6", "杨帆", "冲压车间");
  gint64 back = fy_test_add_person (store, "A7", "赵磊", "冲压车间");
  gint64 now = fy_test_at (TODAY, 9, 0);
  g_autoptr(GPtrArray) away = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  guint counts[FY_N_AWAY_REASONS];
  guint n = 0;
  gint64 round = 0;
  gint64 back_trip;

  g_assert_true (fy_absence_record (store, leave, &(FyAbsenceSpec) { .kind = FY_ABSENCE_LEAVE,
                                    .start_day = TODAY, .end_day = "2026-11-12" }, now, NULL, &error));
  g_assert_true (fy_absence_record (store, sick, &(FyAbsenceSpec) { .kind = FY_ABSENCE_SICK_LEAVE,
                                    .start_day = "2026-11-08", .end_day = TODAY }, now, NULL, &error));
  g_assert_no_error (error);
  add_trip (store, trip, FY_TRIP_BUSINESS, "2026-11-09");
  add_trip (store, priv, FY_TRIP_PRIVATE, TODAY);
  back_trip = add_trip (store, back, FY_TRIP_BUSINESS, "2026-11-05");
  g_assert_true (fy_trips_record_return (store, &(FyTripReturn) { .trip_id = back_trip, .returned_on = TODAY,
                                                                  .return_risk = FY_RISK_LOW },
                                         now, NULL, &error));
  g_assert_no_error (error);
  send_home (store, home, "2026-11-09");

  away = fy_absence_list_away (store, TODAY, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (away->len, ==, 5);
  for (guint i = 0; i < away->len; i++)
    {
      FyAwayPerson *w = away->pdata[i];
      FyAwayReason want = w->person.staff_id == leave ? FY_AWAY_LEAVE
                          : w->person.staff_id == sick ? FY_AWAY_SICK_LEAVE
                          : w->person.staff_id == trip ? FY_AWAY_BUSINESS_TRIP
                          : w->person.staff_id == priv ? FY_AWAY_PRIVATE_TRIP
                          : w->person.staff_id == home ? FY_AWAY_SENT_HOME : FY_AWAY_NONE;
      g_assert_cmpint (w->reason, ==, want);
      g_assert_cmpstr (fy_away_reason_label (w->reason), !=, "");
    }
  g_assert_true (fy_absence_count_away (store, TODAY, counts, &error));
  g_assert_cmpuint (counts[FY_AWAY_LEAVE] + counts[FY_AWAY_SICK_LEAVE] + counts[FY_AWAY_SENT_HOME], ==, 3);
  g_assert_cmpuint (counts[FY_AWAY_BUSINESS_TRIP], ==, 1);
  /* The day before, the leave had not started and the private trip not left. */
  g_clear_pointer (&away, g_ptr_array_unref);
  away = fy_absence_list_away (store, "2026-11-09", NULL, &error);
  g_assert_cmpuint (away->len, ==, 3);   /* sick, business trip, back (still away) */

  missing = fy_health_list_missing (store, TODAY, FY_SESSION_MORNING, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (missing->len, ==, 2);   /* here and back: the returned one is there again */
  g_assert_true (fy_health_fill_normal (store, TODAY, FY_SESSION_MORNING, NULL, now, &n, &error));
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading WHERE day = '" TODAY "'"
                                             " AND status = 'normal_unmeasured'"), ==, 2);
  (void) here;

  /* The entry grid lists all seven (the away with their reason) but counts
   * two on site, as the daily report does: one definition of 在岗. */
  {
    g_autoptr(FyDailyReport) report = fy_daily_report_compute (store, TODAY, now, &error);
    g_assert_no_error (error);
    g_assert_cmpint (fy_health_entry_count (store, TODAY, NULL, &error), ==, 7);
    g_assert_cmpint (fy_health_entry_count_on_site (store, TODAY, NULL, &error), ==, 2);
    g_assert_no_error (error);
    g_assert_cmpuint (report->on_site, ==, 2);
  }

  /* A department round samples only who is there. */
  g_assert_true (fy_tests_create_round (store, &(FyTestRoundInput) { .kind = FY_TEST_PCR,
                                        .sampled_at = fy_test_at (TODAY, 8, 50) },
                                        now, &round, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
}

static void
test_fill_undo (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "A1", "张伟", "冲压车间");
  gint64 b = fy_test_add_person (store, "A2", "李娜", "冲压车间");
  gint64 c = fy_test_add_person (store, "A3", "王芳", "冲压车间");
  gint64 first = fy_test_at (TODAY, 8, 0);
  gint64 fill = fy_test_at (TODAY, 9, 0);
  FyReadingEntry e = { .temperature = "36.4" };
  guint n = 0;

  g_assert_true (fy_health_record (store, &(FyReadingSlot) { .staff_id = a, .day = TODAY },
                                   &e, first, NULL, &error));
  g_assert_true (fy_health_fill_normal (store, TODAY, FY_SESSION_MORNING, NULL, fill, &n, &error));
  g_assert_cmpuint (n, ==, 2);
  /* b is corrected after the fill: the undo leaves that entry alone. */
  g_assert_true (fy_health_record (store, &(FyReadingSlot) { .staff_id = b, .day = TODAY },
                                   &e, fill + 60, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fy_health_fill_normal_undo (store, TODAY, FY_SESSION_MORNING, fill, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading WHERE status = 'normal_unmeasured'"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE field = 'undo_fill_normal'"), ==, 1);
  (void) c;
}

int
main (int argc, char **argv)
{
  fy_test_health_init (&argc, &argv, TODAY);
  g_test_add_func ("/absence/record-and-refusals", test_record_and_refusals);
  g_test_add_func ("/absence/away-and-fill", test_away_and_fill);
  g_test_add_func ("/absence/fill-undo", test_fill_undo);
  return g_test_run ();
}
