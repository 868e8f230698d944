/* bench-health.c — a fixed-seed synthetic company (10,000 staff, N days of
 * twice-daily readings, a nucleic-acid round every other day, a few
 * quarantines) and three measurements, each against the best bare SQL doing
 * the same job on the same data:
 *
 *   fill normal   fy_health_fill_normal   vs  a bare INSERT … SELECT
 *   missing list  fy_health_list_missing  vs  a bare SELECT stepping the rows
 *   due list      fy_tests_list_due       vs  a bare SELECT over staff.last_test_at
 *
 * Usage: bench-health [--days N] [--staff N] [--runs N] [--keep FILE]
 * (--days 365 builds a year: 7.3 M readings, it takes a while). */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "fy-bench.h"
#include "fy-health-private.h"
#include "fy-quarantine.h"
#include "fy-tests.h"
#include "fy-validate.h"

#define SEED 20221105

static const char *const departments[] = {
  "冲压车间", "焊装车间", "涂装车间", "总装车间", "质检部", "物流部", "后勤部", "销售部",
  "研发中心", "设备部", "仓储部", "财务部", "人事部", "安保部", "食堂", "动力车间",
  "模具车间", "采购部", "信息部", "办公室",
};
static const char *const teams[] = { "甲班", "乙班", "丙班", "丁班" };
static const char *const posts[] = { "操作工", "班组长", "技术员", "检验员", "保安", "保洁", "厨师", "司机" };

typedef struct
{
  FyStore    *store;
  char       *path;
  char       *today;
  gint64      now;
  int         days;
  int         staff;
  /* per measurement */
  guint       n;
  gint64      rows;
} Bench;

static void
die_on (GError *error, const char *what)
{
  if (error == NULL)
    return;
  g_printerr ("%s: %s\n", what, error->message);
  exit (1);
}

static void
exec_or_die (sqlite3 *db, const char *sql)
{
  char *msg = NULL;
  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      g_printerr ("%s: %s\n", sql, msg);
      exit (1);
    }
}

/* ------------------------------------------------------------------ */
/* The synthetic company                                               */

