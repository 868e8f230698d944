/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-paged-model.c — the paging behind every list fed from SQLite: pages of
 * rows fetched by the subclass on demand and kept in a most-recently-used
 * queue, and, for stable models, a table of the live item at each position
 * (weakly referenced) so a page fetched again refreshes what is on screen. */
#include "config.h"

#include "fy-paged-model.h"

#define DEFAULT_PAGE_ROWS 128
#define DEFAULT_CACHED_PAGES 8

typedef struct
{
  guint      index;             /* page number */
  GPtrArray *items;             /* reffed */
} Page;

/* The live item at a position; freed when the item goes or is forgotten. */
typedef struct
{
  FyPagedModel *model;
  GObject      *item;           /* weak */
  guint         position;
} Live;

typedef struct
{
  guint       n_items;
  GQueue      pages;            /* Page*, most recently used first */
  GHashTable *live;             /* position → Live* (stable models only) */
} FyPagedModelPrivate;

static void fy_paged_model_list_init (GListModelInterface *iface);

G_DEFINE_TYPE_WITH_CODE (FyPagedModel, fy_paged_model, G_TYPE_OBJECT,
                         G_ADD_PRIVATE (FyPagedModel)
                         G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, fy_paged_model_list_init))

static guint
page_rows (FyPagedModel *self)
{
  guint rows = FY_PAGED_MODEL_GET_CLASS (self)->page_rows;
  return rows > 0 ? rows : DEFAULT_PAGE_ROWS;
}

static guint
cached_pages (FyPagedModel *self)
{
  guint pages = FY_PAGED_MODEL_GET_CLASS (self)->cached_pages;
  return pages > 0 ? pages : DEFAULT_CACHED_PAGES;
}

/* ------------------------------------------------------------------ */
/* Live items                                                          */

static void
live_gone_cb (gpointer data, GObject *where_the_object_was)
{
  Live *live = data;
  FyPagedModelPrivate *priv = fy_paged_model_get_instance_private (live->model);

  if (g_hash_table_lookup (priv->live, GUINT_TO_POINTER (live->position)) == live)
    g_hash_table_remove (priv->live, GUINT_TO_POINTER (live->position));
}

static void
add_live (FyPagedModel *self, guint position, gpointer item)
{
  FyPagedModelPrivate *priv = fy_paged_model_get_instance_private (self);
  Live *live = g_new (Live, 1);

  live->model = self;
  live->item = item;
  live->position = position;
  g_object_weak_ref (item, live_gone_cb, live);
  g_hash_table_replace (priv->live, GUINT_TO_POINTER (position), live);
}

static void
forget_live (FyPagedModel *self, guint position)
{
  FyPagedModelPrivate *priv = fy_paged_model_get_instance_private (self);
  Live *live = g_hash_table_lookup (priv->live, GUINT_TO_POINTER (position));

  if (live)
    {
      g_object_weak_unref (live->item, live_gone_cb, live);
      g_hash_table_remove (priv->live, GUINT_TO_POINTER (position));
    }
}

static void
forget_all_live (FyPagedModel *self)
{
  FyPagedModelPrivate *priv = fy_paged_model_get_instance_private (self);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, priv->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Live *live = value;
      g_object_weak_unref (live->item, live_gone_cb, live);
    }
  g_hash_table_remove_all (priv->live);
}

/* ------------------------------------------------------------------ */
/* Pages                                                               */

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->items);
  g_free (page);
}

/* Fetches a page. In a stable model the live items take the fresh items'
 * places; the (live, fresh) pairs are left in `*updates` (made when needed)
 * for the caller to apply once done with the page, since a view reacting to
 * a change may ask for other pages. */
static Page *
load_page (FyPagedModel *self, guint index, GPtrArray **updates)
{
  FyPagedModelClass *klass = FY_PAGED_MODEL_GET_CLASS (self);
  FyPagedModelPrivate *priv = fy_paged_model_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  guint rows = page_rows (self);
  guint offset = index * rows;
  GPtrArray *items = klass->fetch (self, offset, rows, &error);
  Page *page = g_new0 (Page, 1);

  if (error)
    g_warning ("Reading a page of %s failed: %s", G_OBJECT_TYPE_NAME (self), error->message);
  page->index = index;
  page->items = items ? items : g_ptr_array_new_with_free_func (g_object_unref);
  if (klass->update == NULL)
    return page;
  for (guint i = 0; i < page->items->len; i++)
    {
      Live *live = g_hash_table_lookup (priv->live, GUINT_TO_POINTER (offset + i));

      if (live == NULL)
        {
          add_live (self, offset + i, page->items->pdata[i]);
          continue;
        }
      if (*updates == NULL)
        *updates = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (*updates, g_object_ref (live->item));
      g_ptr_array_add (*updates, page->items->pdata[i]);     /* takes the page's reference */
      page->items->pdata[i] = g_object_ref (live->item);
    }
  return page;
}

