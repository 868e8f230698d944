/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The daily report on a fixed fixture: every number asserted one by one on
 * a busy day; a zero report day; a day with one fever is not a zero report;
 * the ledger (title, rows) and its xlsx / PDF read back with real readers. */
#include "config.h"

#include <glib/gstdio.h>

#include "fy-cli.h"
#include "fy-daily-report-private.h"
#include "fy-daily-report.h"
#include "fy-error.h"
#include "fy-health-private.h"
#include "fy-health-test-support.h"
#include "fy-quarantine.h"
#include "fy-tests.h"
#include "fy-trips.h"

#define TODAY     "2026-11-10"
#define ZERO_DAY  "2026-11-05"
#define FEVER_DAY "2026-11-06"

typedef struct
{
  FyStore *store;
  gint64   p1, p2, p3, p4, p5, p6, p7, p8;
} Fixture;

static void
record (FyStore *store, const FyReadingSlot *slot, const char *temp, FySymptoms symptoms, FyCodeColour code,
        gint64 now)
{
  g_autoptr(GError) error = NULL;
  FyReadingEntry e = { 0 };

  e.temperature = temp;
  e.symptoms = symptoms;
  e.code_colour = code;
  g_assert_true (fy_health_record (store, slot, &e, now, NULL, &error));
  g_assert_no_error (error);
}

static void
fill (FyStore *store, const char *day, FyHealthSession session, gint64 now, guint expected)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (fy_health_fill_normal (store, day, session, NULL, now, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, expected);
}

static gint64
sample (FyStore *store, gint64 id, gint64 sampled_at, FyTestKind kind)
{
  g_autoptr(GError) error = NULL;
  gint64 result_id = 0;

  g_assert_true (fy_tests_record (store,
                                  &(FyTestRecordInput) { .staff_id = id, .sampled_at = sampled_at,
                                                         .kind = kind, .place = "厂区采样点",
                                                         .result = FY_RESULT_PENDING, .result_at = 0 },
                                  sampled_at + 600, &result_id, &error));
  g_assert_no_error (error);
  return result_id;
}

static gint64
trip (FyStore *store, gint64 id, const char *destination, FyRiskLevel risk)
{
  g_autoptr(GError) error = NULL;
  FyTripSpec spec = { 0 };
  gint64 trip_id = 0;

  spec.purpose = FY_TRIP_PRIVATE;
  spec.destination = destination;
  spec.risk = risk;
  spec.depart_on = "2026-11-07";   /* after the zero and fever days: nobody away then */
  spec.planned_return_on = TODAY;
  g_assert_true (fy_trips_register (store, id, &spec, fy_test_at ("2026-10-30", 9, 0), &trip_id, &error));
  g_assert_no_error (error);
  return trip_id;
}

