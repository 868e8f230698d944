/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The gate in the daily report, on visits made through the gate API: the
 * day's visitors (人次) and trucks (车次); a refusal, a truck inside past its
 * limit and an event over 200 people within a week without approval each
 * keep the day from being a zero report and are named in the abnormal
 * situation; an admitted visit that left is not abnormal. The ledger's gate
 * rows. China's time zone, today pinned. */
#include "config.h"

#include <string.h>

#include "fy-daily-report-private.h"
#include "fy-daily-report.h"
#include "fy-gate.h"
#include "fy-ledger.h"
#include "fy-test-support.h"

#define TODAY     "2026-11-10"
#define YESTERDAY "2026-11-09"

static FyGatePerson *
person (FyGateRole role, const char *name, const char *id_number, const char *phone, int temp, gint64 tested)
{
  FyGatePerson *p = fy_gate_person_new (role);

  fy_test_set_text (&p->name, name);
  fy_test_set_text (&p->id_number, id_number);
  fy_test_set_text (&p->phone, phone);
  fy_test_set_text (&p->company, "苏州恒达电子有限公司");
  p->code = FY_CODE_GREEN;
  p->travel_risk = FY_RISK_LOW;
  p->test_at = tested;
  p->test_result = FY_RESULT_NEGATIVE;
  p->temp1 = temp;
  return p;
}

static FyGateVisit *
visitor (gint64 host, gint64 planned_at, FyGatePerson *p)
{
  FyGateVisit *v = fy_gate_visit_new (FY_GATE_VISITOR);

  v->planned_at = planned_at;
  v->host_staff_id = host;
  fy_test_set_text (&v->purpose, "商务洽谈");
  g_ptr_array_add (v->people, p);
  return v;
}

static void
declare (FyStore *store, FyGateVisit *v, gint64 now)
{
  g_autoptr(GError) error = NULL;

  fy_gate_declare (store, v, now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (v->id, >, 0);
}

static void
check_in (FyStore *store, FyGateVisit *v, gboolean admit, gint64 at)
{
  g_autoptr(GError) error = NULL;
  FyGateCheckIn check = { .visit = v, .admit = admit, .at = at };

  fy_gate_check_in (store, &check, &error);
  g_assert_no_error (error);
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

/* Yesterday: two visitors in one visit, admitted and gone by noon — a zero
 * report. Then a visitor refused for fever, arriving without declaration —
 * not any more. */
static void
test_visits_and_refusal (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  gint64 host = fy_test_add_staff (store, "E001", "李经理", "department", "销售部", NULL);
  gint64 declared_at = fy_test_at ("2026-11-08", 10, 0);
  g_autoptr(FyGateVisit) v = visitor (host, fy_test_at (YESTERDAY, 9, 0),
                                      person (FY_GATE_ROLE_VISITOR, "张明", "11010519491231002X", "13812345678",
                                              365, fy_test_at ("2026-11-08", 8, 0)));
  g_autoptr(FyGateVisit) refused = NULL;
  g_autoptr(FyDailyReport) r = NULL;

  g_ptr_array_add (v->people, person (FY_GATE_ROLE_COMPANION, "王芳", "", "13998765432", 366,
                                      fy_test_at ("2026-11-08", 8, 0)));
  declare (store, v, declared_at);
  check_in (store, v, TRUE, fy_test_at (YESTERDAY, 9, 5));
  g_assert_true (fy_gate_check_out (store, v->id, fy_test_at (YESTERDAY, 11, 30), "", "", fy_now (), &error));
  g_assert_no_error (error);

  r = compute (store, YESTERDAY, fy_test_at (TODAY, 9, 0));
  g_assert_cmpint (r->gate.visitor_people, ==, 2);
  g_assert_cmpint (r->gate.visitor_visits, ==, 1);
  g_assert_cmpint (r->gate.refused, ==, 0);
  g_assert_true (fy_daily_report_is_zero (r));
  g_clear_pointer (&r, fy_daily_report_free);

  refused = visitor (host, fy_test_at (YESTERDAY, 14, 0),
                     person (FY_GATE_ROLE_VISITOR, "赵强", "320506198805120015", "", 378,
                             fy_test_at ("2026-11-08", 8, 0)));
  check_in (store, refused, FALSE, fy_test_at (YESTERDAY, 14, 0));
  r = compute (store, YESTERDAY, fy_test_at (TODAY, 9, 0));
  g_assert_cmpint (r->gate.refused, ==, 1);
  g_assert_cmpint (r->gate.undeclared, ==, 1);
  g_assert_false (fy_daily_report_is_zero (r));
  g_assert_nonnull (strstr (r->abnormal_text, "Refused at the gate: 1 person — 赵强 (苏州恒达电子有限公司) "));
}

/* A truck in at 08:00 with a 60-minute limit: at 08:30 nothing is wrong; at
 * noon it is inside past the limit, in the text and on the gate row. */
static void
test_truck_overstay (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyGateVisit) truck = fy_gate_visit_new (FY_GATE_TRUCK);
  g_autoptr(FyDailyReport) r = NULL;
  g_autoptr(FyLedger) ledger = NULL;
  g_autoptr(FyLedgerCursor) cursor = NULL;
  FyLedgerParams params = { .from = TODAY };
  gboolean seen = FALSE;

  truck->planned_at = fy_test_at (TODAY, 8, 0);
  fy_test_set_text (&truck->plate, "皖A12345");
  fy_test_set_text (&truck->vehicle_type, "box");
  fy_test_set_text (&truck->origin, "安徽合肥");
  fy_test_set_text (&truck->cargo, "钢材");
  g_ptr_array_add (truck->people, person (FY_GATE_ROLE_DRIVER, "刘建国", "34010219800101001X", "13700001111", 362,
                                          fy_test_at (YESTERDAY, 6, 0)));
  declare (store, truck, fy_test_at (YESTERDAY, 7, 0));
  check_in (store, truck, TRUE, fy_test_at (TODAY, 8, 0));

  r = compute (store, TODAY, fy_test_at (TODAY, 8, 30));
  g_assert_cmpint (r->gate.trucks, ==, 1);
  g_assert_cmpint (r->gate.inside_now, ==, 1);
  g_assert_cmpint (r->gate.overstay, ==, 0);
  g_assert_true (fy_daily_report_is_zero (r));
  g_clear_pointer (&r, fy_daily_report_free);

  r = compute (store, TODAY, fy_test_at (TODAY, 12, 0));
  g_assert_cmpint (r->gate.overstay, ==, 1);
  g_assert_false (fy_daily_report_is_zero (r));
  g_assert_cmpstr (r->abnormal_text, ==, "Inside past the time limit: 1 person — 刘建国 (皖A12345) inside for 4 h");

  /* The ledger computes as of its own "now": noon of a pinned today. */
  ledger = fy_ledger_new (store, "daily-report", &params, &error);
  g_assert_no_error (error);
  cursor = fy_ledger_query (ledger, 0, -1, &error);
  g_assert_no_error (error);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      const char *item = fy_ledger_cursor_get_text (cursor, 1);

      if (g_str_equal (item, "Trucks (arrivals)"))
        {
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, 2), ==, "1 truck arrival");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, 3), ==, "Drivers and co-riders 1; declared late 0");
        }
      else if (g_str_equal (item, "Gate: refused / not declared / inside"))
        {
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, 2), ==,
                           "Refused 0, not declared 0, inside 1 (over the time limit 1)");
          g_assert_true (fy_ledger_cursor_is_highlighted (cursor, 2));
          seen = TRUE;
        }
    }
  g_assert_no_error (error);
  g_assert_true (seen);
}

