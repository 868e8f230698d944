/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-stock-store.c — the SQL the stock view reads: the company's
 * reserve days and shifts, every item's figures in one statement
 * (FY_SUPPLY_STOCK_CTE, shared with the ledgers), and one item's balance
 * day by day for the stock chart. Only reads: the writes that move stock
 * are in fy-supplies-store.c. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fy-store-private.h"
#include "fy-supplies-private.h"
#include "fy-supplies-stock.h"
#include "fy-validate.h"

int
fy_supplies_reserve_days (FyStore *store)
{
  int days = fy_store_get_setting_int (store, "supplies.reserve_days");

  return days > 0 && days <= 365 ? days : FY_SUPPLY_DEFAULT_RESERVE_DAYS;
}

int
fy_supplies_shifts (FyStore *store)
{
  int shifts = fy_store_get_setting_int (store, "supplies.shifts");

  return shifts > 0 && shifts <= 4 ? shifts : 2;
}

/* Binds the parameters of FY_SUPPLY_STOCK_CTE that `stmt` uses. */
void
fy_supplies_bind_stock (FyStore *store, sqlite3_stmt *stmt, const char *today, int use_days)
{
  g_autofree char *since = fy_date_add_days (today, 1 - use_days);
  struct { const char *name; gint64 value; } ints[] = {
    { ":use_days", use_days },
    { ":shifts", fy_supplies_shifts (store) },
    { ":reserve_default", fy_supplies_reserve_days (store) },
  };
  int index;

  if ((index = sqlite3_bind_parameter_index (stmt, ":today")) > 0)
    sqlite3_bind_text (stmt, index, today, -1, SQLITE_TRANSIENT);
  if ((index = sqlite3_bind_parameter_index (stmt, ":since")) > 0)
    sqlite3_bind_text (stmt, index, since, -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    if ((index = sqlite3_bind_parameter_index (stmt, ints[i].name)) > 0)
      sqlite3_bind_int64 (stmt, index, ints[i].value);
}

static gpointer
stock_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FySupplyStock *s = g_new0 (FySupplyStock, 1);

  s->item_id = sqlite3_column_int64 (stmt, 0);
  s->code = g_strdup (fy_column_text (stmt, 1));
  s->name = g_strdup (fy_column_text (stmt, 2));
  s->category = fy_code_lookup (fy_supply_category_labels, FY_SUPPLY_N_CATEGORIES,
                                fy_column_text (stmt, 3), FY_SUPPLY_PROTECTIVE);
  s->spec = g_strdup (fy_column_text (stmt, 4));
  s->unit = g_strdup (fy_column_text (stmt, 5));
  s->min_stock = sqlite3_column_int64 (stmt, 6);
  s->reserve_days = sqlite3_column_int (stmt, 7);
  s->on_hand = sqlite3_column_int64 (stmt, 8);
  s->expired = sqlite3_column_int64 (stmt, 9);
  s->expiring = sqlite3_column_int64 (stmt, 10);
  s->usable = sqlite3_column_int64 (stmt, 11);
  s->next_expiry = g_strdup (fy_column_text (stmt, 12));
  s->used = sqlite3_column_int64 (stmt, 13);
  s->actual_milli = sqlite3_column_int64 (stmt, 14);
  s->planned_milli = sqlite3_column_int64 (stmt, 15);
  s->cover_tenths = sqlite3_column_type (stmt, 16) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 16);
  s->target = sqlite3_column_int64 (stmt, 17);
  s->shortfall = sqlite3_column_int64 (stmt, 18);
  s->urgency = CLAMP (sqlite3_column_int (stmt, 19), 0, FY_SUPPLY_URGENT_NONE);
  return s;
}

GPtrArray *
fy_supplies_stock (FyStore *store, const char *today, int use_days, GError **error)
{
  g_autofree char *day = today != NULL ? g_strdup (today) : fy_today ();
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      FY_SUPPLY_STOCK_CTE
      " SELECT id, code, name, category, spec, unit, min_stock, reserve_days, on_hand, expired, expiring,"
      "  usable, next_expiry, used, actual_milli, planned_milli, cover_tenths, target, shortfall, urgency"
      " FROM stock ORDER BY urgency, cover_tenths IS NULL, cover_tenths, name, id", error);

  if (stmt == NULL)
    return NULL;
  fy_supplies_bind_stock (store, stmt, day, use_days > 0 ? use_days : FY_SUPPLY_USE_DAYS);
  return fy_store_collect (store, stmt, stock_from_row, NULL, (GDestroyNotify) fy_supply_stock_free, error);
}

/* ------------------------------------------------------------------ */
/* Day by day, for the stock chart                                     */

FySupplyDays *
fy_supplies_days (FyStore *store, gint64 item_id, const char *from, const char *to, GError **error)
{
  g_autoptr(FySupplyDays) days = g_new0 (FySupplyDays, 1);
  sqlite3_stmt *stmt;
  int n = fy_date_diff_days (from, to) + 1;

  if (n <= 0 || n > 3660)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Choose a period of at most ten years."));
      return NULL;
    }
  days->from = g_strdup (from);
  days->n = n;
  days->balance = g_new0 (gint64, n);
  days->received = g_new0 (gint64, n);
  days->issued = g_new0 (gint64, n);
  /* The opening balance, then each day's movements. */
  stmt = fy_store_prepare_cached (store,
      "SELECT coalesce(sum(qty), 0) FROM supply_move WHERE item_id = ?1 AND day < ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, item_id);
  fy_bind_text (stmt, 2, from);
  if (!fy_store_step_row (store, stmt, "", error))
    return NULL;
  days->opening = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  stmt = fy_store_prepare_cached (store,
      "SELECT day, sum(qty), sum(iif(kind IN ('receipt', 'return'), qty, 0)), -sum(iif(kind = 'issue', qty, 0))"
      " FROM supply_move WHERE item_id = ?1 AND day BETWEEN ?2 AND ?3 GROUP BY day", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, item_id);
  fy_bind_text (stmt, 2, from);
  fy_bind_text (stmt, 3, to);
  {
    g_autofree gint64 *delta = g_new0 (gint64, n);
    int rc;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        int i = fy_date_diff_days (from, fy_column_text (stmt, 0));
        if (i < 0 || i >= n)
          continue;
        delta[i] = sqlite3_column_int64 (stmt, 1);
        days->received[i] = sqlite3_column_int64 (stmt, 2);
        days->issued[i] = sqlite3_column_int64 (stmt, 3);
      }
    sqlite3_reset (stmt);
    if (rc != SQLITE_DONE)
      {
        fy_store_fail (store, rc, error);
        return NULL;
      }
    for (int i = 0; i < n; i++)
      days->balance[i] = (i > 0 ? days->balance[i - 1] : days->opening) + delta[i];
  }
  return g_steal_pointer (&days);
}