/* Eight people; see the comments of each step for what the report must say. */
static void
fixture_set_up (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStaff) gone = fy_test_staff_new ("E006", "周六");
  g_autoptr(GPtrArray) open = NULL;
  FyQuarantineSpec q = { 0 };
  gint64 qid = 0, t1, t8, r5;

  f->store = fy_test_open_store ();
  f->p1 = fy_test_add_person (f->store, "E001", "张一", "生产部");
  f->p2 = fy_test_add_person (f->store, "E002", "张二", "生产部");
  f->p3 = fy_test_add_person_full (f->store, "E003", "王三", "仓储部", "甲班", "保安", TRUE);   /* 24 h cadence */
  f->p4 = fy_test_add_person (f->store, "E004", "李四", "仓储部");
  f->p5 = fy_test_add_person (f->store, "E005", "赵五", "行政部");
  fy_test_set_text (&gone->department, "行政部");
  gone->status = FY_STAFF_LEFT;
  fy_test_set_text (&gone->left_on, "2026-11-03");
  fy_test_save_staff (f->store, gone);
  f->p6 = gone->id;
  f->p7 = fy_test_add_person (f->store, "E007", "孙七", "生产部");
  f->p8 = fy_test_add_person (f->store, "E008", "钱八", "生产部");

  /* The zero day: everyone on site filled normal, both sessions. */
  fill (f->store, ZERO_DAY, FY_SESSION_MORNING, fy_test_at (ZERO_DAY, 9, 0), 7);
  fill (f->store, ZERO_DAY, FY_SESSION_AFTERNOON, fy_test_at (ZERO_DAY, 15, 0), 7);
  /* The fever day: one fever, the rest normal. */
  record (f->store,
          &(FyReadingSlot) { .staff_id = f->p1, .day = FEVER_DAY, .session = FY_SESSION_MORNING },
          "37.6", 0, FY_CODE_GREEN, fy_test_at (FEVER_DAY, 8, 30));
  fill (f->store, FEVER_DAY, FY_SESSION_MORNING, fy_test_at (FEVER_DAY, 9, 0), 6);

  /* p7: 7-day home isolation from 11-08 (tests 11-08, 11-10, …); 11-08 sampled. */
  q.staff_id = f->p7;
  q.template_code = "home_7";
  q.start_day = "2026-11-08";
  q.reason = FY_QUARANTINE_REASON_CLOSE_CONTACT;
  g_assert_true (fy_quarantine_start (f->store, &q, fy_test_at ("2026-11-08", 8, 0), &qid, &error));
  g_assert_no_error (error);
  sample (f->store, f->p7, fy_test_at ("2026-11-08", 10, 0), FY_TEST_PCR);

  /* Earlier samples: p1 11-09 08:00 (not due today), p2 11-08 09:00 (due
   * 09:00 today, overdue at 15:00), p3 11-09 10:00 (24 h: due 10:00 today,
   * sampled today), p4 never (overdue), p5 11-08 20:00 (due 20:00 today,
   * not yet overdue; positive result received today). */
  sample (f->store, f->p1, fy_test_at ("2026-11-09", 8, 0), FY_TEST_PCR);
  sample (f->store, f->p2, fy_test_at ("2026-11-08", 9, 0), FY_TEST_PCR);
  sample (f->store, f->p3, fy_test_at ("2026-11-09", 10, 0), FY_TEST_PCR);
  r5 = sample (f->store, f->p5, fy_test_at ("2026-11-08", 20, 0), FY_TEST_PCR);
  g_assert_true (fy_tests_set_result (f->store, r5, FY_RESULT_POSITIVE, fy_test_at (TODAY, 14, 0), fy_test_at (TODAY, 14, 5),
                                      &error));
  g_assert_no_error (error);

  /* Returns today: p1 from a low-risk area, p8 from a high-risk one (a
   * central 5 + home 3 quarantine from today, test day 1 today). */
  t1 = trip (f->store, f->p1, "江苏省南京市", FY_RISK_LOW);
  t8 = trip (f->store, f->p8, "某市高风险区", FY_RISK_HIGH);
  g_assert_true (fy_trips_record_return (f->store,
                                         &(FyTripReturn) { .trip_id = t1, .returned_on = TODAY,
                                                           .return_risk = FY_RISK_LOW,
                                                           .template_code = NULL },
                                         fy_test_at (TODAY, 7, 0), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fy_trips_record_return (f->store,
                                         &(FyTripReturn) { .trip_id = t8, .returned_on = TODAY,
                                                           .return_risk = FY_RISK_HIGH,
                                                           .template_code = NULL },
                                         fy_test_at (TODAY, 7, 0), &qid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qid, >, 0);

  /* Today's tests: p3 and p8 (nucleic acid), p1 (antigen). */
  sample (f->store, f->p3, fy_test_at (TODAY, 11, 0), FY_TEST_PCR);
  sample (f->store, f->p8, fy_test_at (TODAY, 12, 0), FY_TEST_PCR);
  sample (f->store, f->p1, fy_test_at (TODAY, 11, 30), FY_TEST_ANTIGEN);

  /* Today's readings. Morning: p1 normal, p2 fever, p3 cough, p4 yellow
   * code, p5 missing. Afternoon: p2 37.5 and red, the rest filled normal. */
  record (f->store,
          &(FyReadingSlot) { .staff_id = f->p1, .day = TODAY, .session = FY_SESSION_MORNING },
          "36.5", 0, FY_CODE_GREEN, fy_test_at (TODAY, 8, 0));
  record (f->store,
          &(FyReadingSlot) { .staff_id = f->p2, .day = TODAY, .session = FY_SESSION_MORNING },
          "37.8", 0, FY_CODE_GREEN, fy_test_at (TODAY, 8, 1));
  record (f->store,
          &(FyReadingSlot) { .staff_id = f->p3, .day = TODAY, .session = FY_SESSION_MORNING },
          "３６．６", FY_SYMPTOM_COUGH, FY_CODE_GREEN, fy_test_at (TODAY, 8, 2));
  record (f->store,
          &(FyReadingSlot) { .staff_id = f->p4, .day = TODAY, .session = FY_SESSION_MORNING },
          "36.4", 0, FY_CODE_YELLOW, fy_test_at (TODAY, 8, 3));
  record (f->store,
          &(FyReadingSlot) { .staff_id = f->p2, .day = TODAY, .session = FY_SESSION_AFTERNOON },
          "37.5", 0, FY_CODE_RED, fy_test_at (TODAY, 14, 0));
  fill (f->store, TODAY, FY_SESSION_AFTERNOON, fy_test_at (TODAY, 14, 30), 4);

  /* p4's follow-up (the yellow code) is closed today; the other three stay open. */
  open = fy_health_list_follow_ups (f->store, TRUE, TODAY, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 4);
  for (guint i = 0; i < open->len; i++)
    {
      FyFollowUp *fu = g_ptr_array_index (open, i);
      if (fu->person.staff_id != f->p4)
        continue;
      g_assert_true (fy_health_update_follow_up (f->store, fu->id, NULL, FY_FOLLOW_UP_ACTION_HOME, "已回家观察",
                                                 fy_test_at (TODAY, 10, 0), &error));
      g_assert_no_error (error);
      g_assert_true (fy_health_close_follow_up (f->store, fu->id, fy_test_at (TODAY, 10, 5), &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture *f)
{
  g_clear_object (&f->store);
}

static FyDailyReport *
compute (FyStore *store, const char *day, gint64 now)
{
  g_autoptr(GError) error = NULL;
  FyDailyReport *r = fy_daily_report_compute (store, day, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  return r;
}

static void
test_busy_day (void)
{
  Fixture f = { 0 };
  g_autoptr(FyDailyReport) r = NULL;

  fixture_set_up (&f);
  r = compute (f.store, NULL, fy_test_at (TODAY, 15, 0));

  g_assert_cmpstr (r->day, ==, TODAY);
  g_assert_true (r->is_today);
  g_assert_cmpint (r->as_of, ==, fy_test_at (TODAY, 15, 0));
  g_assert_cmpuint (r->headcount, ==, 7);            /* p6 left on 11-03 */
  g_assert_cmpuint (r->on_site, ==, 5);              /* p7, p8 under quarantine */
  g_assert_cmpuint (r->not_on_site, ==, 2);

  g_assert_cmpuint (r->entered[FY_SESSION_MORNING], ==, 4);
  g_assert_cmpuint (r->entered_unmeasured[FY_SESSION_MORNING], ==, 0);
  g_assert_cmpuint (r->missing[FY_SESSION_MORNING], ==, 1);       /* p5 */
  g_assert_cmpuint (r->entered[FY_SESSION_AFTERNOON], ==, 5);
  g_assert_cmpuint (r->entered_unmeasured[FY_SESSION_AFTERNOON], ==, 4);
  g_assert_cmpuint (r->missing[FY_SESSION_AFTERNOON], ==, 0);

  g_assert_cmpuint (r->fever, ==, 1);                /* p2, twice: one person */
  g_assert_cmpuint (r->symptoms, ==, 1);             /* p3 */
  g_assert_cmpuint (r->red_code, ==, 1);             /* p2 */
  g_assert_cmpuint (r->yellow_code, ==, 1);          /* p4 */
  g_assert_cmpuint (r->abnormal_people, ==, 3);
  g_assert_cmpuint (r->follow_ups_new, ==, 4);       /* p2 ×2, p3, p4 */
  g_assert_cmpuint (r->follow_ups_open, ==, 4);      /* p4's closed; p1's of 11-06 still open */

  g_assert_cmpuint (r->returnees, ==, 2);
  g_assert_cmpuint (r->returnees_risk, ==, 1);
  g_assert_cmpuint (r->quarantine[FY_QUARANTINE_CENTRAL], ==, 1);    /* p8 */
  g_assert_cmpuint (r->quarantine[FY_QUARANTINE_HOME], ==, 1);       /* p7 */
  g_assert_cmpuint (r->quarantine[FY_QUARANTINE_OBSERVATION], ==, 0);
  g_assert_cmpuint (r->quarantine_total, ==, 2);
  g_assert_cmpuint (r->quarantine_started, ==, 1);
  g_assert_cmpuint (r->quarantine_released, ==, 0);
  g_assert_cmpuint (r->quarantine_tests, ==, 2);     /* p7 day 3, p8 day 1 */
  g_assert_cmpuint (r->quarantine_tests_done, ==, 1);

  /* Due: p2, p3, p4, p5 (routine) and p7, p8 (planned); sampled: p3, p8;
   * overdue at 15:00: p2 (since 09:00) and p4 (never tested). */
  g_assert_cmpuint (r->tests_due, ==, 6);
  g_assert_cmpuint (r->tests_due_done, ==, 2);
  g_assert_cmpuint (r->tests_not_done, ==, 4);
  g_assert_cmpuint (r->tests_overdue, ==, 2);
  g_assert_cmpuint (r->tests_done, ==, 2);
  g_assert_cmpuint (r->antigen_done, ==, 1);
  g_assert_cmpuint (r->tests_positive, ==, 1);       /* p5 */
  {
    /* The same people as the due list of the tests module up to the day's end. */
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) due = fy_tests_list_due (f.store, fy_test_at (TODAY, 15, 0), 8, NULL, &error);
    guint overdue = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (due->len, ==, r->tests_not_done);
    for (guint i = 0; i < due->len; i++)
      overdue += ((FyDueTest *) g_ptr_array_index (due, i))->overdue;
    g_assert_cmpuint (overdue, ==, r->tests_overdue);
  }

  g_assert_false (fy_daily_report_is_zero (r));
  g_test_message ("abnormal text: %s", r->abnormal_text);
  g_assert_nonnull (strstr (r->abnormal_text, "张二 (生产部) 37.8 °C"));
  g_assert_nonnull (strstr (r->abnormal_text, "王三 (仓储部) Cough"));
  g_assert_nonnull (strstr (r->abnormal_text, "张二 (生产部) Red"));
  g_assert_nonnull (strstr (r->abnormal_text, "李四 (仓储部) Yellow"));
  g_assert_nonnull (strstr (r->abnormal_text, "赵五 (行政部)"));
  g_assert_nonnull (strstr (r->abnormal_text, "钱八 (生产部)"));
  /* A low-risk return with normal readings is not abnormal; the fever of
   * 11-06 whose follow-up is still open is. */
  g_assert_null (strstr (r->abnormal_text, "张一 (生产部) 江苏"));
  g_assert_nonnull (strstr (r->abnormal_text, "Follow-up still open: 1 person — 张一 (生产部) since 2026-11-06"));

  /* At 21:00 p5's test (due 20:00) is overdue too. */
  g_clear_pointer (&r, fy_daily_report_free);
  r = compute (f.store, TODAY, fy_test_at (TODAY, 21, 0));
  g_assert_cmpuint (r->tests_overdue, ==, 3);

  /* The same day seen later: "as of" is the end of the day. */
  g_clear_pointer (&r, fy_daily_report_free);
  g_setenv ("FANGYI_TODAY", "2026-11-11", TRUE);
  r = compute (f.store, TODAY, fy_test_at ("2026-11-11", 9, 0));
  g_setenv ("FANGYI_TODAY", TODAY, TRUE);
  g_assert_false (r->is_today);
  g_assert_cmpint (r->as_of, ==, fy_test_at ("2026-11-11", 0, 0) - 1);
  g_assert_cmpuint (r->tests_due, ==, 6);
  g_assert_cmpuint (r->tests_overdue, ==, 3);
  g_assert_cmpuint (r->headcount, ==, 7);
  g_assert_cmpuint (r->fever, ==, 1);
  fixture_tear_down (&f);
}

static void
test_zero_report (void)
{
  Fixture f = { 0 };
  g_autoptr(FyDailyReport) r = NULL;

  fixture_set_up (&f);
  r = compute (f.store, ZERO_DAY, fy_test_at (TODAY, 15, 0));
  g_assert_false (r->is_today);
  g_assert_cmpuint (r->headcount, ==, 7);            /* p6 left on 11-03 */
  g_assert_cmpuint (r->on_site, ==, 7);              /* no quarantine yet */
  g_assert_cmpuint (r->entered[FY_SESSION_MORNING], ==, 7);
  g_assert_cmpuint (r->entered_unmeasured[FY_SESSION_MORNING], ==, 7);
  g_assert_cmpuint (r->missing[FY_SESSION_MORNING], ==, 0);
  g_assert_cmpuint (r->missing[FY_SESSION_AFTERNOON], ==, 0);
  g_assert_cmpuint (r->fever + r->symptoms + r->red_code + r->yellow_code, ==, 0);
  g_assert_cmpuint (r->quarantine_total, ==, 0);
  g_assert_cmpuint (r->tests_done, ==, 0);
  g_assert_cmpuint (r->tests_due, ==, 7);            /* nobody sampled before 11-05 */
  g_assert_cmpuint (r->tests_overdue, ==, 7);
  g_assert_true (fy_daily_report_is_zero (r));
  g_assert_cmpstr (r->abnormal_text, ==, "None");
  /* The zero report does not hide the desk's lapses. */
  g_assert_cmpstr (r->gaps_text, ==, "nucleic-acid tests overdue: 7 people");
  g_assert_cmpuint (r->absent, ==, 0);
  fixture_tear_down (&f);
}

/* The day after the fever: no new event, but the follow-up is still open,
 * so it is a daily report naming it; nobody entered, which the gaps say.
 * Leave, sick leave and trips fill the absence line. */
static void
test_open_items_not_zero (void)
{
  Fixture f = { 0 };
  g_autoptr(FyDailyReport) r = NULL;
  g_autoptr(GError) error = NULL;

  fixture_set_up (&f);
  g_assert_true (fy_absence_record (f.store, f.p2, &(FyAbsenceSpec) { .kind = FY_ABSENCE_SICK_LEAVE,
                                    .start_day = "2026-11-07", .end_day = "2026-11-08" },
                                    fy_test_at ("2026-11-07", 8, 0), NULL, &error));
  g_assert_true (fy_absence_record (f.store, f.p3, &(FyAbsenceSpec) { .kind = FY_ABSENCE_LEAVE,
                                    .start_day = "2026-11-07", .end_day = "2026-11-07" },
                                    fy_test_at ("2026-11-07", 8, 0), NULL, &error));
  g_assert_no_error (error);
  r = compute (f.store, "2026-11-07", fy_test_at (TODAY, 15, 0));
  g_assert_false (fy_daily_report_is_zero (r));
  g_assert_cmpstr (r->abnormal_text, ==, "Follow-up still open: 1 person — 张一 (生产部) since 2026-11-06");
  /* p1, p8 on private trips from 11-07, p2 sick, p3 on leave: 7 − 4 on site. */
  g_assert_cmpuint (r->on_site, ==, 3);
  g_assert_cmpuint (r->absent, ==, 4);
  g_assert_cmpuint (r->absent_sick, ==, 1);
  g_assert_cmpuint (r->away[FY_AWAY_PRIVATE_TRIP], ==, 2);
  g_assert_nonnull (strstr (r->gaps_text, "Morning check: 3 people without an entry"));
  fixture_tear_down (&f);
}

/* A test still pending after a fever keeps the day from being a zero report. */
static void
test_pending_after_fever (void)
{
  Fixture f = { 0 };
  g_autoptr(FyDailyReport) r = NULL;

  fixture_set_up (&f);
  sample (f.store, f.p2, fy_test_at (TODAY, 13, 0), FY_TEST_PCR);
  r = compute (f.store, TODAY, fy_test_at (TODAY, 15, 0));
  g_assert_false (fy_daily_report_is_zero (r));
  /* 张一's sample of 11-09, after the fever of 11-06, is still pending too. */
  g_assert_nonnull (strstr (r->abnormal_text, "Test result pending after a fever: 2 people — "
                                              "张一 (生产部) Nucleic acid, 张二 (生产部) Nucleic acid"));
  fixture_tear_down (&f);
}

static void
test_fever_not_zero (void)
{
  Fixture f = { 0 };
  g_autoptr(FyDailyReport) r = NULL;

  fixture_set_up (&f);
  r = compute (f.store, FEVER_DAY, fy_test_at (TODAY, 15, 0));
  g_assert_cmpuint (r->fever, ==, 1);
  g_assert_cmpuint (r->abnormal_people, ==, 1);
  g_assert_cmpuint (r->symptoms, ==, 0);
  g_assert_cmpuint (r->entered[FY_SESSION_MORNING], ==, 7);
  g_assert_cmpuint (r->missing[FY_SESSION_AFTERNOON], ==, 7);
  g_assert_cmpuint (r->follow_ups_new, ==, 1);
  g_assert_cmpuint (r->follow_ups_open, ==, 1);
  g_assert_false (fy_daily_report_is_zero (r));
  g_assert_cmpstr (r->abnormal_text, ==, "Temperature at or above the fever line: 1 person — 张一 (生产部) 37.6 °C");
  fixture_tear_down (&f);
}

static void
test_refused (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  FyDailyReport *r;

  r = fy_daily_report_compute (store, "2026-11-11", fy_test_at (TODAY, 9, 0), &error);
  g_assert_null (r);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  r = fy_daily_report_compute (store, "2026-02-30", fy_test_at (TODAY, 9, 0), &error);
  g_assert_null (r);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);

  /* An empty company: a zero report of zeros. */
  r = fy_daily_report_compute (store, NULL, fy_test_at (TODAY, 9, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r->headcount, ==, 0);
  g_assert_cmpuint (r->tests_due, ==, 0);
  g_assert_true (fy_daily_report_is_zero (r));
  fy_daily_report_free (r);
}

/* The ledger's row whose item is `item`: its figures and remarks. */
static gboolean
ledger_row (FyLedger *ledger, const char *item, char **figures, char **remarks, gboolean *highlighted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (ledger, 0, -1, &error);

  g_assert_no_error (error);
  while (fy_ledger_cursor_next (cursor, &error))
    if (g_str_equal (fy_ledger_cursor_get_text (cursor, 1), item))
      {
        *figures = g_strdup (fy_ledger_cursor_get_text (cursor, 2));
        if (remarks)
          *remarks = g_strdup (fy_ledger_cursor_get_text (cursor, 3));
        if (highlighted)
          *highlighted = fy_ledger_cursor_is_highlighted (cursor, 2);
        return TRUE;
      }
  g_assert_no_error (error);
  return FALSE;
}

static FyLedger *
daily_ledger (FyStore *store, const char *day)
{
  g_autoptr(GError) error = NULL;
  FyLedgerParams params = { 0 };
  FyLedger *ledger;

  params.from = day;
  ledger = fy_ledger_new (store, "daily-report", &params, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ledger);
  return ledger;
}

static void
test_ledger (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) busy = NULL;
  g_autoptr(FyLedger) zero = NULL;
  g_autoptr(FyDailyReport) r = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *xlsx = g_build_filename (dir, "zero.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (dir, "busy.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *expected = NULL;
  char *figures = NULL, *remarks = NULL;
  gboolean hl = FALSE;

  fixture_set_up (&f);
  fy_store_set_setting (f.store, "company.name", "澄湖精密", &error);
  fy_store_set_setting (f.store, "company.phone", "0512-66108800", &error);
  g_assert_no_error (error);

  /* The ledger computes as of the real clock: compare with the same. */
  r = compute (f.store, TODAY, g_get_real_time () / G_USEC_PER_SEC);
  busy = daily_ledger (f.store, TODAY);
  g_assert_cmpstr (fy_ledger_get_title (busy), ==, "Daily Report");
  g_assert_cmpstr (fy_ledger_get_period_text (busy), ==, TODAY);
  g_assert_cmpint (fy_ledger_count_rows (busy, &error), ==, 26);
  /* The plans line: nothing due in this fixture, not highlighted. */
  g_assert_true (ledger_row (busy, "Plans and corrective actions", &figures, &remarks, &hl));
  g_assert_cmpstr (figures, ==, "Plan reviews due 0; corrective actions open 0, of which overdue 0");
  g_assert_cmpstr (remarks, ==, "");
  g_assert_false (hl);
  g_clear_pointer (&figures, g_free);
  g_clear_pointer (&remarks, g_free);
  /* No zone map in this fixture: the row says so instead of inventing numbers. */
  g_assert_true (ledger_row (busy, "Risk areas (red / yellow / blue / green)", &figures, &remarks, &hl));
  g_assert_cmpstr (figures, ==, "—");
  g_assert_cmpstr (remarks, ==, "No zone map drawn yet");
  g_assert_false (hl);
  g_clear_pointer (&figures, g_free);
  g_clear_pointer (&remarks, g_free);
  g_assert_true (ledger_row (busy, "Headcount (on the roster)", &figures, NULL, NULL));
  g_assert_cmpstr (figures, ==, "7 people");
  g_clear_pointer (&figures, g_free);
  g_assert_true (ledger_row (busy, "Nucleic-acid tests (due / done / positive)", &figures, &remarks, &hl));
  g_assert_cmpstr (figures, ==, "Due 6, done 2, positive 1");
  expected = g_strdup_printf ("Due but not done 4 (overdue %u); antigen tests 1", r->tests_overdue);
  g_assert_cmpstr (remarks, ==, expected);
  g_assert_true (hl);
  g_clear_pointer (&figures, g_free);
  g_clear_pointer (&remarks, g_free);
  g_assert_true (ledger_row (busy, "Red / yellow health code", &figures, NULL, &hl));
  g_assert_cmpstr (figures, ==, "Red 1, yellow 1");
  g_assert_true (hl);
  g_clear_pointer (&figures, g_free);
  /* No visitors in this fixture: a real zero, not "not tracked". */
  g_assert_true (ledger_row (busy, "Visitors (visits)", &figures, NULL, &hl));
  g_assert_cmpstr (figures, ==, "0 person-visits");
  g_assert_false (hl);
  g_clear_pointer (&figures, g_free);
  g_assert_true (ledger_row (busy, "Contact phone", &figures, NULL, NULL));
  g_assert_cmpstr (figures, ==, "0512-66108800");
  g_clear_pointer (&figures, g_free);
  g_assert_true (ledger_row (busy, "Abnormal situation", &figures, NULL, &hl));
  g_assert_cmpstr (figures, ==, r->abnormal_text);
  g_assert_true (hl);
  g_clear_pointer (&figures, g_free);

  zero = daily_ledger (f.store, ZERO_DAY);
  g_assert_cmpstr (fy_ledger_get_title (zero), ==, "Zero Report");
  g_assert_true (ledger_row (zero, "Abnormal situation", &figures, NULL, &hl));
  g_assert_cmpstr (figures, ==, "None");
  g_assert_false (hl);
  g_clear_pointer (&figures, g_free);

  /* Read back with real readers. */
  g_assert_true (fy_ledger_export (zero, xlsx, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  dump = fy_test_read_xlsx (xlsx, "for row in ws.iter_rows(values_only=True):\n"
                                  "    print('|'.join('' if v is None else str(v) for v in row))\n", NULL);
  g_test_message ("%s", dump);
  g_assert_nonnull (strstr (dump, "Zero Report"));
  g_assert_nonnull (strstr (dump, "Abnormal situation|None|"));
  g_assert_nonnull (strstr (dump, "Headcount (on the roster)|7 people|"));

  g_assert_true (fy_ledger_export (busy, pdf, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = fy_test_pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Daily Report"));
  g_assert_nonnull (strstr (text, "Due 6, done 2, positive 1"));
  g_assert_nonnull (strstr (text, "张二"));
  fixture_tear_down (&f);
}

/* `fangyi --database DB report daily ARGS…`; its standard output in *out. */
static int
run_report (const char *database, const char *a1, const char *a2, const char *a3, const char *a4, char **out)
{
  return fy_test_run_cli (database, (const char *const[]) { "report", "daily", a1, a2, a3, a4, NULL }, out);
}

static void
test_cli (void)
{
  Fixture f = { 0 };
  g_autofree char *csv = fy_test_tmp_path ("daily.csv");
  g_autofree char *data = NULL;
  char *out = NULL;

  fixture_set_up (&f);
  g_assert_cmpint (run_report (fy_store_get_path (f.store), "--date", ZERO_DAY, NULL, NULL, &out), ==, 0);
  g_test_message ("%s", out);
  g_assert_true (g_str_has_prefix (out, "Zero Report\n"));
  g_assert_nonnull (strstr (out, "\nAbnormal situation: None (nucleic-acid tests overdue: 7 people)\n"));
  g_assert_nonnull (strstr (out, "\nHeadcount (on the roster): 7 people\n"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_report (fy_store_get_path (f.store), "--date", FEVER_DAY, NULL, NULL, &out), ==, 0);
  g_assert_true (g_str_has_prefix (out, "Daily Report\n"));
  g_assert_nonnull (strstr (out, "\nAbnormal temperature: 1 person (Fever line 37.3 °C)\n"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_report (fy_store_get_path (f.store), "--date", TODAY, "-o", csv, &out), ==, 0);
  g_clear_pointer (&out, g_free);
  g_assert_true (g_file_get_contents (csv, &data, NULL, NULL));
  g_assert_nonnull (strstr (data, "Positive test result: 1 person"));

  /* Tomorrow: refused, nothing printed. */
  g_assert_cmpint (run_report (fy_store_get_path (f.store), "--date", "2026-11-11", NULL, NULL, &out), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  fixture_tear_down (&f);
}

int
main (int argc, char **argv)
{
  fy_test_health_init (&argc, &argv, TODAY);
  g_test_add_func ("/daily-report/busy-day", test_busy_day);
  g_test_add_func ("/daily-report/zero", test_zero_report);
  g_test_add_func ("/daily-report/fever-not-zero", test_fever_not_zero);
  g_test_add_func ("/daily-report/open-items-not-zero", test_open_items_not_zero);
  g_test_add_func ("/daily-report/pending-after-fever", test_pending_after_fever);
  g_test_add_func ("/daily-report/refused", test_refused);
  g_test_add_func ("/daily-report/ledger", test_ledger);
  g_test_add_func ("/daily-report/cli", test_cli);
  return g_test_run ();
}
