/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-model.c — pages of ledger rows fetched with LIMIT/OFFSET and kept
 * in a small cache; the column view asks only for what it shows. */
#include "config.h"

#include "fy-ledger-model.h"

#define PAGE_ROWS 128
#define CACHED_PAGES 8

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
  return column < g_strv_length (row->texts) ? row->texts[column] : "";
}

gboolean
fy_ledger_row_is_highlighted (FyLedgerRow *row, guint column)
{
  g_return_val_if_fail (FY_IS_LEDGER_ROW (row), FALSE);
  return column < row->n_cells && row->highlight[column];
}

typedef struct
{
  guint      index;       /* page number */
  GPtrArray *rows;        /* FyLedgerRow* */
} Page;

struct _FyLedgerModel
{
  GObject   parent_instance;

  FyLedger *ledger;
  guint     n_rows;
  GQueue    pages;        /* Page*, most recently used first */
};

static void fy_ledger_model_list_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FyLedgerModel, fy_ledger_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, fy_ledger_model_list_init))

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->rows);
  g_free (page);
}

static Page *
load_page (FyLedgerModel *self, guint index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (self->ledger, (gint64) index * PAGE_ROWS, PAGE_ROWS, &error);
  guint n_columns = fy_ledger_get_n_columns (self->ledger);
  Page *page = g_new0 (Page, 1);

  page->index = index;
  page->rows = g_ptr_array_new_with_free_func (g_object_unref);
  while (cursor && fy_ledger_cursor_next (cursor, &error))
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
      g_ptr_array_add (page->rows, row);
    }
  /* The list cannot report errors: a failed page shows empty rows, and the
   * page reports the same error when it refreshes. */
  if (error)
    g_warning ("Reading a ledger page failed: %s", error->message);
  return page;
}

static Page *
get_page (FyLedgerModel *self, guint index)
{
  for (GList *l = self->pages.head; l; l = l->next)
    {
      Page *page = l->data;
      if (page->index == index)
        {
          g_queue_unlink (&self->pages, l);
          g_queue_push_head_link (&self->pages, l);
          return page;
        }
    }
  g_queue_push_head (&self->pages, load_page (self, index));
  while (self->pages.length > CACHED_PAGES)
    page_free (g_queue_pop_tail (&self->pages));
  return self->pages.head->data;
}

static GType
fy_ledger_model_get_item_type (GListModel *model)
{
  return FY_TYPE_LEDGER_ROW;
}

static guint
fy_ledger_model_get_n_items (GListModel *model)
{
  return FY_LEDGER_MODEL (model)->n_rows;
}

static gpointer
fy_ledger_model_get_item (GListModel *model, guint position)
{
  FyLedgerModel *self = FY_LEDGER_MODEL (model);
  Page *page;
  guint offset = position % PAGE_ROWS;

  if (position >= self->n_rows)
    return NULL;
  page = get_page (self, position / PAGE_ROWS);
  if (offset < page->rows->len)
    return g_object_ref (g_ptr_array_index (page->rows, offset));

  /* Rows vanished since counting: an empty row keeps the view consistent. */
  FyLedgerRow *row = g_object_new (FY_TYPE_LEDGER_ROW, NULL);
  row->texts = g_new0 (char *, 1);
  return row;
}

static void
fy_ledger_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = fy_ledger_model_get_item_type;
  iface->get_n_items = fy_ledger_model_get_n_items;
  iface->get_item = fy_ledger_model_get_item;
}

static void
fy_ledger_model_finalize (GObject *object)
{
  FyLedgerModel *self = FY_LEDGER_MODEL (object);

  g_queue_clear_full (&self->pages, (GDestroyNotify) page_free);
  g_clear_pointer (&self->ledger, fy_ledger_free);
  G_OBJECT_CLASS (fy_ledger_model_parent_class)->finalize (object);
}

static void
fy_ledger_model_class_init (FyLedgerModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_ledger_model_finalize;
}

static void
fy_ledger_model_init (FyLedgerModel *self)
{
  g_queue_init (&self->pages);
}

FyLedgerModel *
fy_ledger_model_new (FyLedger *ledger, GError **error)
{
  g_autoptr(FyLedgerModel) self = g_object_new (FY_TYPE_LEDGER_MODEL, NULL);
  gint64 n;

  self->ledger = ledger;
  n = fy_ledger_count_rows (ledger, error);
  if (n < 0)
    return NULL;
  self->n_rows = (guint) MIN (n, G_MAXUINT);
  return g_steal_pointer (&self);
}

FyLedger *
fy_ledger_model_get_ledger (FyLedgerModel *self)
{
  return self->ledger;
}