static void
generate (Bench *b)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = fy_store_get_db (b->store);
  sqlite3_stmt *stmt = NULL;
  gint64 start = g_get_monotonic_time ();

  /* Staff: bulk insert in one transaction (the import path does the same). */
  exec_or_die (db, "BEGIN");
  sqlite3_prepare_v2 (db,
      "INSERT INTO staff (employee_no, name, department, team, post, high_contact, status)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", -1, &stmt, NULL);
  for (int i = 0; i < b->staff; i++)
    {
      g_autofree char *no = g_strdup_printf ("E%06d", i + 1);
      g_autofree char *name = g_strdup_printf ("员工%05d", i + 1);
      const char *post = posts[g_rand_int_range (rand, 0, G_N_ELEMENTS (posts))];
      gboolean hc = g_str_equal (post, "保安") || g_str_equal (post, "保洁") || g_str_equal (post, "厨师")
                    || g_str_equal (post, "司机");
      int r = g_rand_int_range (rand, 0, 1000);

      sqlite3_bind_text (stmt, 1, no, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, departments[g_rand_int_range (rand, 0, G_N_ELEMENTS (departments))], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, teams[g_rand_int_range (rand, 0, G_N_ELEMENTS (teams))], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, post, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 6, hc);
      sqlite3_bind_text (stmt, 7, r < 15 ? "left" : "on_site", -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          g_printerr ("staff: %s\n", sqlite3_errmsg (db));
          exit (1);
        }
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  exec_or_die (db, "UPDATE staff SET left_on = '2020-01-01' WHERE status = 'left'");
  exec_or_die (db, "COMMIT");

  /* Readings, day-major, one transaction per day; about one in ten is the
   * "normal, not measured" status, a few are fevers. */
  sqlite3_prepare_v2 (db,
      "INSERT INTO reading (day, session, staff_id, status, temp_tenths, method, fever_line, entered_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, 'forehead', 373, ?6)", -1, &stmt, NULL);
  for (int d = b->days; d >= 1; d--)
    {
      g_autofree char *day = fy_date_add_days (b->today, -d);
      gint64 day_start = fy_local_day_start (day);

      exec_or_die (db, "BEGIN");
      for (int session = 0; session < 2; session++)
        for (int id = 1; id <= b->staff; id++)
          {
            int r = g_rand_int_range (rand, 0, 1000);
            sqlite3_bind_text (stmt, 1, day, -1, SQLITE_STATIC);
            sqlite3_bind_int (stmt, 2, session);
            sqlite3_bind_int (stmt, 3, id);
            if (r < 100)
              {
                sqlite3_bind_text (stmt, 4, "normal_unmeasured", -1, SQLITE_STATIC);
                sqlite3_bind_null (stmt, 5);
              }
            else
              {
                sqlite3_bind_text (stmt, 4, "measured", -1, SQLITE_STATIC);
                sqlite3_bind_int (stmt, 5, r < 103 ? g_rand_int_range (rand, 373, 392)
                                                   : g_rand_int_range (rand, 358, 372));
              }
            sqlite3_bind_int64 (stmt, 6, day_start + (session ? 14 : 8) * 3600 + g_rand_int_range (rand, 0, 7200));
            if (sqlite3_step (stmt) != SQLITE_DONE)
              {
                g_printerr ("reading: %s\n", sqlite3_errmsg (db));
                exit (1);
              }
            sqlite3_reset (stmt);
          }
      exec_or_die (db, "COMMIT");
    }
  sqlite3_finalize (stmt);
  /* Left people have no readings after leaving; a tenth of yesterday
   * afternoon is still missing. */
  exec_or_die (db, "DELETE FROM reading WHERE staff_id IN (SELECT id FROM staff WHERE status = 'left')");
  {
    g_autofree char *yesterday = fy_date_add_days (b->today, -1);
    g_autofree char *sql = g_strdup_printf ("DELETE FROM reading WHERE day = '%s' AND session = 1"
                                            " AND staff_id %% 10 = 3", yesterday);
    exec_or_die (db, sql);
  }

  /* A nucleic-acid round every other day over the last two weeks (the last
   * one yesterday), through the app (it keeps last_test_at). */
  for (int d = 13; d >= 1; d -= 2)
    {
      g_autofree char *day = fy_date_add_days (b->today, -d);
      gint64 sampled = fy_local_day_start (day) + 9 * 3600;
      if (!fy_tests_create_round (b->store, sampled, FY_TEST_PCR, "厂区采样点", "", NULL, NULL, b->now,
                                  NULL, NULL, &error))
        die_on (error, "round");
    }
  /* Some people skipped the last round: they become overdue. */
  exec_or_die (db, "UPDATE staff SET last_test_at = last_test_at - 3 * 86400 WHERE id % 7 = 0");

  /* A few quarantines under way (planned tests in the due list). */
  for (int i = 0; i < 30; i++)
    {
      FyQuarantineSpec spec = { 0 };
      g_autofree char *day = fy_date_add_days (b->today, -(i % 6));
      spec.staff_id = 100 + i * 37;
      spec.template_code = i % 2 ? "home_7" : "central_5_home_3";
      spec.start_day = day;
      spec.reason = FY_QUARANTINE_REASON_CLOSE_CONTACT;
      if (!fy_quarantine_start (b->store, &spec, b->now, NULL, &error))
        {
          /* A left person or a repeat: skip, the data is synthetic. */
          g_clear_error (&error);
        }
    }
  exec_or_die (db, "ANALYZE");
  g_print ("generated %d staff, %d days (%" G_GINT64_FORMAT " readings) in %.1f s\n", b->staff, b->days,
           (gint64) b->days * 2 * b->staff, (g_get_monotonic_time () - start) / 1e6);
}

/* ------------------------------------------------------------------ */
/* Fill normal                                                         */

