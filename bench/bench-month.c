/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-month.c — the month grid as .xlsx (fy_ledger_write_xlsx on
 * "health-month") against a bare libxlsxwriter constant_memory loop writing
 * the same cells from the same data, on the fixed-seed company of
 * fy-bench-data.c; and the peak memory each export adds, which must not grow
 * with the number of people.
 *
 * The bare loop is what a programmer would write by hand for this one
 * sheet: the people in ledger order, one pass over the month's readings
 * into an array per person, the quarantine days, then the title, two header
 * rows and a row per person with numbers and the two status symbols.
 *
 * Usage: bench-month [--staff N] [--runs N] [--memory-only]
 * Default: 2,000 people, then the memory of 2,000 and 10,000. */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "fy-bench.h"
#include "fy-bench-data.h"
#include "fy-health-private.h"
#include "fy-ledger.h"
#include "fy-validate.h"

typedef struct
{
  FyStore *store;
  char    *dir;
  char    *path;       /* the xlsx written */
  char    *from;       /* the month: first … */
  char    *to;         /* … last day */
  int      n_days;
} Bench;

/* ---- the app ------------------------------------------------------------ */

static void
app_job (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  FyLedgerParams params = { .from = b->from };
  g_autoptr(FyLedger) ledger = fy_ledger_new (b->store, "health-month", &params, &error);

  fy_bench_die_on (error, "ledger");
  if (!fy_ledger_write_xlsx (ledger, b->path, NULL, NULL, NULL, &error))
    fy_bench_die_on (error, "write");
}

/* The rows and cells alone, no file: where the app's time goes. */
static void
query_job (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  FyLedgerParams params = { .from = b->from };
  g_autoptr(FyLedger) ledger = fy_ledger_new (b->store, "health-month", &params, &error);
  g_autoptr(FyLedgerCursor) cursor = NULL;
  guint n = fy_ledger_get_n_columns (ledger);
  double v;

  fy_bench_die_on (error, "ledger");
  if (fy_ledger_count_rows (ledger, &error) < 0 || (cursor = fy_ledger_query (ledger, 0, -1, &error)) == NULL)
    fy_bench_die_on (error, "query");
  while (fy_ledger_cursor_next (cursor, &error))
    for (guint i = 0; i < n; i++)
      if (!fy_ledger_cursor_get_number (cursor, i, &v))
        (void) fy_ledger_cursor_get_text (cursor, i);
  fy_bench_die_on (error, "rows");
}

/* ---- the bare loop ------------------------------------------------------ */

#define CELL_EMPTY  0
#define CELL_NORMAL (-1)
#define CELL_QUAR   (-2)

