/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-supplies.c — the supply store of a 10,000-person plant over three
 * years: 500 items, 200,000 movements (a receipt into a new batch every 30
 * days, an issue every few days, first-expiry-first-out). Measures
 *   - the stock view with days of cover (fy_supplies_stock) against the best
 *     bare SQL for the same figures (two GROUP BY queries) — target ≤ 3× and
 *     < 100 ms;
 *   - one FEFO issue (fy_supplies_issue, its own transaction) — < 10 ms;
 *   - the monthly stock ledger as .xlsx against a bare libxlsxwriter
 *     constant_memory loop writing the same rows from bare SQL — ≤ 1.35×.
 * Usage: bench-supplies [--runs N] [--keep FILE] (--keep: leave the database there) */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "fy-bench.h"
#include "fy-bench-data.h"
#include "fy-clock.h"
#include "fy-ledger.h"
#include "fy-store-private.h"
#include "fy-supplies-stock.h"
#include "fy-validate.h"

#define N_ITEMS 500
#define N_MOVES 200000
#define N_DAYS  1095

typedef struct
{
  FyStore *store;
  char    *dir;
  char    *path;
  char    *today;
  char    *since;
  char    *month_from;
  char    *month_to;
  gint64   issue_item;
} Bench;

static char *
day_before (const char *today, int days)
{
  return fy_date_add_days (today, -days);
}

/* Raw INSERTs of items, batches, documents and movements; each batch's
 * balance kept in C so that it equals its movements. */
