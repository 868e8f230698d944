/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Nucleic-acid / antigen tests: cadence resolution, due and overdue at the
 * exact 24 h / 48 h boundaries, rounds by filter and by person, results and
 * their time rules, staff.last_test_at kept in step, and the due query's
 * plan (never a scan of the test or reading tables). */
#include "config.h"

#include "fy-error.h"
#include "fy-health-private.h"
#include "fy-health-test-support.h"
#include "fy-tests.h"

#define TODAY "2026-11-10"

static FyDueTest *
find_due (GPtrArray *due, gint64 staff_id)
{
  for (guint i = 0; i < due->len; i++)
    {
      FyDueTest *d = g_ptr_array_index (due, i);
      if (d->person.staff_id == staff_id)
        return d;
    }
  return NULL;
}

static void
record_pcr (FyStore *store, gint64 id, gint64 sampled_at, gint64 now)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_tests_record (store,
                                  &(FyTestRecordInput) { .staff_id = id, .sampled_at = sampled_at,
                                                         .kind = FY_TEST_PCR, .place = "厂区采样点",
                                                         .result = FY_RESULT_PENDING, .result_at = 0 },
                                  now, NULL, &error));
  g_assert_no_error (error);
}

static void
test_boundaries (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 guard = fy_test_add_person_full (store, "H1", "门卫", "保卫科", "", "门岗", TRUE);
  gint64 worker = fy_test_add_person (store, "W1", "工人", "冲压车间");
  gint64 t = fy_test_at ("2026-11-08", 9, 0);
  struct { gint64 now; gboolean guard_listed, guard_overdue; int guard_hours;
           gboolean worker_listed, worker_overdue; int worker_hours; } cases[] = {
    { t + 24 * 3600 - 1, FALSE, FALSE, 0, FALSE, FALSE, 0 },
    { t + 24 * 3600,     TRUE,  FALSE, 0, FALSE, FALSE, 0 },   /* due exactly now */
    { t + 24 * 3600 + 1, TRUE,  TRUE,  0, FALSE, FALSE, 0 },   /* one second late */
    { t + 25 * 3600 + 1, TRUE,  TRUE,  1, FALSE, FALSE, 0 },
    { t + 48 * 3600 - 1, TRUE,  TRUE, 23, FALSE, FALSE, 0 },
    { t + 48 * 3600,     TRUE,  TRUE, 24, TRUE,  FALSE, 0 },
    { t + 48 * 3600 + 1, TRUE,  TRUE, 24, TRUE,  TRUE,  0 },
    { t + 50 * 3600,     TRUE,  TRUE, 26, TRUE,  TRUE,  2 },
  };

  record_pcr (store, guard, t, t);
  record_pcr (store, worker, t, t);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE last_test_at IS NOT NULL"), ==, 2);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) due = fy_tests_list_due (store, cases[i].now, 0, NULL, &error);
      FyDueTest *g, *w;

      g_assert_no_error (error);
      g = find_due (due, guard);
      w = find_due (due, worker);
      g_test_message ("case %u", i);
      g_assert_true ((g != NULL) == cases[i].guard_listed);
      g_assert_true ((w != NULL) == cases[i].worker_listed);
      if (g)
        {
          g_assert_cmpint (g->reason, ==, FY_DUE_ROUTINE);
          g_assert_cmpint (g->cadence_hours, ==, 24);
          g_assert_cmpint (g->last_sampled_at, ==, t);
          g_assert_cmpint (g->due_at, ==, t + 24 * 3600);
          g_assert_true (g->overdue == cases[i].guard_overdue);
          g_assert_cmpint (g->hours_overdue, ==, cases[i].guard_hours);
        }
      if (w)
        {
          g_assert_cmpint (w->cadence_hours, ==, 48);
          g_assert_cmpint (w->due_at, ==, t + 48 * 3600);
          g_assert_true (w->overdue == cases[i].worker_overdue);
          g_assert_cmpint (w->hours_overdue, ==, cases[i].worker_hours);
        }
    }

  /* Looking ahead: at t + 20 h, "due within 4 h" lists the guard, not yet overdue. */
  {
    g_autoptr(GPtrArray) due = fy_tests_list_due (store, t + 20 * 3600, 4, NULL, &error);
    g_assert_cmpuint (due->len, ==, 1);
    g_assert_false (((FyDueTest *) g_ptr_array_index (due, 0))->overdue);
    g_clear_pointer (&due, g_ptr_array_unref);
    due = fy_tests_list_due (store, t + 20 * 3600, 3, NULL, &error);
    g_assert_cmpuint (due->len, ==, 0);
  }
}