static Page *
get_page (FyPagedModel *self, guint index, GPtrArray **updates)
{
  FyPagedModelPrivate *priv = fy_paged_model_get_instance_private (self);
  Page *page;

  for (GList *l = priv->pages.head; l; l = l->next)
    {
      page = l->data;
      if (page->index == index)
        {
          g_queue_unlink (&priv->pages, l);
          g_queue_push_head_link (&priv->pages, l);
          return page;
        }
    }
  page = load_page (self, index, updates);
  g_queue_push_head (&priv->pages, page);
  while (priv->pages.length > cached_pages (self))
    page_free (g_queue_pop_tail (&priv->pages));
  return page;
}

static void
drop_page (FyPagedModel *self, guint index)
{
  FyPagedModelPrivate *priv = fy_paged_model_get_instance_private (self);

  for (GList *l = priv->pages.head; l; l = l->next)
    {
      Page *page = l->data;
      if (page->index == index)
        {
          g_queue_delete_link (&priv->pages, l);
          page_free (page);
          return;
        }
    }
}

/* ------------------------------------------------------------------ */
/* GListModel                                                          */

static GType
fy_paged_model_get_item_type (GListModel *model)
{
  return FY_PAGED_MODEL_GET_CLASS (model)->item_type;
}

static guint
fy_paged_model_get_n_items (GListModel *model)
{
  FyPagedModelPrivate *priv = fy_paged_model_get_instance_private (FY_PAGED_MODEL (model));
  return priv->n_items;
}

static gpointer
fy_paged_model_get_item (GListModel *model, guint position)
{
  FyPagedModel *self = FY_PAGED_MODEL (model);
  FyPagedModelClass *klass = FY_PAGED_MODEL_GET_CLASS (self);
  FyPagedModelPrivate *priv = fy_paged_model_get_instance_private (self);
  g_autoptr(GPtrArray) updates = NULL;
  guint rows = page_rows (self);
  gpointer item;
  Page *page;

  if (position >= priv->n_items)
    return NULL;
  page = get_page (self, position / rows, &updates);
  if (position % rows < page->items->len)
    item = g_object_ref (g_ptr_array_index (page->items, position % rows));
  else if (klass->placeholder)      /* rows vanished since counting */
    item = klass->placeholder (self, position);
  else
    item = g_object_new (klass->item_type, NULL);
  for (guint i = 0; updates && i + 1 < updates->len; i += 2)
    klass->update (self, updates->pdata[i], updates->pdata[i + 1]);
  return item;
}

static void
fy_paged_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = fy_paged_model_get_item_type;
  iface->get_n_items = fy_paged_model_get_n_items;
  iface->get_item = fy_paged_model_get_item;
}

/* ------------------------------------------------------------------ */

gboolean
fy_paged_model_reload (FyPagedModel *self, GError **error)
{
  FyPagedModelPrivate *priv;
  gint64 n;
  guint old;

  g_return_val_if_fail (FY_IS_PAGED_MODEL (self), FALSE);
  priv = fy_paged_model_get_instance_private (self);
  n = FY_PAGED_MODEL_GET_CLASS (self)->count (self, error);
  if (n < 0)
    return FALSE;
  old = priv->n_items;
  forget_all_live (self);
  g_queue_clear_full (&priv->pages, (GDestroyNotify) page_free);
  priv->n_items = (guint) MIN (n, G_MAXUINT);
  if (old > 0 || priv->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old, priv->n_items);
  return TRUE;
}

void
fy_paged_model_invalidate (FyPagedModel *self, guint position)
{
  FyPagedModelPrivate *priv;

  g_return_if_fail (FY_IS_PAGED_MODEL (self));
  priv = fy_paged_model_get_instance_private (self);
  g_return_if_fail (position < priv->n_items);
  /* A replaced row gets a new item: forget the old one before its page goes. */
  forget_live (self, position);
  drop_page (self, position / page_rows (self));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

void
fy_paged_model_drop_pages (FyPagedModel *self)
{
  FyPagedModelPrivate *priv;

  g_return_if_fail (FY_IS_PAGED_MODEL (self));
  priv = fy_paged_model_get_instance_private (self);
  g_queue_clear_full (&priv->pages, (GDestroyNotify) page_free);
}

GPtrArray *
fy_paged_model_dup_live_items (FyPagedModel *self)
{
  FyPagedModelPrivate *priv;
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (FY_IS_PAGED_MODEL (self), items);
  priv = fy_paged_model_get_instance_private (self);
  g_hash_table_iter_init (&iter, priv->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (items, g_object_ref (((Live *) value)->item));
  return items;
}

static void
fy_paged_model_finalize (GObject *object)
{
  FyPagedModel *self = FY_PAGED_MODEL (object);
  FyPagedModelPrivate *priv = fy_paged_model_get_instance_private (self);

  forget_all_live (self);
  g_queue_clear_full (&priv->pages, (GDestroyNotify) page_free);
  g_clear_pointer (&priv->live, g_hash_table_unref);
  G_OBJECT_CLASS (fy_paged_model_parent_class)->finalize (object);
}

static void
fy_paged_model_class_init (FyPagedModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_paged_model_finalize;
  klass->item_type = G_TYPE_OBJECT;
}

static void
fy_paged_model_init (FyPagedModel *self)
{
  FyPagedModelPrivate *priv = fy_paged_model_get_instance_private (self);

  g_queue_init (&priv->pages);
  priv->live = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}