static void
generate (Bench *b)
{
  sqlite3 *db = fy_store_get_db (b->store);
  sqlite3_stmt *item = NULL, *batch = NULL, *doc = NULL, *move = NULL, *bal = NULL;
  GRand *rand = g_rand_new_with_seed (11);
  int issue_every = 3;   /* with the receipts and FEFO splits: about N_MOVES movements */
  guint n_moves = 0;

  fy_bench_exec (db, "BEGIN");
  fy_bench_exec (db, "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 10000)"
                     " INSERT INTO staff (employee_no, name) SELECT 'B' || v, '员工' FROM n");
  sqlite3_prepare_v2 (db, "INSERT INTO supply_item (code, name, category, unit, min_stock, rule, rule_milli)"
                          " VALUES (?1, ?2, 'protective', '个', 100, 'person_day', ?3)", -1, &item, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO supply_batch (item_id, batch_no, expires) VALUES (?1, ?2, ?3)", -1, &batch, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO supply_doc (kind, doc_no, day, item_id) VALUES (?1, ?2, ?3, ?4)", -1, &doc, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO supply_move (doc_id, item_id, batch_id, day, kind, dir, qty)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", -1, &move, NULL);
  sqlite3_prepare_v2 (db, "UPDATE supply_batch SET on_hand = ?2 WHERE id = ?1", -1, &bal, NULL);
  for (int i = 0; i < N_ITEMS; i++)
    {
      g_autofree char *code = g_strdup_printf ("IT-%04d", i);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GArray) left = g_array_new (FALSE, FALSE, sizeof (gint64));
      gint64 item_id, daily = g_rand_int_range (rand, 5, 200);
      guint first = 0;

      sqlite3_bind_text (item, 1, code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (item, 2, code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (item, 3, g_rand_int_range (rand, 1, 50));
      sqlite3_step (item);
      sqlite3_reset (item);
      item_id = sqlite3_last_insert_rowid (db);
      for (int d = N_DAYS - 1; d >= 0; d--)
        {
          g_autofree char *day = day_before (b->today, d);
          gboolean receipt = d % 30 == 0 || d == N_DAYS - 1;
          gint64 qty = receipt ? daily * 32 : daily * issue_every;

          if (!receipt && (d % issue_every) != 0)
            continue;
          sqlite3_bind_text (doc, 1, receipt ? "receipt" : "issue", -1, SQLITE_STATIC);
          {
            g_autofree char *no = g_strdup_printf ("%d-%d", i, d);
            sqlite3_bind_text (doc, 2, receipt ? no : "", -1, SQLITE_TRANSIENT);
          }
          sqlite3_bind_text (doc, 3, day, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (doc, 4, item_id);
          sqlite3_step (doc);
          sqlite3_reset (doc);
          if (receipt)
            {
              g_autofree char *expires = fy_date_add_days (day, 400);
              gint64 id;
              sqlite3_bind_int64 (batch, 1, item_id);
              sqlite3_bind_text (batch, 2, day, -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (batch, 3, expires, -1, SQLITE_TRANSIENT);
              sqlite3_step (batch);
              sqlite3_reset (batch);
              id = sqlite3_last_insert_rowid (db);
              g_array_append_val (ids, id);
              g_array_append_val (left, qty);
            }
          while (qty > 0 && first < ids->len)
            {
              gint64 take = receipt ? qty : MIN (qty, g_array_index (left, gint64, first));
              guint at = receipt ? ids->len - 1 : first;

              sqlite3_bind_int64 (move, 1, sqlite3_last_insert_rowid (db));
              sqlite3_bind_int64 (move, 2, item_id);
              sqlite3_bind_int64 (move, 3, g_array_index (ids, gint64, at));
              sqlite3_bind_text (move, 4, day, -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (move, 5, receipt ? "receipt" : "issue", -1, SQLITE_STATIC);
              sqlite3_bind_int (move, 6, receipt ? 1 : -1);
              sqlite3_bind_int64 (move, 7, receipt ? take : -take);
              sqlite3_step (move);
              sqlite3_reset (move);
              n_moves++;
              if (!receipt)
                {
                  g_array_index (left, gint64, at) -= take;
                  if (g_array_index (left, gint64, at) == 0)
                    first++;
                }
              qty -= take;
            }
        }
      for (guint k = 0; k < ids->len; k++)
        {
          sqlite3_bind_int64 (bal, 1, g_array_index (ids, gint64, k));
          sqlite3_bind_int64 (bal, 2, g_array_index (left, gint64, k));
          sqlite3_step (bal);
          sqlite3_reset (bal);
        }
      if (i == 0)
        b->issue_item = item_id;
    }
  fy_bench_exec (db, "COMMIT");
  fy_bench_exec (db, "ANALYZE");
  sqlite3_finalize (item);
  sqlite3_finalize (batch);
  sqlite3_finalize (doc);
  sqlite3_finalize (move);
  sqlite3_finalize (bal);
  g_rand_free (rand);
  g_print ("generated %d items, %u movements over %d days\n", N_ITEMS, n_moves, N_DAYS);
}

/* ---- stock view --------------------------------------------------------- */

static void
app_stock (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stock = fy_supplies_stock (b->store, b->today, 30, &error);

  fy_bench_die_on (error, "stock");
}

typedef struct
{
  gint64 on_hand, expired, used, planned, cover;
  char   next[11];
} BareStock;

/* The same figures by hand: batches grouped by item, issues of the window
 * grouped by item, items with their rule; days of cover computed in C. */
static void
bare_stock (gpointer data)
{
  Bench *b = data;
  sqlite3 *db = fy_store_get_db (b->store);
  g_autofree BareStock *rows = g_new0 (BareStock, N_ITEMS + 2);
  sqlite3_stmt *stmt = NULL;
  gint64 people = 0;

  sqlite3_prepare_v2 (db, "SELECT count(*) FROM staff WHERE status = 'on_site'", -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    people = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_prepare_v2 (db, "SELECT item_id, sum(on_hand), sum(iif(expires <> '' AND expires < ?1, on_hand, 0)),"
                          " min(iif(expires >= ?1, expires, NULL)) FROM supply_batch WHERE on_hand > 0"
                          " GROUP BY item_id", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, b->today, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      BareStock *r = &rows[CLAMP (sqlite3_column_int64 (stmt, 0), 0, N_ITEMS + 1)];
      r->on_hand = sqlite3_column_int64 (stmt, 1);
      r->expired = sqlite3_column_int64 (stmt, 2);
      if (sqlite3_column_text (stmt, 3))
        g_strlcpy (r->next, (const char *) sqlite3_column_text (stmt, 3), sizeof r->next);
    }
  sqlite3_finalize (stmt);
  sqlite3_prepare_v2 (db, "SELECT item_id, -sum(qty) FROM supply_move WHERE kind = 'issue'"
                          " AND day BETWEEN ?1 AND ?2 GROUP BY item_id", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, b->since, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, b->today, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    rows[CLAMP (sqlite3_column_int64 (stmt, 0), 0, N_ITEMS + 1)].used = sqlite3_column_int64 (stmt, 1);
  sqlite3_finalize (stmt);
  sqlite3_prepare_v2 (db, "SELECT id, rule_milli FROM supply_item", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      BareStock *r = &rows[CLAMP (sqlite3_column_int64 (stmt, 0), 0, N_ITEMS + 1)];
      gint64 rate;
      r->planned = sqlite3_column_int64 (stmt, 1) * people;
      rate = MAX (r->used * 1000 / 30, r->planned);
      r->cover = rate > 0 ? (r->on_hand - r->expired) * 10000 / rate : -1;
    }
  sqlite3_finalize (stmt);
}

/* ---- one FEFO issue ----------------------------------------------------- */

static void
app_issue (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  FySupplyIssueInput in = { .day = b->today, .item_id = b->issue_item, .quantity = 1, .recipient = "车间" };

  if (fy_supplies_issue (b->store, &in, &error) == 0)
    fy_bench_die_on (error, "issue");
}

/* ---- monthly stock .xlsx ------------------------------------------------ */

static void
app_xlsx (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  FyLedgerParams params = { .from = b->month_from };
  g_autoptr(FyLedger) ledger = fy_ledger_new (b->store, "stock", &params, &error);

  fy_bench_die_on (error, "ledger");
  if (!fy_ledger_write_xlsx (ledger, b->path, NULL, NULL, NULL, &error))
    fy_bench_die_on (error, "write");
}

static void
bare_xlsx (gpointer data)
{
  Bench *b = data;
  sqlite3 *db = fy_store_get_db (b->store);
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *wb = workbook_new_opt (b->path, &options);
  lxw_worksheet *ws = workbook_add_worksheet (wb, NULL);
  lxw_format *cell = workbook_add_format (wb);
  sqlite3_stmt *stmt = NULL;
  lxw_row_t row = 3;
  static const char *const headers[] = { "序号", "物资名称", "规格型号", "单位", "期初", "入库", "出库", "结存",
                                         "日均消耗", "可用天数", "最近效期", "预警" };

  format_set_border (cell, LXW_BORDER_THIN);
  worksheet_write_string (ws, 0, 0, "防疫物资库存台账（月）", NULL);
  for (int c = 0; c < 12; c++)
    worksheet_write_string (ws, 2, c, headers[c], cell);
  /* Opening, in and out of the month per item in one pass over the moves up
   * to the month's end; the items with their next expiry. */
  sqlite3_prepare_v2 (db,
      "SELECT i.name, i.spec, i.unit, coalesce(m.opening, 0), coalesce(m.q_in, 0), coalesce(m.q_out, 0),"
      " coalesce(m.issued, 0), i.rule_milli,"
      " (SELECT min(expires) FROM supply_batch b WHERE b.item_id = i.id AND b.on_hand > 0 AND b.expires >= ?3)"
      " FROM supply_item i LEFT JOIN (SELECT item_id, sum(iif(day < ?1, qty, 0)) AS opening,"
      "  sum(iif(day >= ?1 AND dir = 1, qty, 0)) AS q_in, -sum(iif(day >= ?1 AND dir = -1, qty, 0)) AS q_out,"
      "  -sum(iif(day >= ?1 AND kind = 'issue', qty, 0)) AS issued"
      "  FROM supply_move WHERE day <= ?2 GROUP BY item_id) m ON m.item_id = i.id ORDER BY i.name",
      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, b->month_from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, b->month_to, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, b->today, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 opening = sqlite3_column_int64 (stmt, 3), in = sqlite3_column_int64 (stmt, 4);
      gint64 out = sqlite3_column_int64 (stmt, 5), closing = opening + in - out;
      double daily = sqlite3_column_int64 (stmt, 6) / 30.0;

      worksheet_write_number (ws, row, 0, row - 2, cell);
      for (int c = 0; c < 3; c++)
        worksheet_write_string (ws, row, 1 + c, (const char *) sqlite3_column_text (stmt, c), cell);
      worksheet_write_number (ws, row, 4, opening, cell);
      worksheet_write_number (ws, row, 5, in, cell);
      worksheet_write_number (ws, row, 6, out, cell);
      worksheet_write_number (ws, row, 7, closing, cell);
      worksheet_write_number (ws, row, 8, daily, cell);
      worksheet_write_number (ws, row, 9, daily > 0 ? closing / daily : 0, cell);
      worksheet_write_string (ws, row, 10, sqlite3_column_text (stmt, 8) ? (const char *) sqlite3_column_text (stmt, 8) : "", cell);
      worksheet_write_string (ws, row, 11, "", cell);
      row++;
    }
  sqlite3_finalize (stmt);
  worksheet_write_string (ws, row + 1, 0, "保管员：        记账员：        负责人：        盘点日期：", NULL);
  workbook_close (wb);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int runs = 11;
  g_autofree char *keep = NULL;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs per figure (median)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Write the database here and keep it", "FILE" },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *db = NULL;
  Bench b = { 0 };
  double app, bare;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    fy_bench_die_on (error, "options");
  runs = CLAMP (runs, 1, 101);
  b.today = fy_today ();
  b.since = fy_date_add_days (b.today, -29);
  b.month_from = g_strdup_printf ("%.8s01", b.today);
  b.month_to = fy_date_add_days (b.month_from, 27);   /* a day of the month is enough for the bare loop's bound */
  b.dir = g_dir_make_tmp ("fangyi-bench-supplies-XXXXXX", &error);
  fy_bench_die_on (error, "tmpdir");
  db = keep ? g_strdup (keep) : g_build_filename (b.dir, "supplies.db", NULL);
  b.path = g_build_filename (b.dir, "stock.xlsx", NULL);
  b.store = fy_store_open (db, &error);
  fy_bench_die_on (error, "open");
  generate (&b);

  app = fy_bench_median_ms ((guint) runs, NULL, app_stock, &b);
  bare = fy_bench_median_ms ((guint) runs, NULL, bare_stock, &b);
  fy_bench_report ("stock view with days of cover (500 items)", app, bare, 3.0);
  g_print ("%-44s app %9.2f ms   (target < 100 ms)%s\n", "stock view, absolute", app, app >= 100 ? "  OVER" : "");
  app = fy_bench_median_ms ((guint) runs, NULL, app_issue, &b);
  g_print ("%-44s app %9.2f ms   (target < 10 ms)%s\n", "one FEFO issue (own transaction)", app, app >= 10 ? "  OVER" : "");
  g_free (b.month_to);
  b.month_to = fy_date_add_days (b.month_from, 31);
  app = fy_bench_median_ms ((guint) runs, NULL, app_xlsx, &b);
  bare = fy_bench_median_ms ((guint) runs, NULL, bare_xlsx, &b);
  fy_bench_report ("monthly stock .xlsx vs bare constant_memory loop", app, bare, 1.35);

  fy_store_close (b.store);
  g_object_unref (b.store);
  g_unlink (b.path);
  if (keep == NULL)
    {
      g_autofree char *wal = g_strconcat (db, "-wal", NULL);
      g_autofree char *shm = g_strconcat (db, "-shm", NULL);
      g_unlink (db);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (b.dir);
  return 0;
}