static void
test_cadence_rules (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 plain = fy_test_add_person_full (store, "C1", "普通", "冲压车间", "", "操作工", FALSE);
  gint64 hc = fy_test_add_person_full (store, "C2", "保洁", "后勤部", "", "保洁", TRUE);
  gint64 canteen = fy_test_add_person_full (store, "C3", "厨师", "食堂", "", "厨师", TRUE);
  gint64 guard = fy_test_add_person_full (store, "C4", "保安", "食堂", "", "保安", TRUE);
  g_autoptr(GPtrArray) rules = NULL;
  FyCadenceScope scope;
  int hours;

  g_assert_true (fy_tests_set_cadence (store, FY_CADENCE_DEPARTMENT, "食堂", 36, &error));
  g_assert_true (fy_tests_set_cadence (store, FY_CADENCE_POST, "保安", 12, &error));
  g_assert_true (fy_tests_set_cadence (store, FY_CADENCE_DEFAULT, NULL, 72, &error));
  g_assert_no_error (error);

  g_assert_true (fy_tests_cadence_for_staff (store, plain, &hours, &scope, &error));
  g_assert_cmpint (hours, ==, 72);
  g_assert_cmpint (scope, ==, FY_CADENCE_DEFAULT);
  g_assert_true (fy_tests_cadence_for_staff (store, hc, &hours, &scope, &error));
  g_assert_cmpint (hours, ==, 24);
  g_assert_cmpint (scope, ==, FY_CADENCE_HIGH_CONTACT);
  g_assert_true (fy_tests_cadence_for_staff (store, canteen, &hours, &scope, &error));
  g_assert_cmpint (hours, ==, 36);                       /* department over high contact */
  g_assert_cmpint (scope, ==, FY_CADENCE_DEPARTMENT);
  g_assert_true (fy_tests_cadence_for_staff (store, guard, &hours, &scope, &error));
  g_assert_cmpint (hours, ==, 12);                       /* post over department */
  g_assert_cmpint (scope, ==, FY_CADENCE_POST);

  /* The due list uses the same resolution. */
  {
    gint64 t = fy_test_at ("2026-11-09", 8, 0);
    g_autoptr(GPtrArray) due = NULL;
    record_pcr (store, plain, t, t);
    record_pcr (store, hc, t, t);
    record_pcr (store, canteen, t, t);
    record_pcr (store, guard, t, t);
    due = fy_tests_list_due (store, t + 36 * 3600, 0, NULL, &error);
    g_assert_cmpuint (due->len, ==, 3);
    g_assert_cmpint (find_due (due, guard)->cadence_hours, ==, 12);
    g_assert_cmpint (find_due (due, hc)->cadence_hours, ==, 24);
    g_assert_cmpint (find_due (due, canteen)->cadence_hours, ==, 36);
    g_assert_false (find_due (due, canteen)->overdue);
    g_assert_null (find_due (due, plain));
    /* Ordered by due time. */
    g_assert_cmpint (((FyDueTest *) g_ptr_array_index (due, 0))->person.staff_id, ==, guard);
  }

  rules = fy_tests_list_cadence_rules (store, &error);
  g_assert_cmpuint (rules->len, ==, 4);
  g_assert_cmpint (((FyCadenceRule *) g_ptr_array_index (rules, 0))->hours, ==, 72);
  g_assert_cmpint (((FyCadenceRule *) g_ptr_array_index (rules, 1))->hours, ==, 24);
  g_assert_cmpstr (((FyCadenceRule *) g_ptr_array_index (rules, 2))->value, ==, "保安");

  /* Removing the post rule falls back to the department. */
  g_assert_true (fy_tests_set_cadence (store, FY_CADENCE_POST, "保安", 0, &error));
  g_assert_true (fy_tests_cadence_for_staff (store, guard, &hours, &scope, &error));
  g_assert_cmpint (hours, ==, 36);

  /* Bad cadences are refused and change nothing. */
  {
    g_autofree char *before = fy_test_health_snapshot (store);
    g_autofree char *after = NULL;
    g_assert_false (fy_tests_set_cadence (store, FY_CADENCE_DEFAULT, NULL, 0, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    /* The two company-wide cadences are the settings' choices only. */
    g_assert_false (fy_tests_set_cadence (store, FY_CADENCE_HIGH_CONTACT, NULL, 36, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (fy_tests_set_cadence (store, FY_CADENCE_POST, "保安", 721, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (fy_tests_set_cadence (store, FY_CADENCE_DEPARTMENT, "  ", 24, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    after = fy_test_health_snapshot (store);
    g_assert_cmpstr (before, ==, after);
    g_assert_cmpint (fy_tests_get_cadence (store, FY_CADENCE_DEFAULT, NULL), ==, 72);
  }
}

static void
test_rounds_and_results (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "R1", "甲", "冲压车间");
  gint64 b = fy_test_add_person (store, "R2", "乙", "冲压车间");
  gint64 gone = fy_test_add_person (store, "R3", "离职", "冲压车间");
  gint64 other = fy_test_add_person (store, "R4", "丙", "焊装车间");
  gint64 iso = fy_test_add_person (store, "R5", "隔离", "冲压车间");
  gint64 now = fy_test_at (TODAY, 16, 0);
  gint64 sampled = fy_test_at (TODAY, 9, 30);
  FyHealthFilter stamping = { "冲压车间", NULL };
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(FyTestRound) round = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 round_id = 0;
  guint n = 0;

  g_assert_true (fy_staff_mark_left (store, gone, "2026-11-01", &error));
  g_assert_true (fy_store_exec (store, "UPDATE staff SET status = 'home_isolation' WHERE name = '隔离'", &error));

  /* Never tested: everyone on site is overdue. */
  {
    g_autoptr(GPtrArray) due = fy_tests_list_due (store, now, 0, NULL, &error);
    g_assert_cmpuint (due->len, ==, 3);
    g_assert_true (find_due (due, a)->overdue);
    g_assert_cmpint (find_due (due, a)->last_sampled_at, ==, 0);
    g_assert_true (find_due (due, b)->overdue);
    g_assert_null (find_due (due, gone));
    g_assert_null (find_due (due, iso));
  }

  /* Refusals write nothing. */
  before = fy_test_health_snapshot (store);
  g_assert_false (fy_tests_create_round (store,
                                         &(FyTestRoundInput) { .sampled_at = now + 60, .kind = FY_TEST_PCR,
                                                               .place = "", .note = "",
                                                               .filter = &stamping, .staff_ids = NULL },
                                         now, NULL, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_array_append_val (ids, a);
    g_array_append_val (ids, gone);
    g_assert_false (fy_tests_create_round (store,
                                           &(FyTestRoundInput) { .sampled_at = sampled,
                                                                 .kind = FY_TEST_PCR, .place = "",
                                                                 .note = "", .filter = NULL,
                                                                 .staff_ids = ids },
                                           now, NULL, NULL, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "离职"));
    g_clear_error (&error);
  }
  g_assert_false (fy_tests_create_round (store,
                                         &(FyTestRoundInput) { .sampled_at = sampled, .kind = FY_TEST_PCR,
                                                               .place = "", .note = "",
                                                               .filter = &(FyHealthFilter) { "没有这个车间", NULL },
                                                               .staff_ids = NULL },
                                         now, NULL, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_tests_record (store,
                                   &(FyTestRecordInput) { .staff_id = a, .sampled_at = sampled,
                                                          .kind = FY_TEST_PCR, .place = "",
                                                          .result = FY_RESULT_NEGATIVE,
                                                          .result_at = sampled - 60 },
                                   now, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);           /* result before sample */
  g_clear_error (&error);
  g_assert_false (fy_tests_record (store,
                                   &(FyTestRecordInput) { .staff_id = a, .sampled_at = sampled,
                                                          .kind = FY_TEST_PCR, .place = "",
                                                          .result = FY_RESULT_NEGATIVE,
                                                          .result_at = now + 60 },
                                   now, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);           /* result in the future */
  g_clear_error (&error);
  g_assert_false (fy_tests_record (store,
                                   &(FyTestRecordInput) { .staff_id = gone, .sampled_at = sampled,
                                                          .kind = FY_TEST_PCR, .place = "",
                                                          .result = FY_RESULT_PENDING, .result_at = 0 },
                                   now, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  after = fy_test_health_snapshot (store);
  g_assert_cmpstr (before, ==, after);

  /* A round for the stamping shop: on-site people only. */
  g_assert_true (fy_tests_create_round (store,
                                        &(FyTestRoundInput) { .sampled_at = sampled, .kind = FY_TEST_PCR,
                                                              .place = "一号采样点", .note = "全员核酸",
                                                              .filter = &stamping, .staff_ids = NULL },
                                        now, &round_id, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM test_result WHERE result = 'pending' AND result_at IS NULL"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE last_test_at IS NOT NULL"), ==, 2);
  {
    g_autoptr(GPtrArray) due = fy_tests_list_due (store, now, 0, NULL, &error);
    g_assert_cmpuint (due->len, ==, 1);
    g_assert_cmpint (find_due (due, other)->person.staff_id, ==, other);
  }

  results = fy_tests_list_round (store, round_id, &error);
  g_assert_cmpuint (results->len, ==, 2);
  /* One positive, then every pending one negative. */
  g_assert_true (fy_tests_set_result (store, ((FyTestResult *) g_ptr_array_index (results, 1))->id,
                                      FY_RESULT_POSITIVE, sampled + 5 * 3600, now, &error));
  g_assert_no_error (error);
  before = (g_free (before), fy_test_health_snapshot (store));
  g_assert_false (fy_tests_round_set_pending (store, round_id, FY_RESULT_NEGATIVE, sampled - 1, now, &n, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_tests_set_result (store, ((FyTestResult *) g_ptr_array_index (results, 0))->id,
                                       FY_RESULT_NEGATIVE, sampled - 1, now, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  after = (g_free (after), fy_test_health_snapshot (store));
  g_assert_cmpstr (before, ==, after);
  g_assert_true (fy_tests_round_set_pending (store, round_id, FY_RESULT_NEGATIVE, sampled + 6 * 3600, now, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  round = fy_tests_get_round (store, round_id, &error);
  g_assert_cmpuint (round->n_people, ==, 2);
  g_assert_cmpuint (round->n_pending, ==, 0);
  g_assert_cmpuint (round->n_negative, ==, 1);
  g_assert_cmpuint (round->n_positive, ==, 1);
  g_assert_cmpstr (round->place, ==, "一号采样点");
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'test_result'"), ==, 1);

  /* An antigen test does not reset the nucleic-acid cadence; an older
   * sample entered late does not move last_test_at back. */
  g_assert_true (fy_tests_record (store,
                                  &(FyTestRecordInput) { .staff_id = other, .sampled_at = sampled,
                                                         .kind = FY_TEST_ANTIGEN, .place = "",
                                                         .result = FY_RESULT_NEGATIVE,
                                                         .result_at = sampled + 900 },
                                  now, NULL, &error));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE last_test_at IS NOT NULL"), ==, 2);
  record_pcr (store, a, sampled - 86400, now);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT last_test_at FROM staff WHERE id = %" G_GINT64_FORMAT, a);
    g_assert_cmpint (fy_test_query_int (store, sql), ==, sampled);
    /* The rebuild agrees with what was maintained. */
    g_assert_true (fy_tests_rebuild_last_test (store, &error));
    g_assert_cmpint (fy_test_query_int (store, sql), ==, sampled);
    g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE last_test_at IS NOT NULL"), ==, 2);
  }
  {
    g_autoptr(GPtrArray) mine = fy_tests_list_for_staff (store, a, sampled - 3 * 86400, &error);
    g_assert_cmpuint (mine->len, ==, 2);
    g_assert_cmpint (((FyTestResult *) g_ptr_array_index (mine, 0))->sampled_at, ==, sampled);
  }

  /* A round by chosen people may include someone at home in isolation. */
  {
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_array_append_val (ids, iso);
    g_array_append_val (ids, iso);
    g_assert_true (fy_tests_create_round (store,
                                          &(FyTestRoundInput) { .sampled_at = sampled, .kind = FY_TEST_PCR,
                                                                .place = "", .note = "", .filter = NULL,
                                                                .staff_ids = ids },
                                          now, NULL, &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 1);
  }
}

static void
test_due_plan (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  const char *const forbidden[] = { "reading", "test_result", "t", NULL };
  g_autofree char *plan = fy_health_explain (store, fy_tests_due_sql, &error);

  g_assert_no_error (error);
  fy_test_assert_plan_no_scan (plan, forbidden);
  /* Cadence rules are looked up by key, not scanned per person. */
  g_assert_nonnull (strstr (plan, "SEARCH p USING PRIMARY KEY (scope=? AND value=?)"));
  g_assert_nonnull (strstr (plan, "SEARCH d USING PRIMARY KEY (scope=? AND value=?)"));
}

/* A result already recorded is corrected only with a reason, kept in the
 * audit row beside the old and the new value; a first result needs none. */
static void
test_correction_reason (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 id = fy_test_add_person (store, "A1", "张伟", "冲压车间");
  gint64 sampled = fy_test_at (TODAY, 8, 0);
  gint64 result = 0;

  g_assert_true (fy_tests_record (store, &(FyTestRecordInput) { .staff_id = id, .sampled_at = sampled,
                                  .kind = FY_TEST_PCR, .result = FY_RESULT_PENDING }, sampled, &result, &error));
  g_assert_true (fy_tests_correct_result (store, result, FY_RESULT_POSITIVE, sampled + 3600, "", sampled + 3700,
                                          &error));
  g_assert_no_error (error);
  g_assert_false (fy_tests_correct_result (store, result, FY_RESULT_NEGATIVE, sampled + 3600, " ", sampled + 3700,
                                           &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM test_result WHERE result = 'positive'"), ==, 1);
  g_assert_true (fy_tests_correct_result (store, result, FY_RESULT_NEGATIVE, sampled + 3600, "录错人员",
                                          sampled + 3700, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'test_result'"
                                             " AND old_value LIKE 'positive@%' AND new_value LIKE '% (录错人员)'"), ==, 1);
}

int
main (int argc, char **argv)
{
  fy_test_health_init (&argc, &argv, TODAY);
  g_test_add_func ("/nat/correction-reason", test_correction_reason);
  g_test_add_func ("/nat/boundaries", test_boundaries);
  g_test_add_func ("/nat/cadence-rules", test_cadence_rules);
  g_test_add_func ("/nat/rounds-and-results", test_rounds_and_results);
  g_test_add_func ("/nat/due-plan", test_due_plan);
  return g_test_run ();
}
