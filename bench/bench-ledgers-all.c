/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-ledgers-all.c — every list ledger of the registry as .xlsx
 * (fy_ledger_write_xlsx) against a table-driven bare libxlsxwriter
 * constant_memory loop. The bare loop prepares the ledger's own SQL text
 * (fy_ledger_get_sql), binds the same parameters (fy_ledger_bind_params)
 * and writes each column with the cell type of its definition: numbers,
 * Excel dates from Unix seconds or ISO text, labels of codes from the
 * column's table, masked ID numbers and phones; a title block and one
 * header row. It prices what the engine adds (row heights, formats, cells
 * SQL, title and signature lines), not the SQL, which both sides share.
 *
 * The month grid (bench-month.c) and the supplies stock ledger
 * (bench-supplies.c) have their own programs. A ledger split into parts
 * (one per month of a long period) is a sheet per part on both sides.
 *
 * Usage: bench-ledgers-all [--database DB [--grow N]] [--runs N] [--ledger ID]
 *                          [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 * Without --database it measures the bench company of fy-bench-data.c
 * (2,000 people, 30 days of readings: roster and health ledgers only);
 * pass a copy of a database made by `fangyi demo`, with --grow N to copy
 * its records N times, to measure the other domains. Instruction counts:
 *   valgrind --tool=callgrind --toggle-collect=app_job ... --runs 1 --ledger ID
 *   valgrind --tool=callgrind --toggle-collect=bare_job ... --runs 1 --ledger ID */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "fy-bench.h"
#include "fy-bench-data.h"
#include "fy-ledger.h"
#include "fy-ledger-private.h"
#include "fy-validate.h"

typedef struct
{
  FyStore    *store;
  const char *path;
  const char *from;
  const char *to;
  const char *id;
  gint64      rows;
} Bench;

/* ---- the app ------------------------------------------------------------ */

static FyLedger *
ledger_of (Bench *b)
{
  g_autoptr(GError) error = NULL;
  FyLedgerParams params = { .from = b->from, .to = b->to };
  FyLedger *ledger = fy_ledger_new (b->store, b->id, &params, &error);

  fy_bench_die_on (error, b->id);
  return ledger;
}

/* Not static: callgrind's --toggle-collect names it. */
void app_job (gpointer data);
void bare_job (gpointer data);

void
app_job (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = ledger_of (b);

  if (!fy_ledger_write_xlsx (ledger, b->path, NULL, NULL, NULL, &error))
    fy_bench_die_on (error, "write");
}

/* ---- the bare loop ------------------------------------------------------ */

static const char *
label_of (const FyCodeLabel *labels, const char *code)
{
  if (labels && code)
    for (guint i = 0; labels[i].code; i++)
      if (strcmp (labels[i].code, code) == 0)
        return labels[i].label;
  return code ? code : "";
}

static void
write_date (lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, sqlite3_stmt *stmt, int i,
            lxw_format *date, lxw_format *text)
{
  lxw_datetime dt = { 0 };

  if (sqlite3_column_type (stmt, i) == SQLITE_INTEGER)
    {
      time_t t = (time_t) sqlite3_column_int64 (stmt, i);
      struct tm tm;

      localtime_r (&t, &tm);
      dt = (lxw_datetime) { tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, 0 };
    }
  else if (sqlite3_column_type (stmt, i) == SQLITE_TEXT)
    {
      const char *s = (const char *) sqlite3_column_text (stmt, i);
      int y = 0, m = 0, d = 0, h = 0, mi = 0;

      if (sscanf (s, "%d-%d-%d %d:%d", &y, &m, &d, &h, &mi) < 3)
        {
          worksheet_write_string (ws, row, col, s, text);
          return;
        }
      dt = (lxw_datetime) { y, m, d, h, mi, 0 };
    }
  else
    {
      worksheet_write_blank (ws, row, col, text);
      return;
    }
  worksheet_write_datetime (ws, row, col, &dt, date);
}

/* One sheet: title block, header row, the rows of the part's own SQL. */
static gint64
bare_sheet (Bench *b, lxw_workbook *wb, FyLedger *ledger, lxw_format *const f[4])
{
  lxw_format *text = f[0], *number = f[1], *date = f[2], *head = f[3];
  lxw_worksheet *ws = workbook_add_worksheet (wb, NULL);
  guint n = fy_ledger_get_n_columns (ledger);
  sqlite3_stmt *stmt = NULL;
  lxw_row_t row = 3;

  worksheet_merge_range (ws, 0, 0, 0, (lxw_col_t) (n > 1 ? n - 1 : 1), fy_ledger_get_title (ledger), head);
  worksheet_write_string (ws, 1, 0, fy_ledger_get_period_text (ledger), text);
  for (guint c = 0; c < n; c++)
    worksheet_write_string (ws, 2, (lxw_col_t) c, fy_ledger_get_column (ledger, c)->header, head);

  if (sqlite3_prepare_v2 (fy_store_get_db (b->store), fy_ledger_get_sql (ledger), -1, &stmt, NULL) != SQLITE_OK)
    {
      g_printerr ("bare %s: %s\n", b->id, sqlite3_errmsg (fy_store_get_db (b->store)));
      exit (1);
    }
  fy_ledger_bind_params (ledger, stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int nc = sqlite3_column_count (stmt);

      for (guint c = 0; c < n && (int) c < nc; c++)
        {
          const FyLedgerColumn *col = fy_ledger_get_column (ledger, c);
          const char *s = (const char *) sqlite3_column_text (stmt, (int) c);
          lxw_col_t x = (lxw_col_t) c;

          switch (col->type)
            {
            case FY_COLUMN_SERIAL:
              worksheet_write_number (ws, row, x, row - 2, number);
              break;
            case FY_COLUMN_NUMBER:
              if (sqlite3_column_type (stmt, (int) c) == SQLITE_NULL)
                worksheet_write_blank (ws, row, x, number);
              else
                worksheet_write_number (ws, row, x, sqlite3_column_double (stmt, (int) c), number);
              break;
            case FY_COLUMN_TEMPERATURE:
              if (sqlite3_column_type (stmt, (int) c) == SQLITE_INTEGER)
                worksheet_write_number (ws, row, x, sqlite3_column_int (stmt, (int) c) / 10.0, number);
              else
                worksheet_write_string (ws, row, x, label_of (col->labels, s), text);
              break;
            case FY_COLUMN_DATE:
            case FY_COLUMN_TIME:
            case FY_COLUMN_DATETIME:
              write_date (ws, row, x, stmt, (int) c, date, text);
              break;
            case FY_COLUMN_ENUM:
              worksheet_write_string (ws, row, x, label_of (col->labels, s), text);
              break;
            case FY_COLUMN_BOOL:
              worksheet_write_string (ws, row, x, sqlite3_column_int (stmt, (int) c) ? "是" : "", text);
              break;
            case FY_COLUMN_TEXT:
            default:
              if (s && col->sensitive != FY_SENSITIVE_NONE)
                {
                  g_autofree char *m = col->sensitive == FY_SENSITIVE_ID ? fy_mask_id_number (s) : fy_mask_phone (s);
                  worksheet_write_string (ws, row, x, m, text);
                }
              else
                worksheet_write_string (ws, row, x, s ? s : "", text);
              break;
            }
        }
      row++;
    }
  sqlite3_finalize (stmt);
  return row - 3;
}

void
bare_job (gpointer data)
{
  Bench *b = data;
  g_autoptr(FyLedger) ledger = ledger_of (b);
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *wb = workbook_new_opt (b->path, &options);
  lxw_format *f[4];
  guint parts = fy_ledger_get_n_parts (ledger);

  for (guint i = 0; i < 4; i++)
    {
      f[i] = workbook_add_format (wb);
      format_set_border (f[i], LXW_BORDER_THIN);
    }
  format_set_text_wrap (f[0]);
  format_set_num_format (f[2], "yyyy-mm-dd hh:mm");
  format_set_bold (f[3]);
  b->rows = 0;
  for (guint p = 0; p < parts; p++)
    b->rows += bare_sheet (b, wb, parts > 1 ? fy_ledger_get_part (ledger, p) : ledger, f);
  if (workbook_close (wb) != LXW_NO_ERROR)
    {
      g_printerr ("bare %s: workbook_close failed\n", b->id);
      exit (1);
    }
}

/* Copies the rows of the record tables `times` times (all columns but the
 * id; rows a unique constraint refuses are left out), so the demo's few
 * dozen records become enough for timings. Child tables keyed by a parent
 * (quarantine readings, checklist items) are not copied. */
static const char *const grown[] = {
  "test_result", "trip", "vaccination", "quarantine", "follow_up", "zone_history",
  "disinfection_entry", "action_item", "drill", "emergency", "taskforce_member", NULL
};

static void
grow (FyStore *store, int times)
{
  sqlite3 *db = fy_store_get_db (store);

  fy_bench_exec (db, "BEGIN");
  for (guint t = 0; grown[t]; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info('%s') WHERE name <> 'id'", grown[t]);
      g_autoptr(GString) cols = g_string_new (NULL);
      sqlite3_stmt *stmt = NULL;
      gint64 top = 0;

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        continue;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (cols, "%s\"%s\"", cols->len ? ", " : "", sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
      if (cols->len == 0)
        continue;
      g_free (sql);
      sql = g_strdup_printf ("SELECT coalesce(max(id), 0) FROM \"%s\"", grown[t]);
      sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        top = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      for (int i = 0; i < times; i++)
        {
          g_free (sql);
          sql = g_strdup_printf ("INSERT OR IGNORE INTO \"%s\" (%s) SELECT %s FROM \"%s\" WHERE id <= %" G_GINT64_FORMAT,
                                 grown[t], cols->str, cols->str, grown[t], top);
          fy_bench_exec (db, sql);
        }
    }
  fy_bench_exec (db, "COMMIT");
}

/* Ledgers with their own benchmark or no rows SQL of their own. */
static gboolean
skipped (const FyLedgerDef *def)
{
  static const char *const own[] = { "health-month", "stock", NULL };

  return g_strv_contains (own, def->id);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("- every list ledger as xlsx against a bare loop");
  g_autofree char *database = NULL;
  g_autofree char *only = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *today = fy_today ();
  int runs = 5, times = 0;
  Bench b = { 0 };
  const FyLedgerDef *const *defs;
  guint n_defs = 0;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Database (e.g. made by fangyi demo)", "DB" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs per side (default 5)", "N" },
    { "ledger", 0, 0, G_OPTION_ARG_STRING, &only, "Only this ledger", "ID" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, "Period start (default 29 days before today)", "DATE" },
    { "grow", 0, 0, G_OPTION_ARG_INT, &times, "Copy the records of DB N times first (changes DB)", "N" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, "Period end (default today)", "DATE" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  dir = g_dir_make_tmp ("fangyi-bench-ledgers-all-XXXXXX", &error);
  fy_bench_die_on (error, "tmpdir");
  b.path = path = g_build_filename (dir, "ledger.xlsx", NULL);
  if (!database)
    database = g_build_filename (dir, "bench.db", NULL);
  b.store = fy_store_open (database, &error);
  fy_bench_die_on (error, "open");
  b.to = to ? to : (to = g_strdup (today));
  b.from = from ? from : (from = fy_date_add_days (today, -29));
  if (g_str_has_prefix (database, dir))
    fy_bench_generate (b.store, today, fy_local_day_start (today) + 10 * 3600, 2000, 30);
  if (times > 0)
    grow (b.store, times);

  g_print ("%-24s %8s %10s %10s %6s\n", "ledger", "rows", "app ms", "bare ms", "ratio");
  defs = fy_ledger_list (&n_defs);
  for (guint i = 0; i < n_defs; i++)
    {
      double app, bare, ratio;

      if (only ? !g_str_equal (only, defs[i]->id) : skipped (defs[i]))
        continue;
      b.id = defs[i]->id;
      fy_bench_interleaved (app_job, bare_job, &b, (guint) MAX (runs, 1), &app, &bare, &ratio);
      g_print ("%-24s %8" G_GINT64_FORMAT " %10.2f %10.2f %6.2f%s\n", b.id, b.rows, app, bare, ratio,
               ratio > 1.35 && b.rows >= 1000 ? "  OVER" : "");
    }

  fy_store_close (b.store);
  g_clear_object (&b.store);
  if (g_str_has_prefix (database, dir))
    {
      const char *suffixes[] = { "", "-wal", "-shm" };
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *f = g_strconcat (database, suffixes[i], NULL);
          g_unlink (f);
        }
    }
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