static void
fill_setup (gpointer data)
{
  Bench *b = data;
  sqlite3 *db = fy_store_get_db (b->store);
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (db, "DELETE FROM reading WHERE day = ?1 AND session = 0", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, b->today, -1, SQLITE_STATIC);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);
}

static void
fill_app (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;

  if (!fy_health_fill_normal (b->store, b->today, FY_SESSION_MORNING, NULL, b->now, &b->n, &error))
    die_on (error, "fill");
}

/* The same rows with the simplest correct statement: on-site staff without
 * an entry (no quarantine rule, no filter). */
static void
fill_bare (gpointer data)
{
  Bench *b = data;
  sqlite3 *db = fy_store_get_db (b->store);
  sqlite3_stmt *stmt = NULL;

  exec_or_die (db, "BEGIN IMMEDIATE");
  sqlite3_prepare_v2 (db,
      "INSERT INTO reading (day, session, staff_id, status, fever_line, entered_at)"
      " SELECT ?1, 0, s.id, 'normal_unmeasured', 373, ?2 FROM staff s WHERE s.status = 'on_site'"
      " AND NOT EXISTS (SELECT 1 FROM reading r WHERE r.day = ?1 AND r.session = 0 AND r.staff_id = s.id)",
      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, b->today, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, b->now);
  sqlite3_step (stmt);
  b->n = sqlite3_changes (db);
  sqlite3_finalize (stmt);
  exec_or_die (db, "COMMIT");
}

/* ------------------------------------------------------------------ */
/* Missing list (yesterday afternoon, with a tenth missing)            */

static void
missing_app (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = fy_date_add_days (b->today, -1);
  g_autoptr(GPtrArray) list = fy_health_list_missing (b->store, day, FY_SESSION_AFTERNOON, NULL, &error);

  die_on (error, "missing");
  b->rows = list->len;
}

static void
missing_bare (gpointer data)
{
  Bench *b = data;
  sqlite3 *db = fy_store_get_db (b->store);
  g_autofree char *day = fy_date_add_days (b->today, -1);
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  sqlite3_prepare_v2 (db,
      "SELECT s.id, s.employee_no, s.name, s.department, s.team, s.post FROM staff s"
      " WHERE s.status = 'on_site' AND NOT EXISTS (SELECT 1 FROM reading r WHERE r.day = ?1"
      " AND r.session = 1 AND r.staff_id = s.id) ORDER BY s.department, s.team, s.name, s.id", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      /* Touch the text like a caller would. */
      n += sqlite3_column_bytes (stmt, 2) > 0;
    }
  sqlite3_finalize (stmt);
  b->rows = n;
}

/* ------------------------------------------------------------------ */
/* Due list                                                            */

static void
due_app (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = fy_tests_list_due (b->store, b->now, 0, NULL, &error);

  die_on (error, "due");
  b->rows = list->len;
}

/* The same job in hand-written SQL, rows stepped but not kept: cadence
 * rules by post and department, people under quarantine left out, planned
 * quarantine tests added. */
static void
due_bare (gpointer data)
{
  Bench *b = data;
  sqlite3 *db = fy_store_get_db (b->store);
  g_autofree char *today = fy_local_day_of (b->now);
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  sqlite3_prepare_v2 (db,
      "SELECT s.id, s.name, s.last_test_at FROM staff s"
      " LEFT JOIN cadence_rule p ON p.scope = 'post' AND p.value = s.post"
      " LEFT JOIN cadence_rule d ON d.scope = 'department' AND d.value = s.department"
      " WHERE +s.status = 'on_site'"
      " AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.staff_id = s.id AND q.released_on IS NULL)"
      " AND (s.last_test_at IS NULL OR s.last_test_at"
      "      + coalesce(p.hours, d.hours, CASE WHEN s.high_contact THEN 24 ELSE 48 END) * 3600 <= ?1)"
      " UNION ALL SELECT s.id, s.name, s.last_test_at FROM quarantine q"
      " JOIN quarantine_test t ON t.quarantine_id = q.id JOIN staff s ON s.id = q.staff_id"
      " WHERE q.released_on IS NULL AND t.result_id IS NULL AND t.day <= ?2", -1, &stmt, NULL);
  sqlite3_bind_int64 (stmt, 1, b->now);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    n += sqlite3_column_bytes (stmt, 1) > 0;
  sqlite3_finalize (stmt);
  b->rows = n;
}

