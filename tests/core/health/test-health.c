/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Daily temperatures: full-width input, the fever line kept with each
 * reading, corrections kept in history, fill-normal (one INSERT … SELECT,
 * no invented number, skips entered / left / quarantined people), the
 * missing list and its plan, the day grid, follow-ups, credibility flags,
 * and every refusal writing nothing. */
#include "config.h"

#include "fy-error.h"
#include "fy-health-private.h"
#include "fy-health-test-support.h"
#include "fy-validate.h"

#define TODAY "2026-11-10"

static void
put_in_quarantine (FyStore *store, gint64 id, const char *start, const char *end)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store,
      "INSERT INTO quarantine (staff_id, template_id, start_day, end_day, created_at) VALUES (?1, 2, ?2, ?3, 0)", NULL);
  g_autoptr(sqlite3_stmt) up = fy_store_prepare (store,
      "UPDATE staff SET status = 'home_isolation' WHERE id = ?1", NULL);

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, start, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, end, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_bind_int64 (up, 1, id);
  g_assert_cmpint (sqlite3_step (up), ==, SQLITE_DONE);
}

static gboolean
record_text (FyStore *store, const FyReadingSlot *slot, const char *temp, gint64 now, FyAbnormal *abnormal,
             GError **error)
{
  FyReadingEntry e = { 0 };

  e.temperature = temp;
  e.method = FY_METHOD_FOREHEAD;
  return fy_health_record (store, slot, &e, now, abnormal, error);
}

static void
test_full_width_and_fever_line (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "A1", "张伟", "冲压车间");
  gint64 b = fy_test_add_person (store, "B1", "李娜", "冲压车间");
  gint64 c = fy_test_add_person (store, "C1", "王芳", "冲压车间");
  gint64 now = fy_test_at (TODAY, 8, 30);
  FyAbnormal abnormal = FY_ABNORMAL_NONE;
  FyReading r;

  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = a, .day = "２０２６－１１－１０",
                                                 .session = FY_SESSION_MORNING },
                              "３６．５", now, &abnormal, &error));
  g_assert_no_error (error);
  g_assert_cmpint (abnormal, ==, FY_ABNORMAL_NONE);
  g_assert_true (fy_health_get_reading (store, a, TODAY, FY_SESSION_MORNING, &r, &error));
  g_assert_cmpint (r.status, ==, FY_READING_MEASURED);
  g_assert_cmpint (r.temp_tenths, ==, 365);
  g_assert_cmpint (r.fever_line, ==, 373);
  g_assert_cmpint (r.method, ==, FY_METHOD_FOREHEAD);
  g_assert_cmpint (r.entered_at, ==, now);
  g_assert_false (r.late);
  fy_reading_clear (&r);

  /* The site lowers its line to 37.2: a 37.2 is now a fever … */
  g_assert_true (fy_store_set_setting (store, "fever_line", "372", &error));
  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = b, .day = TODAY,
                                                 .session = FY_SESSION_MORNING },
                              "37.2", now, &abnormal, &error));
  g_assert_no_error (error);
  g_assert_cmpint (abnormal, ==, FY_ABNORMAL_FEVER);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM follow_up WHERE closed_at IS NULL"), ==, 1);

  /* … then raises it to 37.5: old rows keep the line they were taken under. */
  g_assert_true (fy_store_set_setting (store, "fever_line", "375", &error));
  g_assert_cmpint (fy_test_query_int (store, "SELECT fever_line FROM reading WHERE temp_tenths = 372"), ==, 372);
  g_assert_cmpint (fy_test_query_int (store, "SELECT fever_line FROM reading WHERE temp_tenths = 365"), ==, 373);
  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = c, .day = TODAY,
                                                 .session = FY_SESSION_MORNING },
                              "37.4", now, &abnormal, &error));
  g_assert_cmpint (abnormal, ==, FY_ABNORMAL_NONE);
  g_assert_cmpint (fy_test_query_int (store, "SELECT fever_line FROM reading WHERE temp_tenths = 374"), ==, 375);

  /* A correction of B's reading keeps B's line (37.2): 37.3 is still a fever. */
  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = b, .day = TODAY,
                                                 .session = FY_SESSION_MORNING },
                              "37.3", now + 60, &abnormal, &error));
  g_assert_cmpint (abnormal, ==, FY_ABNORMAL_FEVER);
  g_assert_cmpint (fy_test_query_int (store, "SELECT fever_line FROM reading WHERE temp_tenths = 373"), ==, 372);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM follow_up"), ==, 1);

  /* A garbage setting never makes everyone feverish. */
  g_assert_true (fy_store_set_setting (store, "fever_line", "37.3", &error));
  g_assert_cmpint (fy_health_get_fever_line (store), ==, 373);
}

