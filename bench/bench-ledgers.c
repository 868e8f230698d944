/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-ledgers.c — list ledgers as .xlsx (fy_ledger_write_xlsx) against a
 * bare libxlsxwriter constant_memory loop that runs the equivalent SQL and
 * writes the same columns with the same cell types (numbers, Excel dates,
 * text), on the fixed-seed company of fy-bench-data.c:
 *
 *   nat     a month of nucleic-acid samples (about 7 per person)
 *   roster  everyone on the staff list
 *
 * The month grid has its own benchmark (bench-month.c). The bare loop does
 * what a programmer would write for this one sheet: one statement, labels
 * from a switch, dates converted with localtime_r; it does not measure
 * wrapped text (its rows would print over each other), so the app's row
 * heights, formats and masking are what the ratio prices.
 *
 * Usage: bench-ledgers [--staff N] [--runs N] [--ledger nat|roster] [--keep DB]
 * (default 10,000 people, 5 runs, both). Instruction counts, stable on a
 * busy machine: valgrind --tool=callgrind bench-ledgers --staff 1000
 * --runs 1 --ledger nat, then app_job ÷ 2 (warm-up + run) against bare_nat. */
#include "config.h"

#include <stdlib.h>
#include <time.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "fy-bench.h"
#include "fy-bench-data.h"
#include "fy-ledger.h"
#include "fy-validate.h"

typedef struct
{
  FyStore    *store;
  const char *dir;
  const char *path;
  const char *from;
  const char *to;
  const char *id;
} Bench;

/* ---- the app ------------------------------------------------------------ */

static void
app_job (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  FyLedgerParams params = { .from = b->from, .to = b->to };
  g_autoptr(FyLedger) ledger = fy_ledger_new (b->store, b->id, &params, &error);

  fy_bench_die_on (error, "ledger");
  if (!fy_ledger_write_xlsx (ledger, b->path, NULL, NULL, NULL, &error))
    fy_bench_die_on (error, "write");
}

/* ---- the bare loops ----------------------------------------------------- */

typedef struct
{
  lxw_workbook  *wb;
  lxw_worksheet *ws;
  lxw_format    *text;
  lxw_format    *number;
  lxw_format    *date;
  lxw_format    *head;
} Bare;

static void
bare_open (Bare *x, const char *path, guint n_columns)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };

  x->wb = workbook_new_opt (path, &options);
  x->ws = workbook_add_worksheet (x->wb, NULL);
  x->text = workbook_add_format (x->wb);
  format_set_border (x->text, LXW_BORDER_THIN);
  format_set_text_wrap (x->text);
  x->number = workbook_add_format (x->wb);
  format_set_border (x->number, LXW_BORDER_THIN);
  x->date = workbook_add_format (x->wb);
  format_set_border (x->date, LXW_BORDER_THIN);
  format_set_num_format (x->date, "yyyy-mm-dd hh:mm");
  x->head = workbook_add_format (x->wb);
  format_set_bold (x->head);
  format_set_border (x->head, LXW_BORDER_THIN);
  worksheet_merge_range (x->ws, 0, 0, 0, (lxw_col_t) (n_columns - 1), "苏州澄湖精密机械有限公司 台账", x->head);
  worksheet_write_string (x->ws, 1, 0, "2026-11", x->text);
  for (guint i = 0; i < n_columns; i++)
    worksheet_write_string (x->ws, 2, (lxw_col_t) i, "表头", x->head);
}

/* The workbook with its title block, and the statement of the rows. */
static sqlite3_stmt *
bare_begin (Bench *b, Bare *x, guint n_columns, const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  bare_open (x, b->path, n_columns);
  sqlite3_prepare_v2 (fy_store_get_db (b->store), sql, -1, &stmt, NULL);
  return stmt;
}

static void
bare_close (Bare *x)
{
  if (workbook_close (x->wb) != LXW_NO_ERROR)
    {
      g_printerr ("bare: workbook_close failed\n");
      exit (1);
    }
}