/* The floor: fixed 24/48 h cadences, no rules, no quarantine plan. */
static void
due_minimal (gpointer data)
{
  Bench *b = data;
  sqlite3 *db = fy_store_get_db (b->store);
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  sqlite3_prepare_v2 (db,
      "SELECT id, employee_no, name, department, team, post, last_test_at FROM staff"
      " WHERE status = 'on_site' AND (last_test_at IS NULL"
      " OR last_test_at + (CASE WHEN high_contact THEN 24 ELSE 48 END) * 3600 <= ?1)", -1, &stmt, NULL);
  sqlite3_bind_int64 (stmt, 1, b->now);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    n += sqlite3_column_bytes (stmt, 2) > 0;
  sqlite3_finalize (stmt);
  b->rows = n;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *keep = NULL;
  Bench b = { 0 };
  int runs = 7;
  double app, bare;
  GOptionEntry entries[] = {
    { "days", 0, 0, G_OPTION_ARG_INT, &b.days, "Days of readings to generate (default 30)", "N" },
    { "staff", 0, 0, G_OPTION_ARG_INT, &b.staff, "Staff to generate (default 10000)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs per measurement (default 7)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Keep the generated database at FILE", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- health benchmarks");

  b.days = 30;
  b.staff = 10000;
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  b.days = CLAMP (b.days, 1, 3650);
  b.staff = CLAMP (b.staff, 10, 1000000);
  runs = CLAMP (runs, 1, 101);

  if (keep)
    b.path = g_strdup (keep);
  else
    {
      dir = g_dir_make_tmp ("fangyi-bench-XXXXXX", &error);
      die_on (error, "tmpdir");
      b.path = g_build_filename (dir, "bench.db", NULL);
    }
  b.store = fy_store_open (b.path, &error);
  die_on (error, "open");
  b.today = fy_today ();
  b.now = fy_local_day_start (b.today) + 10 * 3600;
  generate (&b);

  app = fy_bench_median_ms (runs, fill_setup, fill_app, &b);
  g_print ("fill normal: %u rows\n", b.n);
  bare = fy_bench_median_ms (runs, fill_setup, fill_bare, &b);
  fy_bench_report ("fill normal (10k, one INSERT ... SELECT)", app, bare, 1.5);

  app = fy_bench_median_ms (runs, NULL, missing_app, &b);
  g_print ("missing list: %" G_GINT64_FORMAT " rows\n", b.rows);
  bare = fy_bench_median_ms (runs, NULL, missing_bare, &b);
  fy_bench_report ("missing list", app, bare, 3.0);

  app = fy_bench_median_ms (runs, NULL, due_app, &b);
  g_print ("due list: %" G_GINT64_FORMAT " rows\n", b.rows);
  bare = fy_bench_median_ms (runs, NULL, due_bare, &b);
  fy_bench_report ("due list vs the same job in bare SQL", app, bare, 3.0);
  bare = fy_bench_median_ms (runs, NULL, due_minimal, &b);
  fy_bench_report ("due list vs fixed 24/48 h only (floor)", app, bare, 8.0);
  g_print ("due list absolute: %.2f ms (budget 100 ms)%s\n", app, app > 100 ? "  OVER" : "");

  fy_store_close (b.store);
  g_object_unref (b.store);
  if (!keep)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *f = g_strconcat (b.path, suffixes[i], NULL);
          g_unlink (f);
        }
      g_rmdir (dir);
    }
  g_free (b.path);
  g_free (b.today);
  return 0;
}