/* An event over 200 people five days ahead without approval; approved, the
 * day is a zero report again. */
static void
test_event_approval (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyGateEvent) event = fy_gate_event_new ();
  g_autoptr(FyDailyReport) r = NULL;

  fy_test_set_text (&event->name, "年度客户答谢会");
  fy_test_set_text (&event->held_on, "2026-11-15");
  event->headcount = 350;
  g_assert_true (fy_gate_event_save (store, event, &error));
  g_assert_no_error (error);

  /* Eight days before: not yet in the week. */
  r = compute (store, "2026-11-07", fy_test_at (TODAY, 9, 0));
  g_assert_true (fy_daily_report_is_zero (r));
  g_clear_pointer (&r, fy_daily_report_free);

  r = compute (store, TODAY, fy_test_at (TODAY, 9, 0));
  g_assert_false (fy_daily_report_is_zero (r));
  g_assert_cmpuint (r->events_unapproved, ==, 1);
  g_assert_cmpstr (r->abnormal_text, ==,
                   "Event over 200 people without approval: 1 event — 年度客户答谢会 on 2026-11-15, 350 people");
  g_clear_pointer (&r, fy_daily_report_free);

  fy_test_set_text (&event->approved_on, "2026-11-09");
  fy_test_set_text (&event->authority, "甪直镇疫情防控指挥部");
  g_assert_true (fy_gate_event_save (store, event, &error));
  g_assert_no_error (error);
  r = compute (store, TODAY, fy_test_at (TODAY, 9, 0));
  g_assert_true (fy_daily_report_is_zero (r));
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  /* The gate refuses times in the future: noon, whatever the real hour. */
  g_setenv ("FANGYI_NOW", TODAY " 12:00", TRUE);
  fy_test_init (&argc, &argv, TODAY);

  g_test_add_func ("/daily-report-gate/visits-and-refusal", test_visits_and_refusal);
  g_test_add_func ("/daily-report-gate/truck-overstay", test_truck_overstay);
  g_test_add_func ("/daily-report-gate/event-approval", test_event_approval);
  return g_test_run ();
}