static void
bare_job (gpointer data)
{
  Bench *b = data;
  sqlite3 *db = fy_store_get_db (b->store);
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *wb = workbook_new_opt (b->path, &options);
  lxw_worksheet *ws = workbook_add_worksheet (wb, NULL);
  lxw_format *cell = workbook_add_format (wb);
  lxw_format *temp = workbook_add_format (wb);
  lxw_format *hot = workbook_add_format (wb);
  lxw_format *head = workbook_add_format (wb);
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree int *cells = NULL;     /* [person * 2 * n_days + cell], tenths or a status */
  g_autofree guint8 *fever = NULL;
  g_autoptr(GPtrArray) remarks = g_ptr_array_new_with_free_func (g_free);
  g_autofree gint64 *midnight = g_new0 (gint64, b->n_days + 1);
  g_autoptr(GHashTable) index = g_hash_table_new (g_int64_hash, g_int64_equal);
  int n_cells = 2 * b->n_days;
  lxw_row_t row = 4;

  format_set_border (cell, LXW_BORDER_THIN);
  format_set_border (temp, LXW_BORDER_THIN);
  format_set_num_format (temp, "0.0");
  format_set_border (hot, LXW_BORDER_THIN);
  format_set_num_format (hot, "0.0");
  format_set_bold (hot);
  format_set_bg_color (hot, 0xFFC7CE);
  format_set_bold (head);
  format_set_border (head, LXW_BORDER_THIN);

  /* The people, in the ledger's order. */
  sqlite3_prepare_v2 (db, "SELECT id, department, team, name FROM staff WHERE status <> 'left' OR left_on > ?1"
                          " ORDER BY department, team, name, id", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, b->from, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 3)));
    }
  sqlite3_finalize (stmt);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_insert (index, &g_array_index (ids, gint64, i), GUINT_TO_POINTER (i + 1));
  cells = g_new0 (int, (gsize) ids->len * n_cells);
  fever = g_new0 (guint8, (gsize) ids->len * n_cells);
  g_ptr_array_set_size (remarks, (int) ids->len);
  for (int d = 1; d <= b->n_days; d++)
    {
      g_autofree char *day = g_strdup_printf ("%.8s%02d", b->from, d);
      midnight[d] = fy_local_day_start (day);
    }

  /* One pass over the month's readings. */
  sqlite3_prepare_v2 (db, "SELECT staff_id, CAST(substr(day, 9, 2) AS INTEGER), session, status, temp_tenths,"
                          " temp_tenths >= fever_line OR symptoms <> '' OR code_colour IN ('yellow', 'red'),"
                          " entered_at FROM reading WHERE day BETWEEN ?1 AND ?2", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, b->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, b->to, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint person = GPOINTER_TO_UINT (g_hash_table_lookup (index, &id));
      gsize at;

      if (person == 0)
        continue;
      at = (gsize) (person - 1) * n_cells + (sqlite3_column_int (stmt, 1) - 1) * 2 + sqlite3_column_int (stmt, 2);
      cells[at] = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? CELL_NORMAL : sqlite3_column_int (stmt, 4);
      fever[at] = sqlite3_column_int (stmt, 5) != 0;
      /* Entered more than 12 h after the session's end: a remark. */
      if (sqlite3_column_int64 (stmt, 6) > midnight[sqlite3_column_int (stmt, 1)]
                                             + (12 + 12 * sqlite3_column_int (stmt, 2) + 12) * 3600)
        {
          char *old = g_ptr_array_index (remarks, person - 1);
          g_ptr_array_index (remarks, person - 1) =
            g_strdup_printf ("%s%s%d日%s补录", old ? old : "", old ? "；" : "", sqlite3_column_int (stmt, 1),
                             sqlite3_column_int (stmt, 2) ? "下午" : "上午");
          g_free (old);
        }
    }
  sqlite3_finalize (stmt);

  /* Quarantine days (a handful). */
  sqlite3_prepare_v2 (db, "SELECT staff_id, start_day, coalesce(released_on, '9999-12-31') FROM quarantine"
                          " WHERE start_day <= ?2 AND (released_on IS NULL OR released_on > ?1)", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, b->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, b->to, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint person = GPOINTER_TO_UINT (g_hash_table_lookup (index, &id));
      const char *start = (const char *) sqlite3_column_text (stmt, 1);
      const char *end = (const char *) sqlite3_column_text (stmt, 2);

      for (int d = 1; person && d <= b->n_days; d++)
        {
          char day[11];
          g_snprintf (day, sizeof day, "%.8s%02d", b->from, d);
          if (strcmp (day, start) >= 0 && strcmp (day, end) < 0)
            for (int s = 0; s < 2; s++)
              if (cells[(gsize) (person - 1) * n_cells + (d - 1) * 2 + s] == CELL_EMPTY)
                cells[(gsize) (person - 1) * n_cells + (d - 1) * 2 + s] = CELL_QUAR;
        }
    }
  sqlite3_finalize (stmt);

  /* Title, two header rows, the rows. */
  worksheet_merge_range (ws, 0, 0, 0, (lxw_col_t) (4 + n_cells), "苏州澄湖精密机械有限公司 体温监测月报表", head);
  worksheet_write_string (ws, 1, 0, b->from, cell);
  for (int c = 0; c < 4; c++)
    worksheet_write_string (ws, 2, (lxw_col_t) c, (const char *[]) { "序号", "部门", "班组", "姓名" }[c], head);
  for (int d = 1; d <= b->n_days; d++)
    {
      char label[4];
      g_snprintf (label, sizeof label, "%d", d);
      worksheet_merge_range (ws, 2, (lxw_col_t) (4 + (d - 1) * 2), 2, (lxw_col_t) (5 + (d - 1) * 2), label, head);
    }
  worksheet_write_string (ws, 2, (lxw_col_t) (4 + n_cells), "备注", head);
  for (int c = 0; c < n_cells; c++)
    worksheet_write_string (ws, 3, (lxw_col_t) (4 + c), c % 2 ? "下午" : "上午", head);
  for (guint i = 0; i < ids->len; i++, row++)
    {
      worksheet_write_number (ws, row, 0, i + 1, cell);
      for (int c = 0; c < 3; c++)
        worksheet_write_string (ws, row, (lxw_col_t) (1 + c), g_ptr_array_index (names, i * 3 + c), cell);
      for (int c = 0; c < n_cells; c++)
        {
          int v = cells[(gsize) i * n_cells + c];
          if (v > 0)
            worksheet_write_number (ws, row, (lxw_col_t) (4 + c), v / 10.0, fever[(gsize) i * n_cells + c] ? hot : temp);
          else if (v == CELL_NORMAL)
            worksheet_write_string (ws, row, (lxw_col_t) (4 + c), "√", cell);
          else if (v == CELL_QUAR)
            worksheet_write_string (ws, row, (lxw_col_t) (4 + c), "隔", cell);
          else
            worksheet_write_string (ws, row, (lxw_col_t) (4 + c), "", cell);
        }
      worksheet_write_string (ws, row, (lxw_col_t) (4 + n_cells),
                              g_ptr_array_index (remarks, i) ? g_ptr_array_index (remarks, i) : "", cell);
    }
  if (workbook_close (wb) != LXW_NO_ERROR)
    {
      g_printerr ("bare: workbook_close failed\n");
      exit (1);
    }
}