static void
test_correction_keeps_history (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "A1", "张伟", "冲压车间");
  gint64 t0 = fy_test_at (TODAY, 8, 0);

  fy_store_set_actor (store, "officer1");
  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = a, .day = TODAY,
                                                 .session = FY_SESSION_AFTERNOON },
                              "36.5", t0, NULL, &error));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading_history"), ==, 0);

  fy_store_set_actor (store, "officer2");
  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = a, .day = TODAY,
                                                 .session = FY_SESSION_AFTERNOON },
                              "36.8", t0 + 600, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT temp_tenths FROM reading"), ==, 368);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading_history"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT temp_tenths FROM reading_history"), ==, 365);
  g_assert_cmpint (fy_test_query_int (store, "SELECT entered_at FROM reading_history"), ==, t0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT changed_at FROM reading_history"), ==, t0 + 600);
  g_assert_cmpint (fy_test_query_int (store, "SELECT entered_by = 'officer1' AND changed_by = 'officer2'"
                                      " FROM reading_history"), ==, 1);

  /* Saving the same value again is not a correction. */
  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = a, .day = TODAY,
                                                 .session = FY_SESSION_AFTERNOON },
                              "36.8", t0 + 900, NULL, &error));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading_history"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT entered_at FROM reading"), ==, t0 + 600);

  /* Even a direct UPDATE cannot bypass the history. */
  g_assert_true (fy_store_exec (store, "UPDATE reading SET temp_tenths = 369", &error));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading_history"), ==, 2);
}