static void
write_time (Bare *x, lxw_row_t row, lxw_col_t col, sqlite3_stmt *stmt, int i)
{
  time_t t;
  struct tm tm;
  lxw_datetime dt;

  if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
    {
      worksheet_write_string (x->ws, row, col, "", x->text);
      return;
    }
  t = (time_t) sqlite3_column_int64 (stmt, i);
  localtime_r (&t, &tm);
  dt = (lxw_datetime) { tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, 0 };
  worksheet_write_datetime (x->ws, row, col, &dt, x->date);
}

static const char *
text_of (sqlite3_stmt *stmt, int i)
{
  const char *t = (const char *) sqlite3_column_text (stmt, i);
  return t ? t : "";
}

/* The same rows as the ledger's SQL: the next sample of the person and
 * kind from a window, the cadence from the rules, late or overdue. */
static const char bare_nat_sql[] =
  "WITH t AS ("
  "  SELECT id, staff_id, sampled_at, kind, result, result_at, place, sampling,"
  "   lead (sampled_at) OVER (PARTITION BY staff_id, kind ORDER BY sampled_at, id) AS next_at"
  "  FROM test_result WHERE sampled_at >= ?1),"
  " r AS ("
  "  SELECT t.*, s.name, s.department, s.team, s.status, s.high_contact,"
  "   CASE WHEN t.kind = 'pcr' THEN coalesce(p.hours, d.hours, iif(s.high_contact, 24, 72)) END AS hours"
  "  FROM t JOIN staff s ON s.id = t.staff_id"
  "  LEFT JOIN cadence_rule p ON p.scope = 'post' AND p.value = s.post"
  "  LEFT JOIN cadence_rule d ON d.scope = 'department' AND d.value = s.department"
  "  WHERE t.sampled_at < ?2)"
  " SELECT name, department, high_contact, hours, sampled_at, kind, result, result_at,"
  "  sampled_at + hours * 3600,"
  "  CASE WHEN hours IS NULL THEN NULL"
  "       WHEN next_at IS NOT NULL THEN iif(next_at > sampled_at + hours * 3600"
  "         AND date(next_at, 'unixepoch', 'localtime')"
  "             > date(sampled_at + hours * 3600, 'unixepoch', 'localtime'), '迟检', NULL)"
  "       WHEN status = 'on_site' AND sampled_at + hours * 3600 <= ?3 THEN '逾期' END,"
  "  place, sampling"
  " FROM r ORDER BY sampled_at, department, team, name, id";

/* The ledger's completion line: who was due a nucleic-acid test in the
 * period (last sample before it plus the cadence) and who was tested. */
static const char bare_completion_sql[] =
  "WITH a AS ("
  "  SELECT staff_id, max(sampled_at) FILTER (WHERE sampled_at < ?1) AS before,"
  "   count(*) FILTER (WHERE sampled_at >= ?1) AS n_in"
  "  FROM test_result WHERE kind = 'pcr' AND sampled_at >= ?1 - 720 * 3600 AND sampled_at < ?2"
  "  GROUP BY staff_id)"
  " SELECT s.name, s.department, coalesce(a.n_in, 0) > 0 FROM staff s LEFT JOIN a ON a.staff_id = s.id"
  "  LEFT JOIN cadence_rule p ON p.scope = 'post' AND p.value = s.post"
  "  LEFT JOIN cadence_rule d ON d.scope = 'department' AND d.value = s.department"
  " WHERE s.status = 'on_site' AND (a.n_in > 0"
  "  OR coalesce(a.before, 0) + coalesce(p.hours, d.hours, iif(s.high_contact, 24, 72)) * 3600 < min(?2, ?3))"
  " ORDER BY s.department, s.team, s.name, s.id";