/* ---- memory --------------------------------------------------------------- */

static gint64
status_kb (const char *field)
{
  g_autofree char *text = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &text, NULL, NULL) || (line = strstr (text, field)) == NULL)
    return -1;
  return g_ascii_strtoll (line + strlen (field), NULL, 10);
}

/* In a fresh process (this program with --export): open the database, run
 * one export, print the peak resident size in kB. A process of its own, so
 * that nothing the generator left in the heap hides what the export needs. */
static int
export_once (const char *db, const char *from, const char *mode)
{
  g_autoptr(GError) error = NULL;
  Bench b = { 0 };
  int y = 0, m = 0;

  b.store = fy_store_open (db, &error);
  fy_bench_die_on (error, "open");
  b.dir = g_path_get_dirname (db);
  b.path = g_build_filename (b.dir, g_str_equal (mode, "bare") ? "peak-bare.xlsx" : "peak-app.xlsx", NULL);
  b.from = g_strdup (from);
  sscanf (from, "%d-%d", &y, &m);
  b.n_days = g_date_get_days_in_month (m, y);
  b.to = g_strdup_printf ("%04d-%02d-%02d", y, m, b.n_days);
  if (g_str_equal (mode, "bare"))
    bare_job (&b);
  else
    app_job (&b);
  g_print ("%" G_GINT64_FORMAT "\n", status_kb ("VmHWM:"));
  g_unlink (b.path);
  fy_store_close (b.store);
  g_object_unref (b.store);
  return 0;
}

static double
peak_mb (const char *self, Bench *b, const char *mode)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *db = g_strdup (fy_store_get_path (b->store));
  const char *argv[] = { self, "--export", db, "--from", b->from, "--mode", mode, NULL };
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    fy_bench_die_on (error, "spawn");
  return g_ascii_strtoll (out, NULL, 10) / 1024.0;
}

/* ---- timing ------------------------------------------------------------- */

static double
time_ms (FyBenchFunc job, gpointer data)
{
  gint64 start = g_get_monotonic_time ();

  job (data);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Medians of `runs` app / bare pairs, run alternately, and the median of
 * the pairs' ratios. */
static void
interleaved (Bench *b, guint runs, double *app, double *bare, double *ratio)
{
  g_autofree double *a = g_new0 (double, runs);
  g_autofree double *r = g_new0 (double, runs);
  g_autofree double *q = g_new0 (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      a[i] = time_ms (app_job, b);
      r[i] = time_ms (bare_job, b);
      q[i] = a[i] / r[i];
    }
  qsort (a, runs, sizeof (double), fy_bench_cmp_double);
  qsort (r, runs, sizeof (double), fy_bench_cmp_double);
  qsort (q, runs, sizeof (double), fy_bench_cmp_double);
  *app = a[runs / 2];
  *bare = r[runs / 2];
  *ratio = q[runs / 2];
}

/* ---- main --------------------------------------------------------------- */

static void
setup (Bench *b, int n_staff)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_strdup_printf ("%s/month-%d.db", b->dir, n_staff);
  g_autofree char *today = fy_today ();
  g_autofree char *first = g_strdup_printf ("%.8s01", today);
  int y = 0, m = 0;

  b->store = fy_store_open (db, &error);
  fy_bench_die_on (error, "open");
  /* Last month, complete: readings from its first day to yesterday. */
  g_free (b->from);
  g_free (b->to);
  b->to = fy_date_add_days (first, -1);
  sscanf (b->to, "%d-%d-%d", &y, &m, &b->n_days);
  b->from = g_strdup_printf ("%04d-%02d-01", y, m);
  fy_bench_generate (b->store, today, fy_local_day_start (today) + 10 * 3600, n_staff,
                     fy_date_diff_days (b->from, today));
}

