/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-model.c — a ledger's rows for FyPagedModel: pages read with
 * LIMIT/OFFSET through the ledger's cursor and formatted once; the column
 * view asks only for what it shows. */
#include "config.h"

#include "fy-ledger-model.h"

struct _FyLedgerRow
{
  GObject   parent_instance;
  GStrv     texts;
  guint8   *highlight;     /* highlight[i]: cell i is abnormal (month grids have > 64 cells) */
  guint     n_cells;
};

G_DEFINE_FINAL_TYPE (FyLedgerRow, fy_ledger_row, G_TYPE_OBJECT)

static void
fy_ledger_row_finalize (GObject *object)
{
  g_strfreev (FY_LEDGER_ROW (object)->texts);
  g_free (FY_LEDGER_ROW (object)->highlight);
  G_OBJECT_CLASS (fy_ledger_row_parent_class)->finalize (object);
}

static void
fy_ledger_row_class_init (FyLedgerRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_ledger_row_finalize;
}

static void
fy_ledger_row_init (FyLedgerRow *self)
{
}

const char *
fy_ledger_row_get_text (FyLedgerRow *row, guint column)
{
  g_return_val_if_fail (FY_IS_LEDGER_ROW (row), "");
  /* A row that vanished since counting has no texts. */
  return row->texts && column < g_strv_length (row->texts) ? row->texts[column] : "";
}

gboolean
fy_ledger_row_is_highlighted (FyLedgerRow *row, guint column)
{
  g_return_val_if_fail (FY_IS_LEDGER_ROW (row), FALSE);
  return column < row->n_cells && row->highlight[column];
}

struct _FyLedgerModel
{
  FyPagedModel parent_instance;

  FyLedger    *ledger;
};

G_DEFINE_FINAL_TYPE (FyLedgerModel, fy_ledger_model, FY_TYPE_PAGED_MODEL)

static gint64
fy_ledger_model_count (FyPagedModel *model, GError **error)
{
  return fy_ledger_count_rows (FY_LEDGER_MODEL (model)->ledger, error);
}

static GPtrArray *
fy_ledger_model_fetch (FyPagedModel *model, guint offset, guint limit, GError **error)
{
  FyLedger *ledger = FY_LEDGER_MODEL (model)->ledger;
  g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (ledger, offset, limit, error);
  guint n_columns = fy_ledger_get_n_columns (ledger);
  GPtrArray *rows;

  if (cursor == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func (g_object_unref);
  /* A failure part way keeps the rows read so far. */
  while (fy_ledger_cursor_next (cursor, error))
    {
      FyLedgerRow *row = g_object_new (FY_TYPE_LEDGER_ROW, NULL);
      row->texts = g_new0 (char *, n_columns + 1);
      row->highlight = g_new0 (guint8, n_columns);
      row->n_cells = n_columns;
      for (guint c = 0; c < n_columns; c++)
        {
          row->texts[c] = g_strdup (fy_ledger_cursor_get_text (cursor, c));
          row->highlight[c] = fy_ledger_cursor_is_highlighted (cursor, c);
        }
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static void
fy_ledger_model_finalize (GObject *object)
{
  FyLedgerModel *self = FY_LEDGER_MODEL (object);

  g_clear_pointer (&self->ledger, fy_ledger_free);
  G_OBJECT_CLASS (fy_ledger_model_parent_class)->finalize (object);
}

static void
fy_ledger_model_class_init (FyLedgerModelClass *klass)
{
  FyPagedModelClass *paged_class = FY_PAGED_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fy_ledger_model_finalize;
  paged_class->item_type = FY_TYPE_LEDGER_ROW;
  paged_class->count = fy_ledger_model_count;
  paged_class->fetch = fy_ledger_model_fetch;
}

static void
fy_ledger_model_init (FyLedgerModel *self)
{
}

FyLedgerModel *
fy_ledger_model_new (FyLedger *ledger, GError **error)
{
  g_autoptr(FyLedgerModel) self = g_object_new (FY_TYPE_LEDGER_MODEL, NULL);

  self->ledger = ledger;
  if (!fy_paged_model_reload (FY_PAGED_MODEL (self), error))
    return NULL;
  return g_steal_pointer (&self);
}

FyLedger *
fy_ledger_model_get_ledger (FyLedgerModel *self)
{
  return self->ledger;
}