static void
bare_nat (gpointer data)
{
  Bench *b = data;
  Bare x;
  sqlite3_stmt *stmt = bare_begin (b, &x, 13, bare_nat_sql);
  g_autoptr(GString) untested = g_string_new (NULL);
  g_autofree char *line = NULL;
  guint due = 0, tested = 0;
  lxw_row_t row = 3;

  sqlite3_bind_int64 (stmt, 1, fy_local_day_start (b->from));
  sqlite3_bind_int64 (stmt, 2, fy_local_day_start (b->to) + 86400);
  sqlite3_bind_int64 (stmt, 3, g_get_real_time () / G_USEC_PER_SEC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *kind = text_of (stmt, 5), *result = text_of (stmt, 6);

      worksheet_write_number (x.ws, row, 0, row - 2, x.number);
      worksheet_write_string (x.ws, row, 1, text_of (stmt, 0), x.text);
      worksheet_write_string (x.ws, row, 2, text_of (stmt, 1), x.text);
      worksheet_write_string (x.ws, row, 3, sqlite3_column_int (stmt, 2) ? "高风险岗位" : "一般人员", x.text);
      if (sqlite3_column_type (stmt, 3) == SQLITE_NULL)
        worksheet_write_string (x.ws, row, 4, "", x.text);
      else
        worksheet_write_number (x.ws, row, 4, sqlite3_column_int (stmt, 3), x.number);
      write_time (&x, row, 5, stmt, 4);
      worksheet_write_string (x.ws, row, 6, g_str_equal (kind, "pcr") ? "核酸" : "抗原", x.text);
      worksheet_write_string (x.ws, row, 7, g_str_equal (text_of (stmt, 11), "pooled") ? "混采"
                                            : g_str_equal (text_of (stmt, 11), "single") ? "单采" : "", x.text);
      worksheet_write_string (x.ws, row, 8, g_str_equal (result, "negative") ? "阴性"
                                            : g_str_equal (result, "positive") ? "阳性" : "待出", x.text);
      write_time (&x, row, 9, stmt, 7);
      write_time (&x, row, 10, stmt, 8);
      worksheet_write_string (x.ws, row, 11, text_of (stmt, 9), x.text);
      worksheet_write_string (x.ws, row, 12, text_of (stmt, 10), x.text);
      row++;
    }
  sqlite3_finalize (stmt);

  sqlite3_prepare_v2 (fy_store_get_db (b->store), bare_completion_sql, -1, &stmt, NULL);
  sqlite3_bind_int64 (stmt, 1, fy_local_day_start (b->from));
  sqlite3_bind_int64 (stmt, 2, fy_local_day_start (b->to) + 86400);
  sqlite3_bind_int64 (stmt, 3, g_get_real_time () / G_USEC_PER_SEC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      due++;
      if (sqlite3_column_int (stmt, 2))
        tested++;
      else if (due - tested <= 300)
        g_string_append_printf (untested, "%s（%s）、", text_of (stmt, 0), text_of (stmt, 1));
    }
  sqlite3_finalize (stmt);
  line = g_strdup_printf ("完成率：应检 %u 人，实检 %u 人。应检未检：%s", due, tested, untested->str);
  worksheet_write_string (x.ws, row, 0, line, x.text);
  bare_close (&x);
}

static void
bare_roster (gpointer data)
{
  Bench *b = data;
  Bare x;
  sqlite3_stmt *stmt = bare_begin (b, &x, 16, "SELECT employee_no, name, gender, department, team, post, phone,"
                                               " id_number, dormitory, high_contact, vaccine_doses, status, note,"
                                               " (SELECT a.name || coalesce(' / ' || g.name, '')"
                                               "  FROM staff_zone z JOIN zone_area a ON a.id = z.area_id"
                                               "  LEFT JOIN zone_grid g ON g.id = z.grid_id WHERE z.staff_id = staff.id)"
                                               " FROM staff WHERE status <> 'left'"
                                               " ORDER BY department, team, employee_no");
  lxw_row_t row = 3;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      worksheet_write_number (x.ws, row, 0, row - 2, x.number);
      for (int i = 0; i < 9; i++)
        worksheet_write_string (x.ws, row, (lxw_col_t) (1 + i), text_of (stmt, i), x.text);
      worksheet_write_string (x.ws, row, 10, sqlite3_column_int (stmt, 9) ? "是" : "否", x.text);
      worksheet_write_number (x.ws, row, 11, sqlite3_column_int (stmt, 10), x.number);
      worksheet_write_string (x.ws, row, 12, g_str_equal (text_of (stmt, 11), "on_site") ? "在岗" : "隔离", x.text);
      worksheet_write_string (x.ws, row, 13, text_of (stmt, 12), x.text);
      worksheet_write_string (x.ws, row, 14, "", x.text);
      worksheet_write_string (x.ws, row, 15, text_of (stmt, 13), x.text);
      row++;
    }
  sqlite3_finalize (stmt);
  bare_close (&x);
}

