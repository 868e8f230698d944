/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Quarantine calendars for every template (month, year and leap-day
 * boundaries), start / status / due tests / release, phase changes, trips
 * whose return starts a quarantine, vaccination, and the refusals (nothing
 * written). */
#include "config.h"

#include "fy-error.h"
#include "fy-health-private.h"
#include "fy-health-test-support.h"
#include "fy-quarantine.h"
#include "fy-tests.h"
#include "fy-trips.h"
#include "fy-vaccination.h"

#define TODAY "2026-11-10"

/* "day@phase.phase_day day@…" of a plan's tests. */
static char *
tests_text (GPtrArray *tests)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < tests->len; i++)
    {
      FyQuarantineTest *t = g_ptr_array_index (tests, i);
      g_string_append_printf (s, "%s%s@%d.%d", i ? " " : "", t->day, t->phase, t->phase_day);
    }
  return g_string_free (s, FALSE);
}

static FyQuarantinePlan *
plan_of (FyStore *store, const char *code, const char *start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyQuarantineTemplate) tmpl = fy_quarantine_get_template (store, code, &error);
  g_autoptr(GArray) phases = g_array_new (FALSE, TRUE, sizeof (FyQuarantinePhase));
  FyQuarantinePlan *plan;

  g_assert_no_error (error);
  for (guint i = 0; i < tmpl->phases->len; i++)
    g_array_append_val (phases, *(FyQuarantinePhase *) g_ptr_array_index (tmpl->phases, i));
  plan = fy_quarantine_plan (start, (FyQuarantinePhase *) phases->data, phases->len, &error);
  g_assert_no_error (error);
  return plan;
}

static void
test_calendars (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) templates = fy_quarantine_list_templates (store, &error);
  struct { const char *code, *start, *end, *tests, *phases; } cases[] = {
    { "home_7", "2026-12-28", "2027-01-03",
      "2026-12-28@1.1 2026-12-30@1.3 2027-01-01@1.5 2027-01-03@1.7",
      "home_isolation:2026-12-28..2027-01-03" },
    { "central_5_home_3", "2027-02-25", "2027-03-04",
      "2027-02-25@1.1 2027-02-26@1.2 2027-02-27@1.3 2027-03-01@1.5 2027-03-02@2.1 2027-03-04@2.3",
      "central_isolation:2027-02-25..2027-03-01 home_isolation:2027-03-02..2027-03-04" },
    { "central_5_home_3", "2028-02-25", "2028-03-03",     /* leap year */
      "2028-02-25@1.1 2028-02-26@1.2 2028-02-27@1.3 2028-02-29@1.5 2028-03-01@2.1 2028-03-03@2.3",
      "central_isolation:2028-02-25..2028-02-29 home_isolation:2028-03-01..2028-03-03" },
    { "observation_14", "2026-12-25", "2027-01-07", "",
      "observation:2026-12-25..2027-01-07" },
    { "home_7", "2026-04-27", "2026-05-03",
      "2026-04-27@1.1 2026-04-29@1.3 2026-05-01@1.5 2026-05-03@1.7",
      "home_isolation:2026-04-27..2026-05-03" },
  };

  g_assert_cmpuint (templates->len, ==, 4);
  g_assert_cmpstr (((FyQuarantineTemplate *) g_ptr_array_index (templates, 3))->code, ==, "custom");
  g_assert_cmpuint (((FyQuarantineTemplate *) g_ptr_array_index (templates, 3))->phases->len, ==, 0);
  g_assert_cmpstr (fy_quarantine_template_label (g_ptr_array_index (templates, 1)), !=, "");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FyQuarantinePlan) plan = plan_of (store, cases[i].code, cases[i].start);
      g_autofree char *tests = tests_text (plan->tests);
      g_autoptr(GString) phases = g_string_new (NULL);

      for (guint p = 0; p < plan->phases->len; p++)
        {
          FyQuarantinePhase *ph = g_ptr_array_index (plan->phases, p);
          g_string_append_printf (phases, "%s%s:%s..%s", p ? " " : "", fy_quarantine_kind_to_code (ph->kind),
                                  ph->start_day, ph->end_day);
        }
      g_assert_cmpstr (plan->start_day, ==, cases[i].start);
      g_assert_cmpstr (plan->end_day, ==, cases[i].end);
      g_assert_cmpstr (tests, ==, cases[i].tests);
      g_assert_cmpstr (phases->str, ==, cases[i].phases);
    }

  /* Custom: 3 days central with tests "1, 3" (typed loosely), then 2 days
   * of observation tested on day 2, across a month end. */
  {
    FyQuarantinePhase custom[] = {
      { FY_QUARANTINE_CENTRAL, 3, (char *) "１, 3" },
      { FY_QUARANTINE_OBSERVATION, 2, (char *) "2" },
    };
    g_autoptr(FyQuarantinePlan) plan = fy_quarantine_plan ("2026-01-30", custom, 2, &error);
    g_autofree char *tests = NULL;
    g_assert_no_error (error);
    tests = tests_text (plan->tests);
    g_assert_cmpstr (tests, ==, "2026-01-30@1.1 2026-02-01@1.3 2026-02-03@2.2");
    g_assert_cmpstr (plan->end_day, ==, "2026-02-03");
    g_assert_cmpstr (((FyQuarantinePhase *) g_ptr_array_index (plan->phases, 0))->test_days, ==, "1,3");
  }

  /* Bad phases. */
  {
    FyQuarantinePhase bad_day[] = { { FY_QUARANTINE_HOME, 7, (char *) "1,8" } };
    FyQuarantinePhase unordered[] = { { FY_QUARANTINE_HOME, 7, (char *) "3,1" } };
    FyQuarantinePhase too_long[] = { { FY_QUARANTINE_HOME, 61, (char *) "" } };
    FyQuarantinePhase junk[] = { { FY_QUARANTINE_HOME, 7, (char *) "1,x" } };
    FyQuarantinePhase *bad[] = { bad_day, unordered, too_long, junk };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_assert_null (fy_quarantine_plan ("2026-01-30", bad[i], 1, &error));
        g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
        g_clear_error (&error);
      }
    g_assert_null (fy_quarantine_plan ("2026-02-30", bad_day, 0, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  }
}

