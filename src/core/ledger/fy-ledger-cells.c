/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-cells.c — ledgers whose right-hand columns come from a second
 * query (a pivot, such as the month grid: one row per person, one column
 * per day and session).
 *
 * Doing the pivot in the row SQL costs one aggregate or one lookup per
 * cell and per row, several times the cost of writing the cells. Instead
 * the engine walks the row SQL a batch ahead (a second statement of the
 * same query on the same connection, so it sees the same snapshot), binds
 * the batch's keys as a JSON array to :fy_keys (and :fy_all = 1 when the
 * batch holds every row, so the query may skip that filter) and runs the
 * cells SQL once per batch. Cells are kept for one batch only, packed, so
 * memory does not grow with the number of rows.
 *
 * An optional fifth column of the cells SQL is a note about the row: the
 * non-empty ones are joined ("; ", translated) into the last column. */
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
  gboolean        whole;         /* offset 0: the first batch may hold every row */
  gboolean        ahead_done;
  guint           n_batches;
  gint64         *keys;          /* BATCH_ROWS keys of the batch */
  guint           n_keys;
  GHashTable     *index;         /* &keys[i] → i + 1 */
  FyLedgerCell   *values;        /* [row * width + column] */
  guint8         *filled;        /* the row has at least one cell */
  GStringChunk   *texts;         /* the batch's text values */
  GString        *json;
  GString        *note;
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
  self->whole = offset <= 0;
  self->keys = g_new0 (gint64, BATCH_ROWS);
  self->index = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->values = g_new0 (FyLedgerCell, (gsize) BATCH_ROWS * self->width);
  self->filled = g_new0 (guint8, BATCH_ROWS);
  self->texts = g_string_chunk_new (64 * 1024);
  self->json = g_string_sized_new (BATCH_ROWS * 8);
  self->note = g_string_new (NULL);

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
  memset (self->values, 0, (gsize) self->n_keys * self->width * sizeof (FyLedgerCell));
  memset (self->filled, 0, self->n_keys);
  g_string_chunk_clear (self->texts);
  g_hash_table_remove_all (self->index);
  self->n_keys = 0;
}

/* Appends a row's note to its last column (a text cell). */
static void
add_note (FyLedgerCells *self, FyLedgerCell *last, const char *note)
{
  if (last->type == SQLITE_TEXT && *last->text)
    {
      g_string_assign (self->note, last->text);
      /* Translators: separator between remarks in a ledger cell (；in Chinese). */
      g_string_append (self->note, _("; "));
      g_string_append (self->note, note);
      last->text = g_string_chunk_insert_len (self->texts, self->note->str, (gssize) self->note->len);
    }
  else
    last->text = g_string_chunk_insert (self->texts, note);
  last->type = SQLITE_TEXT;
  last->highlight = TRUE;
}

static void
keep_value (FyLedgerCells *self, FyLedgerCell *cell, int column)
{
  sqlite3_stmt *stmt = self->cells;

  cell->type = sqlite3_column_type (stmt, column);
  switch (cell->type)
    {
    case SQLITE_INTEGER:
      cell->i = sqlite3_column_int64 (stmt, column);
      break;
    case SQLITE_FLOAT:
      cell->d = sqlite3_column_double (stmt, column);
      break;
    case SQLITE_NULL:
      break;
    default:
      cell->type = SQLITE_TEXT;
      cell->text = g_string_chunk_insert_len (self->texts, (const char *) sqlite3_column_text (stmt, column),
                                              sqlite3_column_bytes (stmt, column));
      break;
    }
}

/* The next batch of keys from the row SQL, then its cells. */
static gboolean
load_batch (FyLedgerCells *self, GError **error)
{
  FyStore *store = fy_ledger_get_store (self->ledger);
  gboolean has_note = sqlite3_column_count (self->cells) > 4;
  gboolean has_highlight = sqlite3_column_count (self->cells) > 3;
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
  self->n_batches++;
  if (self->n_keys == 0)
    return TRUE;

  sqlite3_reset (self->cells);
  fy_ledger_bind_params (self->ledger, self->cells);
  if ((param = sqlite3_bind_parameter_index (self->cells, ":fy_keys")) > 0)
    sqlite3_bind_text (self->cells, param, self->json->str, (int) self->json->len, SQLITE_STATIC);
  /* Every row of the ledger is in this batch: the query need not filter. */
  if ((param = sqlite3_bind_parameter_index (self->cells, ":fy_all")) > 0)
    sqlite3_bind_int (self->cells, param, self->whole && self->n_batches == 1 && self->ahead_done);
  while ((rc = sqlite3_step (self->cells)) == SQLITE_ROW)
    {
      gint64 key = sqlite3_column_int64 (self->cells, 0);
      gint64 column = sqlite3_column_int64 (self->cells, 1);
      gpointer found = g_hash_table_lookup (self->index, &key);
      FyLedgerCell *row;

      if (found == NULL)
        continue;
      row = &self->values[(gsize) (GPOINTER_TO_UINT (found) - 1) * self->width];
      self->filled[GPOINTER_TO_UINT (found) - 1] = TRUE;
      /* The first value for a cell wins. */
      if (column >= self->first && column < (gint64) (self->first + self->width)
          && row[column - self->first].type == 0
          && sqlite3_column_type (self->cells, 2) != SQLITE_NULL)
        {
          FyLedgerCell *cell = &row[column - self->first];
          keep_value (self, cell, 2);
          cell->highlight = has_highlight && sqlite3_column_int (self->cells, 3) != 0;
        }
      if (has_note && sqlite3_column_type (self->cells, 4) != SQLITE_NULL
          && sqlite3_column_bytes (self->cells, 4) > 0)
        add_note (self, &row[self->width - 1], (const char *) sqlite3_column_text (self->cells, 4));
    }
  sqlite3_clear_bindings (self->cells);
  if (rc != SQLITE_DONE)
    return fy_store_fail (store, rc, error);
  return TRUE;
}

gboolean
fy_ledger_cells_lookup (FyLedgerCells       *self,
                        gint64               key,
                        const FyLedgerCell **row,
                        GError             **error)
{
  gpointer found = g_hash_table_lookup (self->index, &key);
  guint at;

  /* Both statements walk the same rows in the same order, so a key not in
   * this batch is in the next one. */
  if (found == NULL && !self->ahead_done)
    {
      if (!load_batch (self, error))
        return FALSE;
      found = g_hash_table_lookup (self->index, &key);
    }
  at = GPOINTER_TO_UINT (found);
  *row = at > 0 && self->filled[at - 1] ? &self->values[(gsize) (at - 1) * self->width] : NULL;
  return TRUE;
}

void
fy_ledger_cells_free (FyLedgerCells *self)
{
  if (self == NULL)
    return;
  sqlite3_finalize (self->ahead);
  sqlite3_finalize (self->cells);
  g_hash_table_unref (self->index);
  g_free (self->keys);
  g_free (self->values);
  g_free (self->filled);
  g_string_chunk_free (self->texts);
  g_string_free (self->json, TRUE);
  g_string_free (self->note, TRUE);
  g_free (self);
}
