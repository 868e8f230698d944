/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo company's gate, read back through the gate API: 30 days of
 * visitors and trucks within the brief's daily ranges, exactly one refusal
 * (37.6 °C), one late truck declaration and one arrival without
 * declaration; today two visitors and a truck inside (the truck past its
 * limit) and arrivals still expected; a disinfection entry for every
 * admitted truck; repeat visitors found again; the events register; the
 * same company for the same seed. Today pinned: the demo's "now" is 10:30. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fy-demo.h"
#include "fy-gate.h"
#include "fy-ledger.h"
#include "fy-store-private.h"
#include "fy-test-support.h"

#define TODAY "2026-11-22"

static gint64
now (void)
{
  return fy_test_at (TODAY, 10, 30);
}

static void
test_thirty_days (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(GError) error = NULL;
  guint weekdays = 0;

  for (int back = 1; back < 30; back++)
    {
      g_autofree char *day = fy_date_add_days (TODAY, -back);
      FyGateDayCounts c = { 0 };
      GDate date;
      int y, m, d;

      g_assert_true (fy_gate_day_counts (store, day, now (), &c, &error));
      g_assert_no_error (error);
      g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
      g_date_set_dmy (&date, d, m, y);
      if (g_date_get_weekday (&date) < G_DATE_SATURDAY)
        {
          weekdays++;
          /* 5–15 visitors (a group may overshoot by two), 2–6 trucks. */
          g_assert_cmpint (c.visitor_people + (c.refused ? 1 : 0), >=, 5);
          g_assert_cmpint (c.visitor_people, <=, 17);
          g_assert_cmpint (c.trucks, >=, 2);
          g_assert_cmpint (c.trucks, <=, 6);
        }
      g_assert_cmpint (c.inside_now, ==, 0);
    }
  g_assert_cmpuint (weekdays, >=, 20);

  /* Exactly one of each deliberate case. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit WHERE status = 'refused'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit v JOIN gate_person p ON p.visit_id = v.id"
                                             " WHERE v.status = 'refused' AND p.position = 0 AND p.temp1 = 376"
                                             " AND p.temp2 = 376 AND v.reasons = 1"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit WHERE flags & 2"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit WHERE flags & 2 AND kind = 'truck'"),
                   ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit WHERE flags & 1"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit WHERE flags & 1"
                                             " AND declared_at IS NULL AND status = 'left'"), ==, 1);
  /* Mostly declared ahead. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit WHERE declared_at IS NULL"), ==, 1);

  /* Every admitted truck was disinfected at the gate, in the loading yard,
   * by the guard who checked it in. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit v LEFT JOIN disinfection_entry e"
                                             " ON e.id = v.disinfection_entry_id WHERE v.kind = 'truck'"
                                             " AND v.status IN ('inside', 'left') AND (e.id IS NULL"
                                             " OR e.area_name <> '装卸区' OR e.executor <> v.checked_by)"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit WHERE kind = 'truck'"
                                             " AND disinfection_entry_id IS NOT NULL"), >=, 40);
  /* Drivers stay in the cab; visitors start in the buffer area. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit WHERE kind = 'truck'"
                                             " AND status IN ('inside', 'left') AND stayed_in_cab IS NOT 1"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM gate_visit v WHERE kind = 'visitor' AND NOT EXISTS"
                                             " (SELECT 1 FROM gate_visit_area a WHERE a.visit_id = v.id"
                                             " AND a.position = 0 AND a.area_name = '访客缓冲区')"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT group_concat(quick_check) = 'ok' FROM pragma_quick_check"), ==, 1);
}

/* Every visit reads back through the API and passes the gate's own
 * validation (ID numbers, phones, plates as the roster's rules). */
static void
test_valid (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(GError) error = NULL;
  gint64 n = fy_test_query_int (store, "SELECT max(id) FROM gate_visit");

  g_assert_cmpint (n, >, 200);
  for (gint64 id = 1; id <= n; id++)
    {
      g_autoptr(FyGateVisit) v = fy_gate_get (store, id, &error);

      g_assert_no_error (error);
      g_assert_nonnull (v);
      g_assert_cmpuint (v->people->len, >=, 1);
      g_assert_true (fy_gate_visit_validate (v, MAX (now (), v->arrived_at), &error));
      g_assert_no_error (error);
      if (v->kind == FY_GATE_VISITOR)
        {
          g_assert_cmpint (v->host_staff_id, >, 0);
          g_assert_cmpstr (v->purpose, !=, "");
        }
      else
        {
          g_assert_cmpstr (v->plate, !=, "");
          g_assert_cmpstr (v->unload_name, ==, "装卸区 货车装卸点");
        }
    }
}

static void
test_today (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) inside = fy_gate_list_inside (store, now (), &error);
  g_autoptr(GPtrArray) expected = NULL;
  FyGateDayCounts c = { 0 };
  guint visitors = 0, trucks = 0, overstay = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (inside->len, ==, 3);
  for (guint i = 0; i < inside->len; i++)
    {
      const FyGateVisit *v = g_ptr_array_index (inside, i);

      visitors += v->kind == FY_GATE_VISITOR;
      if (v->kind == FY_GATE_VISITOR)
        g_assert_cmpuint (v->people->len, ==, 1);   /* two visitors, not two groups */
      trucks += v->kind == FY_GATE_TRUCK;
      if (v->flags & FY_GATE_FLAG_OVERSTAY)
        {
          overstay++;
          g_assert_cmpint (v->kind, ==, FY_GATE_TRUCK);
          g_assert_cmpint (fy_gate_dwell_minutes (v, now ()), ==, 95);
        }
    }
  g_assert_cmpuint (visitors, ==, 2);
  g_assert_cmpuint (trucks, ==, 1);
  g_assert_cmpuint (overstay, ==, 1);

  expected = fy_gate_list_expected (store, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, ==, 5);

  g_assert_true (fy_gate_day_counts (store, TODAY, now (), &c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (c.inside_now, ==, 3);
  g_assert_cmpint (c.overstay, ==, 1);
  g_assert_cmpint (c.expected_left, ==, 5);
}

/* A visitor who came more than once is found again by ID number and by
 * phone, with the company reused. */
static void
test_repeat_visitors (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store,
      "SELECT o.id_number, o.phone, o.name, o.company, count(*) FROM gate_person p JOIN outsider o"
      " ON o.id = p.outsider_id GROUP BY o.id HAVING count(*) >= 3 ORDER BY o.id LIMIT 1", &error);
  g_autoptr(FyGatePerson) by_id = NULL;
  g_autoptr(FyGatePerson) by_phone = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  by_id = fy_gate_find_outsider (store, (const char *) sqlite3_column_text (stmt, 0), NULL, &error);
  g_assert_no_error (error);
  by_phone = fy_gate_find_outsider (store, (const char *) sqlite3_column_text (stmt, 1), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (by_id);
  g_assert_nonnull (by_phone);
  g_assert_cmpint (by_id->outsider_id, ==, by_phone->outsider_id);
  g_assert_cmpstr (by_id->name, ==, (const char *) sqlite3_column_text (stmt, 2));
  g_assert_cmpstr (by_id->company, ==, (const char *) sqlite3_column_text (stmt, 3));
  /* People come back: far fewer outsiders than people at the gate. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM outsider") * 3, <,
                   fy_test_query_int (store, "SELECT count(*) FROM gate_person"));
}

static void
test_events (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = fy_gate_event_list (store, TODAY, &error);
  guint warn = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      const FyGateEvent *e = g_ptr_array_index (events, i);

      g_assert_cmpint (e->headcount, >, FY_GATE_EVENT_MIN_PEOPLE);
      if (fy_gate_event_needs_approval (e, TODAY))
        {
          warn++;
          g_assert_cmpstr (e->held_on, ==, "2026-11-27");
          g_assert_null (e->approved_on);
        }
      else
        g_assert_nonnull (e->approved_on);
    }
  g_assert_cmpuint (warn, ==, 1);
}

/* The same seed gives the same gate, another seed another. */
static void
test_deterministic (void)
{
  FY_TEST_LAST_REF FyStore *a = fy_test_open_demo_store ();
  FY_TEST_LAST_REF FyStore *b = fy_test_open_demo_store ();
  FY_TEST_LAST_REF FyStore *c = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  const char *sql = "SELECT sum(length(o.name) * p.position + p.temp1 + v.planned_at % 100000 + length(v.plate))"
                    " FROM gate_visit v JOIN gate_person p ON p.visit_id = v.id JOIN outsider o ON o.id = p.outsider_id";

  g_assert_true (fy_demo_populate (c, FY_DEMO_DEFAULT_SEED + 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (a, sql), ==, fy_test_query_int (b, sql));
  g_assert_cmpint (fy_test_query_int (a, sql), !=, fy_test_query_int (c, sql));
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  fy_test_init (&argc, &argv, TODAY);

  g_test_add_func ("/demo-gate/thirty-days", test_thirty_days);
  g_test_add_func ("/demo-gate/valid", test_valid);
  g_test_add_func ("/demo-gate/today", test_today);
  g_test_add_func ("/demo-gate/repeat-visitors", test_repeat_visitors);
  g_test_add_func ("/demo-gate/events", test_events);
  g_test_add_func ("/demo-gate/deterministic", test_deterministic);
  return g_test_run ();
}