/* ---- data --------------------------------------------------------------- */

/* About seven samples a person over the month, every fourth day or so, a
 * tenth of them antigen tests, all with a result six hours later. */
static void
add_samples (Bench *b, int n_staff)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261130);
  sqlite3 *db = fy_store_get_db (b->store);
  sqlite3_stmt *stmt = NULL;
  gint64 start = fy_local_day_start (b->from);
  int n_days = fy_date_diff_days (b->from, b->to) + 1;

  fy_bench_exec (db, "BEGIN");
  sqlite3_prepare_v2 (db, "INSERT INTO test_result (staff_id, sampled_at, kind, result, result_at, place, entered_at)"
                          " VALUES (?1, ?2, ?3, 'negative', ?2 + 21600, ?4, ?2 + 22000)", -1, &stmt, NULL);
  for (int day = 0; day < n_days; day++)
    for (int id = 1; id <= n_staff; id++)
      if (g_rand_int_range (rand, 0, 1000) < 230)
        {
          sqlite3_bind_int (stmt, 1, id);
          sqlite3_bind_int64 (stmt, 2, start + day * 86400 + 8 * 3600 + g_rand_int_range (rand, 0, 4 * 3600));
          sqlite3_bind_text (stmt, 3, g_rand_int_range (rand, 0, 10) ? "pcr" : "antigen", -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, g_rand_int_range (rand, 0, 4) ? "厂区采样点" : "", -1, SQLITE_STATIC);
          if (sqlite3_step (stmt) != SQLITE_DONE)
            {
              g_printerr ("test_result: %s\n", sqlite3_errmsg (db));
              exit (1);
            }
          sqlite3_reset (stmt);
        }
  sqlite3_finalize (stmt);
  fy_bench_exec (db, "COMMIT");
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("- list ledgers as xlsx against bare loops");
  g_autofree char *db = NULL;
  g_autofree char *today = fy_today ();
  g_autofree char *first = g_strdup_printf ("%.8s01", today);
  Bench b = { 0 };
  int staff = 10000, runs = 5, y = 0, m = 0, last = 0;
  g_autofree char *only = NULL;
  g_autofree char *keep = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  struct { const char *id; FyBenchFunc bare; } cases[] = { { "nat", bare_nat }, { "roster", bare_roster } };
  GOptionEntry entries[] = {
    { "staff", 0, 0, G_OPTION_ARG_INT, &staff, "People (default 10000)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs per side (default 5)", "N" },
    { "ledger", 0, 0, G_OPTION_ARG_STRING, &only, "Only this ledger (nat or roster)", "ID" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Make the database there and keep it (for fangyi export)", "DB" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  b.dir = dir = g_dir_make_tmp ("fangyi-bench-ledgers-XXXXXX", &error);
  fy_bench_die_on (error, "tmpdir");
  b.path = path = g_build_filename (dir, "ledger.xlsx", NULL);
  db = keep ? g_strdup (keep) : g_build_filename (dir, "ledgers.db", NULL);
  b.store = fy_store_open (db, &error);
  fy_bench_die_on (error, "open");
  /* Last month, complete. */
  b.to = to = fy_date_add_days (first, -1);
  sscanf (to, "%d-%d-%d", &y, &m, &last);
  b.from = from = g_strdup_printf ("%04d-%02d-01", y, m);
  fy_bench_generate (b.store, today, fy_local_day_start (today) + 10 * 3600, staff, 1);
  add_samples (&b, staff);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL;
      double app, bare, ratio;

      if (only && !g_str_equal (only, cases[i].id))
        continue;
      b.id = cases[i].id;
      fy_bench_interleaved (app_job, cases[i].bare, &b, (guint) runs, &app, &bare, &ratio);
      name = g_strdup_printf ("%s xlsx, %d people (median ratio %.2f)", b.id, staff, ratio);
      fy_bench_report (name, app, bare, 1.35);
    }

  fy_store_close (b.store);
  g_clear_object (&b.store);
  if (!keep)
  {
    const char *suffixes[] = { "", "-wal", "-shm" };
    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *f = g_strconcat (db, suffixes[i], NULL);
        g_unlink (f);
      }
  }
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