static void
teardown (Bench *b, int n_staff)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  fy_store_close (b->store);
  g_clear_object (&b->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *f = g_strdup_printf ("%s/month-%d.db%s", b->dir, n_staff, suffixes[i]);
      g_unlink (f);
    }
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("- month grid xlsx benchmark");
  Bench b = { 0 };
  int staff = 2000, runs = 9;
  gboolean memory_only = FALSE, timing_only = FALSE;
  g_autofree char *export_db = NULL;
  g_autofree char *export_from = NULL;
  g_autofree char *export_mode = NULL;
  double app, bare, ratio;
  GOptionEntry entries[] = {
    { "staff", 0, 0, G_OPTION_ARG_INT, &staff, "People for the timed comparison (default 2000)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs per side (default 9)", "N" },
    { "memory-only", 0, 0, G_OPTION_ARG_NONE, &memory_only, "Only the memory of 2,000 and 10,000 people", NULL },
    { "timing-only", 0, 0, G_OPTION_ARG_NONE, &timing_only, "Only the timed comparison", NULL },
    { "export", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &export_db, "One export of DB, print the peak RSS", "DB" },
    { "from", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &export_from, "The month's first day", "DAY" },
    { "mode", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &export_mode, "app or bare", "MODE" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (export_db)
    return export_once (export_db, export_from ? export_from : "2026-10-01", export_mode ? export_mode : "app");
  b.dir = g_dir_make_tmp ("fangyi-bench-month-XXXXXX", &error);
  fy_bench_die_on (error, "tmpdir");
  b.path = g_build_filename (b.dir, "grid.xlsx", NULL);

  if (!memory_only)
    {
      GStatBuf st;

      setup (&b, CLAMP (staff, 10, 100000));
      app_job (&b);
      g_stat (b.path, &st);
      g_print ("month grid %s: %d people, %d days, app xlsx %" G_GINT64_FORMAT " bytes", b.from, staff,
               b.n_days, (gint64) st.st_size);
      bare_job (&b);
      g_stat (b.path, &st);
      g_print (", bare xlsx %" G_GINT64_FORMAT " bytes\n", (gint64) st.st_size);
      /* Alternate the two so that a busy machine slows both alike. */
      interleaved (&b, (guint) CLAMP (runs, 1, 51), &app, &bare, &ratio);
      fy_bench_report ("month grid .xlsx vs bare constant_memory loop", app, bare, 1.35);
      g_print ("  median of the per-pair ratios: %.2f\n", ratio);
      g_print ("  of which rows and cells without a file: %.2f ms\n",
               fy_bench_median_ms ((guint) CLAMP (runs, 1, 51), NULL, query_job, &b));
      teardown (&b, CLAMP (staff, 10, 100000));
    }

  /* Peak memory of a process making the export, for two sizes: the app's
   * must not grow with the row count (the bare loop keeps the month in
   * memory, so its does). */
  for (guint k = 0; k < 2 && !timing_only; k++)
    {
      int n = k == 0 ? 2000 : 10000;
      double t;

      setup (&b, n);
      t = time_ms (app_job, &b);
      g_print ("month grid .xlsx, %5d people: app %.0f ms (bare %.0f ms); peak RSS of the process: app %.1f MB,"
               " bare loop %.1f MB\n", n, t, time_ms (bare_job, &b), peak_mb (argv[0], &b, "app"),
               peak_mb (argv[0], &b, "bare"));
      teardown (&b, n);
    }

  g_unlink (b.path);
  g_rmdir (b.dir);
  g_free (b.dir);
  g_free (b.path);
  g_free (b.from);
  g_free (b.to);
  return 0;
}