static gint64
start (FyStore *store, gint64 staff_id, const char *code, const char *day, GError **error)
{
  FyQuarantineSpec spec = { 0 };
  gint64 id = 0;

  spec.staff_id = staff_id;
  spec.template_code = code;
  spec.start_day = day;
  spec.reason = FY_QUARANTINE_REASON_CLOSE_CONTACT;
  if (!fy_quarantine_start (store, &spec, fy_test_at (TODAY, 9, 0), &id, error))
    return 0;
  return id;
}

static void
test_start_due_release (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "Q1", "密接者", "冲压车间");
  gint64 b = fy_test_add_person (store, "Q2", "同事", "冲压车间");
  gint64 now = fy_test_at (TODAY, 10, 0);
  g_autoptr(FyQuarantine) q = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autofree char *status = NULL;
  FyReadingEntry e = { 0 };
  gint64 id;
  guint n;

  /* Started on the 8th, 7-day home isolation: tests 8, 10, 12, 14. */
  id = start (store, a, "home_7", "2026-11-08", &error);
  g_assert_no_error (error);
  status = fy_test_staff_status (store, a);
  g_assert_cmpstr (status, ==, "home_isolation");
  q = fy_quarantine_get (store, id, &error);
  g_assert_cmpstr (q->end_day, ==, "2026-11-14");
  g_assert_cmpuint (q->tests->len, ==, 4);
  g_assert_cmpint (q->reason, ==, FY_QUARANTINE_REASON_CLOSE_CONTACT);

  /* Not on site: no reading, not in the missing list, not filled normal. */
  e.temperature = "36.5";
  g_assert_false (fy_health_record (store,
                                    &(FyReadingSlot) { .staff_id = a, .day = TODAY,
                                                       .session = FY_SESSION_MORNING },
                                    &e, now, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "密接者"));
  g_clear_error (&error);
  g_assert_true (fy_health_fill_normal (store, TODAY, FY_SESSION_MORNING, NULL, now, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading WHERE staff_id = 1"), ==, 0);

  /* Due: the 8th (missed, overdue) and the 10th (today); the routine
   * cadence does not apply to them. */
  due = fy_tests_list_due (store, now, 0, NULL, &error);
  g_assert_no_error (error);
  {
    guint mine = 0;
    for (guint i = 0; i < due->len; i++)
      {
        FyDueTest *d = g_ptr_array_index (due, i);
        if (d->person.staff_id != a)
          continue;
        mine++;
        g_assert_cmpint (d->reason, ==, FY_DUE_QUARANTINE);
        g_assert_cmpint (d->quarantine_id, ==, id);
        if (g_str_equal (d->planned_day, "2026-11-08"))
          {
            g_assert_true (d->overdue);
            g_assert_cmpint (d->hours_overdue, ==, 24 + 10);   /* since the end of the 8th */
          }
        else
          {
            g_assert_cmpstr (d->planned_day, ==, TODAY);
            g_assert_false (d->overdue);
            g_assert_cmpint (d->due_at, ==, fy_test_at (TODAY, 0, 0));
          }
      }
    g_assert_cmpuint (mine, ==, 2);
  }
  g_clear_pointer (&due, g_ptr_array_unref);
  /* Looking 48 h ahead adds the 12th. */
  due = fy_tests_list_due (store, now, 48, &(FyHealthFilter) { "冲压车间", NULL }, &error);
  g_assert_cmpuint (due->len, ==, 4);   /* b (never tested) + 3 planned days */
  g_clear_pointer (&due, g_ptr_array_unref);

  /* Today's sample (taken in a round) satisfies today's planned test. */
  {
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_array_append_val (ids, a);
    g_array_append_val (ids, b);
    g_assert_true (fy_tests_create_round (store,
                                          &(FyTestRoundInput) { .sampled_at = fy_test_at (TODAY, 8, 0),
                                                                .kind = FY_TEST_PCR, .place = "",
                                                                .note = "", .filter = NULL,
                                                                .staff_ids = ids },
                                          now, NULL, &n, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM quarantine_test WHERE result_id IS NOT NULL"), ==, 1);
  due = fy_tests_list_due (store, now, 0, NULL, &error);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpstr (((FyDueTest *) g_ptr_array_index (due, 0))->planned_day, ==, "2026-11-08");

  /* A second quarantine while one is under way is refused. */
  {
    g_autofree char *before = fy_test_health_snapshot (store);
    g_autofree char *after = NULL;
    g_assert_cmpint (start (store, a, "observation_14", TODAY, &error), ==, 0);
    g_assert_error (error, FY_ERROR, FY_ERROR_CONFLICT);
    g_clear_error (&error);
    /* Release: before the start, in the future, early without a reason. */
    g_assert_false (fy_quarantine_release (store, id, "2026-11-07", "", now, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (fy_quarantine_release (store, id, "2026-11-15", "", now, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (fy_quarantine_release (store, id, TODAY, "", now, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "2026-11-14"));
    g_clear_error (&error);
    after = fy_test_health_snapshot (store);
    g_assert_cmpstr (before, ==, after);
  }

  /* Early release by decision: on site again from today. */
  g_assert_true (fy_quarantine_release (store, id, TODAY, "核酸阴性，经社区同意提前解除", now, &error));
  g_assert_no_error (error);
  g_free (status);
  status = fy_test_staff_status (store, a);
  g_assert_cmpstr (status, ==, "on_site");
  g_assert_true (fy_health_record (store,
                                   &(FyReadingSlot) { .staff_id = a, .day = TODAY,
                                                      .session = FY_SESSION_AFTERNOON },
                                   &e, now, NULL, &error));
  g_assert_no_error (error);
  /* Days inside the quarantine stay closed to on-site readings. */
  g_assert_false (fy_health_record (store,
                                    &(FyReadingSlot) { .staff_id = a, .day = "2026-11-09",
                                                       .session = FY_SESSION_AFTERNOON },
                                    &e, now, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_quarantine_release (store, id, TODAY, "again", now, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  /* Released quarantines no longer produce due tests. */
  g_clear_pointer (&due, g_ptr_array_unref);
  due = fy_tests_list_due (store, now, 0, NULL, &error);
  g_assert_cmpuint (due->len, ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'quarantine'"), ==, 2);
  {
    g_autoptr(GPtrArray) active = fy_quarantine_list_active (store, &error);
    g_autoptr(GPtrArray) all = fy_quarantine_list (store, "2026-11-01", "2026-11-30", &error);
    g_autoptr(GPtrArray) none = fy_quarantine_list (store, TODAY, "2026-11-30", &error);
    g_assert_cmpuint (active->len, ==, 0);
    g_assert_cmpuint (all->len, ==, 1);
    g_assert_cmpuint (none->len, ==, 0);   /* released on the 10th: not covering it */
  }
}

static void
test_refusals (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "X1", "甲", "冲压车间");
  gint64 gone = fy_test_add_person (store, "X2", "离职者", "冲压车间");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  FyQuarantineSpec spec = { 0 };

  g_assert_true (fy_staff_mark_left (store, gone, "2026-11-01", &error));
  before = fy_test_health_snapshot (store);
  g_assert_cmpint (start (store, a, "home_7", "2026-11-11", &error), ==, 0);     /* future */
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (start (store, a, "no_such_rule", TODAY, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (start (store, a, "custom", TODAY, &error), ==, 0);            /* no phases */
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (start (store, gone, "home_7", TODAY, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "离职者"));
  g_clear_error (&error);
  g_assert_cmpint (start (store, 4242, "home_7", TODAY, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  spec.staff_id = a;
  spec.template_code = "home_7";
  spec.start_day = TODAY;
  spec.reason = 99;
  g_assert_false (fy_quarantine_start (store, &spec, fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  after = fy_test_health_snapshot (store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_phase_change (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "P1", "入境者", "冲压车间");
  g_autofree char *status = NULL;
  FyQuarantinePhase custom[] = {
    { FY_QUARANTINE_CENTRAL, 2, (char *) "1" },
    { FY_QUARANTINE_HOME, 2, (char *) "2" },
  };
  FyQuarantineSpec spec = { 0 };
  guint n = 99;

  gint64 first;

  /* Started 6 days ago: already in the home phase (central 4th–8th). */
  first = start (store, a, "central_5_home_3", "2026-11-04", &error);
  g_assert_cmpint (first, >, 0);
  status = fy_test_staff_status (store, a);
  g_assert_cmpstr (status, ==, "home_isolation");
  g_assert_true (fy_quarantine_release (store, first, TODAY, "提前解除", fy_test_at (TODAY, 9, 0), &error));
  g_assert_no_error (error);

  /* A custom one from today: central now, home from the 12th on. */
  spec.staff_id = a;
  spec.template_code = "custom";
  spec.start_day = TODAY;
  spec.custom_phases = custom;
  spec.n_custom_phases = 2;
  g_assert_true (fy_quarantine_start (store, &spec, fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_no_error (error);
  g_free (status);
  status = fy_test_staff_status (store, a);
  g_assert_cmpstr (status, ==, "central_isolation");
  g_assert_true (fy_quarantine_refresh_status (store, &n, &error));
  g_assert_cmpuint (n, ==, 0);

  g_setenv ("FANGYI_TODAY", "2026-11-12", TRUE);
  g_assert_true (fy_quarantine_refresh_status (store, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  g_free (status);
  status = fy_test_staff_status (store, a);
  g_assert_cmpstr (status, ==, "home_isolation");
  /* Past the end, still not released: stays in the last phase. */
  g_setenv ("FANGYI_TODAY", "2026-11-20", TRUE);
  g_assert_true (fy_quarantine_refresh_status (store, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_free (status);
  status = fy_test_staff_status (store, a);
  g_assert_cmpstr (status, ==, "home_isolation");
  g_setenv ("FANGYI_TODAY", TODAY, TRUE);
}

static void
test_trips (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "T1", "出差者", "销售部");
  gint64 b = fy_test_add_person (store, "T2", "探亲者", "冲压车间");
  gint64 c = fy_test_add_person (store, "T3", "旅游者", "冲压车间");
  gint64 gone = fy_test_add_person (store, "T4", "离职", "冲压车间");
  FyTripCompanion companions[] = {
    { (char *) "王小明", FY_COMPANION_HOUSEHOLD, 0 },
    { (char *) "旅游者", FY_COMPANION_COLLEAGUE, 0 },
  };
  FyTripSpec spec = {
    .purpose = FY_TRIP_BUSINESS, .destination = "上海市浦东新区", .risk = FY_RISK_HIGH,
    .depart_on = "2026-11-01", .planned_return_on = "2026-11-06",
    .companions = companions, .n_companions = 2,
  };
  g_autoptr(FyTrip) trip = NULL;
  g_autoptr(FyQuarantine) q = NULL;
  g_autofree char *status = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 trip_a = 0, trip_b = 0, trip_c = 0, qid = -1;

  companions[1].staff_id = c;
  g_assert_true (fy_trips_register (store, a, &spec, fy_test_at ("2026-10-30", 9, 0), &trip_a, &error));
  g_assert_no_error (error);
  spec.purpose = FY_TRIP_PRIVATE;
  spec.risk = FY_RISK_MEDIUM;
  spec.destination = "湖北省武汉市";
  spec.n_companions = 0;
  g_assert_true (fy_trips_register (store, b, &spec, fy_test_at ("2026-11-02", 9, 0), &trip_b, &error));
  spec.risk = FY_RISK_LOW;
  spec.depart_on = "2026-11-20";                 /* registered ahead */
  spec.planned_return_on = "2026-11-22";
  g_assert_true (fy_trips_register (store, c, &spec, fy_test_at (TODAY, 9, 0), &trip_c, &error));
  g_assert_no_error (error);

  trip = fy_trips_get (store, trip_a, &error);
  g_assert_cmpuint (trip->companions->len, ==, 2);
  g_assert_cmpint (((FyTripCompanion *) g_ptr_array_index (trip->companions, 0))->relation, ==, FY_COMPANION_HOUSEHOLD);
  g_assert_cmpint (((FyTripCompanion *) g_ptr_array_index (trip->companions, 1))->staff_id, ==, c);
  g_assert_false (trip->registered_late);
  g_clear_pointer (&trip, fy_trip_free);
  trip = fy_trips_get (store, trip_b, &error);
  g_assert_true (trip->registered_late);        /* registered the day after leaving */
  g_clear_pointer (&trip, fy_trip_free);

  /* Refusals: nothing written. */
  g_assert_true (fy_staff_mark_left (store, gone, "2026-11-01", &error));
  before = fy_test_health_snapshot (store);
  spec.depart_on = "2026-11-05";
  spec.planned_return_on = "2026-11-04";
  g_assert_false (fy_trips_register (store, c, &spec, fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  spec.planned_return_on = "2026-11-06";
  spec.destination = "  ";
  g_assert_false (fy_trips_register (store, c, &spec, fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  spec.destination = "北京";
  g_assert_false (fy_trips_register (store, gone, &spec, fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "离职"));
  g_clear_error (&error);
  {
    FyTripCompanion nameless[] = { { (char *) "", FY_COMPANION_HOUSEHOLD, 0 } };
    spec.companions = nameless;
    spec.n_companions = 1;
    g_assert_false (fy_trips_register (store, c, &spec, fy_test_at (TODAY, 9, 0), NULL, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
  }
  g_assert_false (fy_trips_record_return (store,
                                          &(FyTripReturn) { .trip_id = trip_a, .returned_on = "2026-10-31",
                                                            .return_risk = FY_RISK_HIGH,
                                                            .template_code = NULL },
                                          fy_test_at (TODAY, 9, 0), &qid, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);   /* before departure */
  g_clear_error (&error);
  g_assert_false (fy_trips_record_return (store,
                                          &(FyTripReturn) { .trip_id = trip_a, .returned_on = "2026-11-11",
                                                            .return_risk = FY_RISK_HIGH,
                                                            .template_code = NULL },
                                          fy_test_at (TODAY, 9, 0), &qid, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);   /* future */
  g_clear_error (&error);
  after = (g_free (after), fy_test_health_snapshot (store));
  g_assert_cmpstr (before, ==, after);

  /* Back from a high-risk area: 5 + 3 from the return day. */
  g_assert_true (fy_trips_record_return (store,
                                         &(FyTripReturn) { .trip_id = trip_a, .returned_on = "2026-11-06",
                                                           .return_risk = FY_RISK_HIGH,
                                                           .template_code = NULL },
                                         fy_test_at (TODAY, 9, 0), &qid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qid, >, 0);
  q = fy_quarantine_get (store, qid, &error);
  g_assert_cmpstr (q->template_code, ==, "central_5_home_3");
  g_assert_cmpstr (q->start_day, ==, "2026-11-06");
  g_assert_cmpstr (q->end_day, ==, "2026-11-13");
  g_assert_cmpint (q->reason, ==, FY_QUARANTINE_REASON_RETURNEE);
  g_assert_cmpint (q->trip_id, ==, trip_a);
  g_assert_cmpuint (q->tests->len, ==, 6);
  status = fy_test_staff_status (store, a);
  g_assert_cmpstr (status, ==, "central_isolation");  /* central days: the 6th to the 10th */
  g_clear_pointer (&q, fy_quarantine_free);
  trip = fy_trips_get (store, trip_a, &error);
  g_assert_cmpint (trip->quarantine_id, ==, qid);
  g_assert_cmpstr (trip->returned_on, ==, "2026-11-06");
  g_clear_pointer (&trip, fy_trip_free);
  g_assert_false (fy_trips_record_return (store,
                                          &(FyTripReturn) { .trip_id = trip_a, .returned_on = "2026-11-07",
                                                            .return_risk = FY_RISK_LOW,
                                                            .template_code = NULL },
                                          fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);

  /* Medium risk: 7-day home isolation. */
  g_assert_true (fy_trips_record_return (store,
                                         &(FyTripReturn) { .trip_id = trip_b, .returned_on = TODAY,
                                                           .return_risk = FY_RISK_MEDIUM,
                                                           .template_code = NULL },
                                         fy_test_at (TODAY, 9, 0), &qid, &error));
  q = fy_quarantine_get (store, qid, &error);
  g_assert_cmpstr (q->template_code, ==, "home_7");
  g_clear_pointer (&q, fy_quarantine_free);
  g_free (status);
  status = fy_test_staff_status (store, b);
  g_assert_cmpstr (status, ==, "home_isolation");

  /* Low risk: nothing starts. */
  g_assert_true (fy_trips_register (store, c, &(FyTripSpec) { .purpose = FY_TRIP_PRIVATE, .destination = "苏州",
                                    .risk = FY_RISK_LOW, .depart_on = "2026-11-07", .planned_return_on = "2026-11-08" },
                                    fy_test_at ("2026-11-06", 9, 0), &trip_c, &error));
  g_assert_true (fy_trips_record_return (store,
                                         &(FyTripReturn) { .trip_id = trip_c, .returned_on = "2026-11-08",
                                                           .return_risk = FY_RISK_LOW,
                                                           .template_code = NULL },
                                         fy_test_at (TODAY, 9, 0), &qid, &error));
  g_assert_cmpint (qid, ==, 0);
  g_free (status);
  status = fy_test_staff_status (store, c);
  g_assert_cmpstr (status, ==, "on_site");

  {
    g_autoptr(GPtrArray) nov = fy_trips_list (store, "2026-11-01", "2026-11-30", &error);
    g_autoptr(GPtrArray) mine = fy_trips_list_for_staff (store, c, &error);
    g_assert_cmpuint (nov->len, ==, 4);
    g_assert_cmpuint (mine->len, ==, 2);
  }
}

static void
test_vaccination (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "V1", "接种者", "冲压车间");
  g_autoptr(GPtrArray) doses = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(FyStaff) s = NULL;

  g_assert_true (fy_vaccination_set_unvaccinated_reason (store, a, "孕期", &error));
  g_assert_no_error (error);
  g_assert_true (fy_vaccination_record (store,
                                        &(FyVaccinationInput) { .staff_id = a, .dose = 1,
                                                                .day = "2021-05-10", .vaccine = "北京生物",
                                                                .note = "" },
                                        fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_no_error (error);
  reason = fy_vaccination_get_unvaccinated_reason (store, a, &error);
  g_assert_cmpstr (reason, ==, "");                    /* cleared by the dose */
  g_assert_true (fy_vaccination_record (store,
                                        &(FyVaccinationInput) { .staff_id = a, .dose = 3,
                                                                .day = "2021-12-01", .vaccine = "",
                                                                .note = "" },
                                        fy_test_at (TODAY, 9, 0), NULL, &error));

  before = fy_test_health_snapshot (store);
  g_assert_false (fy_vaccination_record (store,
                                         &(FyVaccinationInput) { .staff_id = a, .dose = 2,
                                                                 .day = "2021-04-01", .vaccine = "",
                                                                 .note = "" },
                                         fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);   /* before dose 1 */
  g_clear_error (&error);
  g_assert_false (fy_vaccination_record (store,
                                         &(FyVaccinationInput) { .staff_id = a, .dose = 2,
                                                                 .day = "2021-12-01", .vaccine = "",
                                                                 .note = "" },
                                         fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);   /* same day as dose 3 */
  g_clear_error (&error);
  g_assert_false (fy_vaccination_record (store,
                                         &(FyVaccinationInput) { .staff_id = a, .dose = 1,
                                                                 .day = "2021-05-11", .vaccine = "",
                                                                 .note = "" },
                                         fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (fy_vaccination_record (store,
                                         &(FyVaccinationInput) { .staff_id = a, .dose = 4,
                                                                 .day = "2026-11-11", .vaccine = "",
                                                                 .note = "" },
                                         fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);   /* future */
  g_clear_error (&error);
  g_assert_false (fy_vaccination_record (store,
                                         &(FyVaccinationInput) { .staff_id = a, .dose = 10,
                                                                 .day = "2022-01-01", .vaccine = "",
                                                                 .note = "" },
                                         fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_vaccination_set_unvaccinated_reason (store, a, "拒绝", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  after = fy_test_health_snapshot (store);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (fy_vaccination_record (store,
                                        &(FyVaccinationInput) { .staff_id = a, .dose = 2,
                                                                .day = "2021-06-10", .vaccine = "",
                                                                .note = "" },
                                        fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_no_error (error);
  doses = fy_vaccination_list_for_staff (store, a, &error);
  g_assert_cmpuint (doses->len, ==, 3);
  g_assert_cmpstr (((FyVaccination *) g_ptr_array_index (doses, 1))->day, ==, "2021-06-10");
  s = fy_staff_get (store, a, &error);
  g_assert_cmpint (s->vaccine_doses, ==, 3);
}

int
main (int argc, char **argv)
{
  fy_test_health_init (&argc, &argv, TODAY);
  g_test_add_func ("/quarantine/calendars", test_calendars);
  g_test_add_func ("/quarantine/start-due-release", test_start_due_release);
  g_test_add_func ("/quarantine/refusals", test_refusals);
  g_test_add_func ("/quarantine/phase-change", test_phase_change);
  g_test_add_func ("/quarantine/trips", test_trips);
  g_test_add_func ("/quarantine/vaccination", test_vaccination);
  return g_test_run ();
}
