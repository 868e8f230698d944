/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-history.c — the movements of one item as the item's window
 * lists them: one line per document and batch, newest first, saying
 * whether the document has been reversed already (so the window offers
 * 红冲 only where the core would accept it); and the day of the last
 * stock-take for the registers' signature line. */
#include "config.h"


#include "fy-store-private.h"
#include "fy-supplies.h"

void
fy_supply_movement_free (FySupplyMovement *movement)
{
  if (movement == NULL)
    return;
  g_free (movement->day);
  g_free (movement->doc_no);
  g_free (movement->batch_no);
  g_free (movement->detail);
  g_free (movement);
}

static gpointer
movement_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FySupplyMovement *m = g_new0 (FySupplyMovement, 1);

  m->doc_id = sqlite3_column_int64 (stmt, 0);
  m->day = g_strdup (fy_column_text (stmt, 1));
  m->kind = fy_code_lookup (fy_supply_doc_kind_labels, FY_SUPPLY_N_DOC_KINDS, fy_column_text (stmt, 2),
                            FY_SUPPLY_DOC_ADJUST);
  m->doc_no = g_strdup (fy_column_text (stmt, 3));
  m->batch_no = g_strdup (fy_column_text (stmt, 4));
  m->quantity = sqlite3_column_int64 (stmt, 5);
  m->detail = g_strdup (fy_column_text (stmt, 6));
  m->reversed = sqlite3_column_int (stmt, 7) != 0;
  return m;
}

GPtrArray *
fy_supplies_list_movements (FyStore *store, gint64 item_id, guint limit, GError **error)
{
  /* The detail is what the person reading the list needs to recognise the
   * entry: the recipient of an issue, the supplier of a receipt, else the
   * reason given. */
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT d.id, d.day, d.kind, d.doc_no, b.batch_no, sum(m.qty),"
      " CASE d.kind WHEN 'issue' THEN d.recipient WHEN 'receipt' THEN d.supplier ELSE d.reason END,"
      " EXISTS (SELECT 1 FROM supply_doc r WHERE r.reverses_id = d.id)"
      " FROM supply_doc d JOIN supply_move m ON m.doc_id = d.id JOIN supply_batch b ON b.id = m.batch_id"
      " WHERE d.item_id = ?1 GROUP BY d.id, m.batch_id ORDER BY d.day DESC, d.id DESC, m.batch_id LIMIT ?2",
      error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);
  return fy_store_collect (store, stmt, movement_from_row, NULL, (GDestroyNotify) fy_supply_movement_free, error);
}

char *
fy_supplies_last_stocktake (FyStore *store, const char *to)
{
  /* A stock-take that was reversed (红冲) did not count. */
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT max(d.day) FROM supply_doc d WHERE d.kind = 'adjust' AND (?1 IS NULL OR d.day <= ?1)"
      " AND NOT EXISTS (SELECT 1 FROM supply_doc r WHERE r.reverses_id = d.id)", NULL);
  char *day = NULL;

  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, to);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    day = g_strdup (fy_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return day;
}
