/* fy-ledger-cells.c — ledgers whose right-hand columns come from a second
 * query (a pivot, such as the month grid: one row per person, one column
 * per day and session).
 *
 * Doing the pivot in the row SQL costs one aggregate or one lookup per
 * cell and per row, which is several times slower than writing the cells.
 * Instead the engine walks the row SQL a batch ahead (a second statement of
 * the same query on the same connection, so it sees the same snapshot),
 * binds the batch's keys as a JSON array to :fy_keys and runs the cells SQL
 * once per batch. The cells are kept for one batch only, so memory does not
 * grow with the number of rows. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-ledger-private.h"

/* Rows per batch: big enough that the cells SQL (typically one scan of a
 * period of a day-major table) runs once for an ordinary company. */
#define BATCH_ROWS 2048

struct _FyLedgerCells
{
  FyLedger       *ledger;        /* borrowed */
  sqlite3_stmt   *ahead;         /* the row SQL, a batch ahead of the cursor */
  sqlite3_stmt   *cells;         /* the cells SQL */
  guint           first;         /* first column filled from the cells SQL */
  guint           width;         /* columns from `first` to the end */
  gboolean        ahead_done;
  gint64         *keys;          /* BATCH_ROWS keys of the batch */
  guint           n_keys;
  GHashTable     *index;         /* &keys[i] → i + 1 */
  sqlite3_value **values;        /* [row * width + column] */
  guint8         *highlight;
  GString        *json;
};

FyLedgerCells *
fy_ledger_cells_new (FyLedger *ledger, gint64 offset, gint64 limit, GError **error)
{
  FyLedgerCells *self;
  guint first = 0;
  const char *cells_sql = fy_ledger_get_cells_sql (ledger, &first);
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM (%s) LIMIT :fy_limit OFFSET :fy_offset",
                                          fy_ledger_get_sql (ledger));
  FyStore *store = fy_ledger_get_store (ledger);

  g_return_val_if_fail (cells_sql != NULL, NULL);

  self = g_new0 (FyLedgerCells, 1);
  self->ledger = ledger;
  self->first = first;
  self->width = fy_ledger_get_n_columns (ledger) - first;
  self->keys = g_new0 (gint64, BATCH_ROWS);
  self->index = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->values = g_new0 (sqlite3_value *, (gsize) BATCH_ROWS * self->width);
  self->highlight = g_new0 (guint8, (gsize) BATCH_ROWS * self->width);
  self->json = g_string_sized_new (BATCH_ROWS * 8);

  self->ahead = fy_store_prepare (store, sql, error);
  self->cells = self->ahead ? fy_store_prepare (store, cells_sql, error) : NULL;
  if (self->cells == NULL)
    {
      fy_ledger_cells_free (self);
      return NULL;
    }
  if (sqlite3_column_count (self->cells) < 3)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                   _("The ledger “%s” is not defined correctly (its cells query returns too few columns). "
                     "Please report this problem."), fy_ledger_get_def (ledger)->id);
      fy_ledger_cells_free (self);
      return NULL;
    }
  fy_ledger_bind_params (ledger, self->ahead);
  sqlite3_bind_int64 (self->ahead, sqlite3_bind_parameter_index (self->ahead, ":fy_limit"), limit < 0 ? -1 : limit);
  sqlite3_bind_int64 (self->ahead, sqlite3_bind_parameter_index (self->ahead, ":fy_offset"), MAX (offset, 0));
  return self;
}

static void
clear_batch (FyLedgerCells *self)
{
  gsize n = (gsize) self->n_keys * self->width;

  for (gsize i = 0; i < n; i++)
    g_clear_pointer (&self->values[i], sqlite3_value_free);
  memset (self->highlight, 0, n);
  g_hash_table_remove_all (self->index);
  self->n_keys = 0;
}

/* The next batch of keys from the row SQL, then its cells. */
static gboolean
load_batch (FyLedgerCells *self, GError **error)
{
  FyStore *store = fy_ledger_get_store (self->ledger);
  int rc = SQLITE_DONE;
  int param;

  clear_batch (self);
  g_string_assign (self->json, "[");
  while (!self->ahead_done && self->n_keys < BATCH_ROWS)
    {
      rc = sqlite3_step (self->ahead);
      if (rc != SQLITE_ROW)
        {
          self->ahead_done = TRUE;
          break;
        }
      self->keys[self->n_keys] = sqlite3_column_int64 (self->ahead, (int) self->first);
      g_string_append_printf (self->json, "%s%" G_GINT64_FORMAT, self->n_keys ? "," : "",
                              self->keys[self->n_keys]);
      /* A repeated key keeps its first row. */
      if (!g_hash_table_contains (self->index, &self->keys[self->n_keys]))
        g_hash_table_insert (self->index, &self->keys[self->n_keys], GUINT_TO_POINTER (self->n_keys + 1));
      self->n_keys++;
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);
  g_string_append_c (self->json, ']');
  if (self->n_keys == 0)
    return TRUE;

  sqlite3_reset (self->cells);
  fy_ledger_bind_params (self->ledger, self->cells);
  if ((param = sqlite3_bind_parameter_index (self->cells, ":fy_keys")) > 0)
    sqlite3_bind_text (self->cells, param, self->json->str, (int) self->json->len, SQLITE_STATIC);
  while ((rc = sqlite3_step (self->cells)) == SQLITE_ROW)
    {
      gint64 key = sqlite3_column_int64 (self->cells, 0);
      gint64 column = sqlite3_column_int64 (self->cells, 1);
      gpointer found = g_hash_table_lookup (self->index, &key);
      gsize at;

      if (found == NULL || column < self->first || column >= (gint64) (self->first + self->width))
        continue;
      at = (gsize) (GPOINTER_TO_UINT (found) - 1) * self->width + (gsize) (column - self->first);
      /* The first value for a cell wins. */
      if (self->values[at] != NULL)
        continue;
      if (sqlite3_column_type (self->cells, 2) != SQLITE_NULL)
        self->values[at] = sqlite3_value_dup (sqlite3_column_value (self->cells, 2));
      if (sqlite3_column_count (self->cells) > 3)
        self->highlight[at] = sqlite3_column_int (self->cells, 3) != 0;
    }
  sqlite3_clear_bindings (self->cells);
  if (rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);
  return TRUE;
}

gboolean
fy_ledger_cells_lookup (FyLedgerCells   *self,
                        gint64           key,
                        sqlite3_value ***values,
                        const guint8   **highlight,
                        GError         **error)
{
  gpointer found = g_hash_table_lookup (self->index, &key);

  /* Both statements walk the same rows in the same order, so a key not in
   * this batch is in the next one. */
  if (found == NULL && !self->ahead_done)
    {
      if (!load_batch (self, error))
        return FALSE;
      found = g_hash_table_lookup (self->index, &key);
    }
  if (found == NULL)
    {
      *values = NULL;
      *highlight = NULL;
      return TRUE;
    }
  *values = &self->values[(gsize) (GPOINTER_TO_UINT (found) - 1) * self->width];
  *highlight = &self->highlight[(gsize) (GPOINTER_TO_UINT (found) - 1) * self->width];
  return TRUE;
}

void
fy_ledger_cells_free (FyLedgerCells *self)
{
  if (self == NULL)
    return;
  clear_batch (self);
  sqlite3_finalize (self->ahead);
  sqlite3_finalize (self->cells);
  g_hash_table_unref (self->index);
  g_free (self->keys);
  g_free (self->values);
  g_free (self->highlight);
  g_string_free (self->json, TRUE);
  g_free (self);
}