static void
test_fill_normal (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 entered = fy_test_add_person (store, "P1", "已录入", "冲压车间");
  gint64 gone = fy_test_add_person (store, "P2", "已离职", "冲压车间");
  gint64 iso = fy_test_add_person (store, "P3", "隔离中", "冲压车间");
  gint64 manual = fy_test_add_person (store, "P4", "手工居家", "冲压车间");
  gint64 e1 = fy_test_add_person (store, "P5", "甲", "冲压车间");
  gint64 e2 = fy_test_add_person (store, "P6", "乙", "冲压车间");
  gint64 other = fy_test_add_person (store, "P7", "丙", "焊装车间");
  gint64 released = fy_test_add_person (store, "P8", "已解除", "冲压车间");
  gint64 now = fy_test_at (TODAY, 10, 0);
  FyHealthFilter stamping = { "冲压车间", NULL };
  g_autoptr(GPtrArray) missing = NULL;
  guint n = 99;

  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = entered, .day = TODAY,
                                                 .session = FY_SESSION_MORNING },
                              "36.6", now, NULL, &error));
  g_assert_true (fy_staff_mark_left (store, gone, "2026-11-01", &error));
  put_in_quarantine (store, iso, "2026-11-08", "2026-11-14");
  g_assert_true (fy_store_exec (store, "UPDATE staff SET status = 'home_isolation' WHERE name = '手工居家'", &error));
  put_in_quarantine (store, released, "2026-10-01", "2026-10-07");
  g_assert_true (fy_store_exec (store, "UPDATE quarantine SET released_on = '2026-10-08' WHERE start_day = '2026-10-01';"
                                       "UPDATE staff SET status = 'on_site' WHERE name = '已解除'", &error));

  missing = fy_health_list_missing (store, TODAY, FY_SESSION_MORNING, &stamping, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (missing->len, ==, 3);
  g_assert_cmpint (fy_health_count_missing (store, TODAY, FY_SESSION_MORNING, NULL, &error), ==, 4);

  g_assert_true (fy_health_fill_normal (store, TODAY, FY_SESSION_MORNING, &stamping, now, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading WHERE status = 'normal_unmeasured'"
                                      " AND temp_tenths IS NULL AND fever_line = 373"), ==, 3);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM reading WHERE staff_id IN (%" G_GINT64_FORMAT
                                            ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")", e1, e2, released);
    g_assert_cmpint (fy_test_query_int (store, sql), ==, 3);
    g_free (sql);
    sql = g_strdup_printf ("SELECT count(*) FROM reading WHERE staff_id IN (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                           ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")", gone, iso, manual, other);
    g_assert_cmpint (fy_test_query_int (store, sql), ==, 0);
  }
  /* The entered reading is untouched. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT temp_tenths FROM reading WHERE status = 'measured'"), ==, 366);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading_history"), ==, 0);

  /* Again: nothing left to fill in that department; the other one gets 1. */
  g_assert_true (fy_health_fill_normal (store, TODAY, FY_SESSION_MORNING, &stamping, now, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (fy_health_fill_normal (store, TODAY, FY_SESSION_MORNING, NULL, now, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (fy_health_count_missing (store, TODAY, FY_SESSION_MORNING, NULL, &error), ==, 0);
  /* The afternoon is a separate session. */
  g_assert_cmpint (fy_health_count_missing (store, TODAY, FY_SESSION_AFTERNOON, NULL, &error), ==, 5);

  /* On a day before the quarantine and before leaving, they were on site. */
  g_assert_cmpint (fy_health_count_missing (store, "2026-10-20", FY_SESSION_MORNING, NULL, &error), ==, 8);
  /* During the old, released quarantine the released person was not. */
  g_assert_cmpint (fy_health_count_missing (store, "2026-10-03", FY_SESSION_MORNING, NULL, &error), ==, 7);

  /* A future day is refused. */
  g_assert_false (fy_health_fill_normal (store, "2026-11-11", FY_SESSION_MORNING, NULL, now, &n, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
}

static void
test_plans_use_the_key (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  const char *const forbidden[] = { "reading", "test_result", NULL };
  g_autofree char *missing = fy_health_explain (store, fy_health_missing_sql, &error);
  g_autofree char *fill = fy_health_explain (store, fy_health_fill_sql, &error);
  g_autofree char *follow_ups = NULL;

  g_assert_no_error (error);
  fy_test_assert_plan_no_scan (missing, forbidden);
  fy_test_assert_plan_no_scan (fill, forbidden);
  /* The Today page lists open follow-ups on every start. Statistics as
   * ANALYZE leaves them for 10,000 staff, a month of readings and no
   * follow-ups yet: the planner then chose to scan `reading`. */
  g_assert_true (fy_store_exec (store, "ANALYZE;"
                                "INSERT INTO sqlite_stat1 VALUES ('reading', 'reading', '590435 19682 9841 1');"
                                "INSERT INTO sqlite_stat1 VALUES ('staff', 'sqlite_autoindex_staff_1', '10000 1');"
                                "ANALYZE sqlite_schema", &error));
  follow_ups = fy_health_explain (store, fy_health_follow_up_list_sql, &error);
  g_assert_no_error (error);
  fy_test_assert_plan_no_scan (follow_ups, (const char *const[]) { "reading", "r", NULL });
  g_assert_nonnull (strstr (follow_ups, "SEARCH r USING PRIMARY KEY (day=? AND session=? AND staff_id=?)"));
  g_assert_nonnull (strstr (missing, "SEARCH reading USING PRIMARY KEY (day=? AND session=? AND staff_id=?)"));
  g_assert_nonnull (strstr (fill, "SEARCH reading USING PRIMARY KEY (day=? AND session=? AND staff_id=?)"));
}

static void
expect_refused (FyStore *store, gint64 id, const char *day, const FyReadingEntry *e, const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = fy_test_health_snapshot (store);
  g_autofree char *after = NULL;

  g_assert_false (fy_health_record (store,
                                    &(FyReadingSlot) { .staff_id = id, .day = day,
                                                       .session = FY_SESSION_MORNING },
                                    e, fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == FY_ERROR);
  g_test_message ("refused: %s", error->message);
  if (needle)
    g_assert_nonnull (strstr (error->message, needle));
  after = fy_test_health_snapshot (store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_bad_input_writes_nothing (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "A1", "张伟", "冲压车间");
  gint64 gone = fy_test_add_person (store, "A2", "刘洋", "冲压车间");
  gint64 iso = fy_test_add_person (store, "A3", "陈静", "冲压车间");
  const char *const bad_temps[] = { "", "abc", "36.55", "nan", "inf", "3.65e1", "0x24", "-36.5", "98.6",
                                    "33.9", "42.6", "36,5", NULL };
  g_autoptr(GHashTable) messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  FyReadingEntry e = { 0 };

  g_assert_true (fy_staff_mark_left (store, gone, "2026-11-05", &error));
  put_in_quarantine (store, iso, "2026-11-09", "2026-11-15");
  /* Something already stored, so "nothing written" is not trivially true. */
  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = a, .day = "2026-11-09",
                                                 .session = FY_SESSION_MORNING },
                              "36.5", fy_test_at (TODAY, 8, 0), NULL, &error));

  for (guint i = 0; bad_temps[i]; i++)
    {
      g_autoptr(GError) err = NULL;
      e.temperature = bad_temps[i];
      g_assert_false (fy_health_record (store,
                                        &(FyReadingSlot) { .staff_id = a, .day = TODAY,
                                                           .session = FY_SESSION_MORNING },
                                        &e, fy_test_at (TODAY, 9, 0), NULL, &err));
      g_assert_error (err, FY_ERROR, FY_ERROR_INVALID);
      g_hash_table_add (messages, g_strdup (err->message));
      expect_refused (store, a, TODAY, &e, NULL);
    }
  /* Empty, format, Fahrenheit and range each have their own message. */
  g_assert_cmpuint (g_hash_table_size (messages), >=, 4);

  e.temperature = NULL;
  e.tenths = 426;
  expect_refused (store, a, TODAY, &e, NULL);
  e.tenths = 986;
  expect_refused (store, a, TODAY, &e, "°F");
  e.tenths = 0;
  expect_refused (store, a, TODAY, &e, NULL);

  e.temperature = "36.5";
  expect_refused (store, a, "2026-11-11", &e, NULL);        /* future */
  expect_refused (store, a, "2026-02-30", &e, NULL);        /* no such day */
  expect_refused (store, a, "yesterday", &e, NULL);
  expect_refused (store, gone, TODAY, &e, "刘洋");           /* left on the 5th */
  expect_refused (store, iso, TODAY, &e, "陈静");            /* quarantined */
  expect_refused (store, 99999, TODAY, &e, NULL);            /* unknown person */
  e.note = "bad\x01note";
  expect_refused (store, a, TODAY, &e, NULL);
  e.note = NULL;

  /* "Normal" cannot come with a number, symptoms or a red code. */
  e.temperature = NULL;
  e.normal_unmeasured = TRUE;
  e.symptoms = FY_SYMPTOM_COUGH;
  expect_refused (store, a, TODAY, &e, NULL);
  e.symptoms = FY_SYMPTOM_NONE;
  e.code_colour = FY_CODE_RED;
  expect_refused (store, a, TODAY, &e, NULL);
  e.code_colour = FY_CODE_GREEN;
  e.temperature = "36.5";
  expect_refused (store, a, TODAY, &e, NULL);
  /* Nor can a quarantined person be marked normal. */
  e.temperature = NULL;
  expect_refused (store, iso, TODAY, &e, "陈静");

  /* Days before leaving / before the quarantine are fine. */
  g_assert_true (fy_health_record (store,
                                   &(FyReadingSlot) { .staff_id = gone, .day = "2026-11-04",
                                                      .session = FY_SESSION_MORNING },
                                   &e, fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fy_health_record (store,
                                   &(FyReadingSlot) { .staff_id = iso, .day = "2026-11-08",
                                                      .session = FY_SESSION_MORNING },
                                   &e, fy_test_at (TODAY, 9, 0), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading WHERE status = 'normal_unmeasured' AND temp_tenths IS NULL"), ==, 2);
}

static void
test_day_grid (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 ids[5];
  g_autoptr(GPtrArray) page1 = NULL;
  g_autoptr(GPtrArray) page2 = NULL;
  FyReadingEntry e = { 0 };
  FyHealthDayRow *row;

  ids[0] = fy_test_add_person (store, "G1", "A一", "A车间");
  ids[1] = fy_test_add_person (store, "G2", "B二", "A车间");
  ids[2] = fy_test_add_person (store, "G3", "C三", "A车间");
  ids[3] = fy_test_add_person (store, "G4", "D四", "A车间");
  ids[4] = fy_test_add_person (store, "G5", "E五", "B车间");
  g_assert_true (fy_staff_mark_left (store, ids[3], "2026-11-01", &error));
  put_in_quarantine (store, ids[2], "2026-11-09", "2026-11-15");

  e.temperature = "37.6";
  e.symptoms = FY_SYMPTOM_COUGH | FY_SYMPTOM_FATIGUE;
  e.code_colour = FY_CODE_GREEN;
  g_assert_true (fy_health_record (store,
                                   &(FyReadingSlot) { .staff_id = ids[0], .day = TODAY,
                                                      .session = FY_SESSION_AFTERNOON },
                                   &e, fy_test_at (TODAY, 15, 0), NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (fy_health_count_day (store, TODAY, &(FyHealthFilter) { "A车间", NULL }, &error), ==, 3);
  g_assert_cmpint (fy_health_count_day (store, TODAY, NULL, &error), ==, 4);
  page1 = fy_health_list_day (store, TODAY, &(FyHealthFilter) { "A车间", NULL }, 0, 2, &error);
  page2 = fy_health_list_day (store, TODAY, &(FyHealthFilter) { "A车间", NULL }, 2, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page1->len, ==, 2);
  g_assert_cmpuint (page2->len, ==, 1);
  row = g_ptr_array_index (page1, 0);
  g_assert_cmpstr (row->person.name, ==, "A一");
  g_assert_cmpint (row->readings[FY_SESSION_MORNING].status, ==, FY_READING_NONE);
  g_assert_cmpint (row->readings[FY_SESSION_AFTERNOON].status, ==, FY_READING_MEASURED);
  g_assert_cmpint (row->readings[FY_SESSION_AFTERNOON].temp_tenths, ==, 376);
  g_assert_cmpint (row->readings[FY_SESSION_AFTERNOON].symptoms, ==, FY_SYMPTOM_COUGH | FY_SYMPTOM_FATIGUE);
  g_assert_cmpint (row->readings[FY_SESSION_AFTERNOON].abnormal, ==, FY_ABNORMAL_FEVER | FY_ABNORMAL_SYMPTOMS);
  g_assert_cmpint (row->readings[FY_SESSION_AFTERNOON].code_colour, ==, FY_CODE_GREEN);
  row = g_ptr_array_index (page2, 0);
  g_assert_cmpstr (row->person.name, ==, "C三");
  g_assert_true (row->quarantined);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading WHERE symptoms = 'cough,fatigue'"), ==, 1);

  /* On a day before leaving, the person who left is in the grid. */
  g_assert_cmpint (fy_health_count_day (store, "2026-10-31", NULL, &error), ==, 5);
}

static void
test_follow_up (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 a = fy_test_add_person (store, "F1", "发热者", "冲压车间");
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(FyFollowUp) f = NULL;
  gint64 now = fy_test_at (TODAY, 8, 10);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  FyAbnormal abnormal;
  gint64 id;

  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = a, .day = TODAY,
                                                 .session = FY_SESSION_MORNING },
                              "38.1", now, &abnormal, &error));
  g_assert_cmpint (abnormal, ==, FY_ABNORMAL_FEVER);
  open = fy_health_list_follow_ups (store, TRUE, NULL, NULL, &error);
  g_assert_cmpuint (open->len, ==, 1);
  f = g_ptr_array_steal_index (open, 0);
  id = f->id;
  g_assert_cmpint (f->temp_tenths, ==, 381);
  g_assert_cmpint (f->reasons, ==, FY_ABNORMAL_FEVER);
  g_assert_cmpint (f->closed_at, ==, 0);

  /* Closing needs an action. */
  before = fy_test_health_snapshot (store);
  g_assert_false (fy_health_close_follow_up (store, id, now + 60, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  after = fy_test_health_snapshot (store);
  g_assert_cmpstr (before, ==, after);
  g_free (before);
  before = fy_test_health_snapshot (store);
  g_assert_false (fy_health_update_follow_up (store, id, "98.2", FY_FOLLOW_UP_ACTION_FEVER_CLINIC, "", now, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_free (after);
  after = fy_test_health_snapshot (store);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (fy_health_update_follow_up (store, id, "３７．９", FY_FOLLOW_UP_ACTION_OBSERVATION_POINT,
                                             "送临时观察点", now + 120, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT recheck_tenths FROM reading"), ==, 379);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading_history"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'follow_up'"), >=, 3);
  g_assert_true (fy_health_close_follow_up (store, id, now + 3600, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_health_count_open_follow_ups (store, &error), ==, 0);
  g_clear_pointer (&f, fy_follow_up_free);
  f = fy_health_get_follow_up (store, id, &error);
  g_assert_cmpint (f->closed_at, ==, now + 3600);
  g_assert_cmpint (f->action, ==, FY_FOLLOW_UP_ACTION_OBSERVATION_POINT);
  g_assert_cmpint (f->recheck_tenths, ==, 379);
  g_assert_cmpstr (f->note, ==, "送临时观察点");

  g_assert_false (fy_health_update_follow_up (store, id, "", FY_FOLLOW_UP_ACTION_HOME, "", now, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_health_close_follow_up (store, id, now, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
}

static void
test_flags (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 same = fy_test_add_person (store, "S1", "同值", "冲压车间");
  gint64 six = fy_test_add_person (store, "S2", "六天", "冲压车间");
  gint64 varied = fy_test_add_person (store, "S3", "变化", "冲压车间");
  gint64 late = fy_test_add_person (store, "S4", "补录", "冲压车间");
  gint64 ontime = fy_test_add_person (store, "S5", "及时", "冲压车间");
  g_autoptr(GPtrArray) flags = NULL;
  const char *day = "2026-11-08";
  guint n_same = 0, n_late = 0;

  for (int i = 0; i < 7; i++)
    {
      g_autofree char *d = fy_date_add_days (day, -i);
      gint64 t = fy_test_at (d, 8, 0);
      g_assert_true (record_text (store,
                                  &(FyReadingSlot) { .staff_id = same, .day = d,
                                                     .session = FY_SESSION_MORNING },
                                  "36.5", t, NULL, &error));
      g_assert_true (record_text (store,
                                  &(FyReadingSlot) { .staff_id = same, .day = d,
                                                     .session = FY_SESSION_AFTERNOON },
                                  "36.5", t + 6 * 3600, NULL, &error));
      if (i < 6)
        g_assert_true (record_text (store,
                                    &(FyReadingSlot) { .staff_id = six, .day = d,
                                                       .session = FY_SESSION_MORNING },
                                    "36.4", t, NULL, &error));
      g_assert_true (record_text (store,
                                  &(FyReadingSlot) { .staff_id = varied, .day = d,
                                                     .session = FY_SESSION_MORNING },
                                  i == 3 ? "36.6" : "36.4", t, NULL, &error));
      g_assert_no_error (error);
    }
  /* Afternoon ends at midnight; 12 h later is noon of the next day. */
  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = late, .day = day,
                                                 .session = FY_SESSION_AFTERNOON },
                              "36.7", fy_test_at ("2026-11-09", 13, 0), NULL, &error));
  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = ontime, .day = day,
                                                 .session = FY_SESSION_AFTERNOON },
                              "36.7", fy_test_at ("2026-11-09", 11, 0), NULL, &error));
  /* Morning ends at noon: 12 h later is midnight. */
  g_assert_true (record_text (store,
                              &(FyReadingSlot) { .staff_id = ontime, .day = day,
                                                 .session = FY_SESSION_MORNING },
                              "36.7", fy_test_at (day, 23, 59), NULL, &error));
  g_assert_no_error (error);

  flags = fy_health_list_flags (store, day, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < flags->len; i++)
    {
      FyHealthFlag *f = g_ptr_array_index (flags, i);
      if (f->kind == FY_FLAG_SAME_VALUE)
        {
          n_same++;
          g_assert_cmpint (f->person.staff_id, ==, same);
          g_assert_cmpint (f->temp_tenths, ==, 365);
        }
      else
        {
          n_late++;
          g_assert_cmpint (f->person.staff_id, ==, late);
          g_assert_cmpint (f->session, ==, FY_SESSION_AFTERNOON);
          g_assert_cmpint (f->hours_late, ==, 13);
        }
    }
  g_assert_cmpuint (n_same, ==, 1);
  g_assert_cmpuint (n_late, ==, 1);

  /* The grid shows the late entry as such. */
  {
    FyReading r;
    g_assert_true (fy_health_get_reading (store, late, day, FY_SESSION_AFTERNOON, &r, &error));
    g_assert_true (r.late);
    fy_reading_clear (&r);
    g_assert_true (fy_health_get_reading (store, ontime, day, FY_SESSION_AFTERNOON, &r, &error));
    g_assert_false (r.late);
    fy_reading_clear (&r);
  }
}

static void
test_codes_and_labels (void)
{
  g_autofree char *codes = fy_symptoms_to_codes (FY_SYMPTOM_TASTE_SMELL | FY_SYMPTOM_COUGH);
  g_autofree char *label = fy_symptoms_label (FY_SYMPTOM_COUGH | FY_SYMPTOM_OTHER);

  g_assert_cmpstr (codes, ==, "cough,taste_smell");
  g_assert_cmpint (fy_symptoms_from_codes (codes), ==, FY_SYMPTOM_TASTE_SMELL | FY_SYMPTOM_COUGH);
  g_assert_cmpint (fy_symptoms_from_codes ("cough,bogus"), ==, FY_SYMPTOM_COUGH);
  g_assert_cmpstr (label, !=, "");
  g_assert_cmpint (fy_code_colour_from_code ("red"), ==, FY_CODE_RED);
  g_assert_cmpint (fy_temp_method_from_code ("ear"), ==, FY_METHOD_EAR);
  g_assert_cmpint (fy_follow_up_action_from_code ("fever_clinic"), ==, FY_FOLLOW_UP_ACTION_FEVER_CLINIC);
  g_assert_cmpint (fy_health_session_end ("2026-11-10", FY_SESSION_MORNING), ==, fy_test_at ("2026-11-10", 12, 0));
  g_assert_cmpint (fy_health_session_end ("2026-12-31", FY_SESSION_AFTERNOON), ==, fy_test_at ("2027-01-01", 0, 0));
}

int
main (int argc, char **argv)
{
  fy_test_health_init (&argc, &argv, TODAY);
  g_test_add_func ("/health/full-width-and-fever-line", test_full_width_and_fever_line);
  g_test_add_func ("/health/correction-keeps-history", test_correction_keeps_history);
  g_test_add_func ("/health/fill-normal", test_fill_normal);
  g_test_add_func ("/health/plans-use-the-key", test_plans_use_the_key);
  g_test_add_func ("/health/bad-input-writes-nothing", test_bad_input_writes_nothing);
  g_test_add_func ("/health/day-grid", test_day_grid);
  g_test_add_func ("/health/follow-up", test_follow_up);
  g_test_add_func ("/health/flags", test_flags);
  g_test_add_func ("/health/codes-and-labels", test_codes_and_labels);
  return g_test_run ();
}
