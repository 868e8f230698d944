/* SPDX-License-Identifier: GPL-3.0-or-later */
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
#include "fy-bench-data.h"
#include "fy-health-private.h"
#include "fy-quarantine.h"
#include "fy-tests.h"
#include "fy-validate.h"

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
    fy_bench_die_on (error, "fill");
}

/* The same rows with the simplest correct statement: on-site staff without
 * an entry (no quarantine rule, no filter). */
static void
fill_bare (gpointer data)
{
  Bench *b = data;
  sqlite3 *db = fy_store_get_db (b->store);
  sqlite3_stmt *stmt = NULL;

  fy_bench_exec (db, "BEGIN IMMEDIATE");
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
  fy_bench_exec (db, "COMMIT");
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

  fy_bench_die_on (error, "missing");
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

  fy_bench_die_on (error, "due");
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
      fy_bench_die_on (error, "tmpdir");
      b.path = g_build_filename (dir, "bench.db", NULL);
    }
  b.store = fy_store_open (b.path, &error);
  fy_bench_die_on (error, "open");
  b.today = fy_today ();
  b.now = fy_local_day_start (b.today) + 10 * 3600;
  fy_bench_generate (b.store, b.today, b.now, b.staff, b.days);

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
