/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-paged-model.h — a GListModel over rows that live elsewhere (SQLite):
 * the rows are counted up front, items are fetched a page at a time when a
 * view asks for them, and the most recently used pages are kept in a small
 * cache, so a list of millions of rows costs a few pages of memory.
 * Subclasses say how to count and fetch (the daily entry, a ledger); this
 * class owns the paging, the cache and the items-changed bookkeeping. It
 * needs only GIO, so it is tested without a display. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FY_TYPE_PAGED_MODEL (fy_paged_model_get_type ())
G_DECLARE_DERIVABLE_TYPE (FyPagedModel, fy_paged_model, FY, PAGED_MODEL, GObject)

struct _FyPagedModelClass
{
  GObjectClass parent_class;

  /* Set in class_init. */
  GType        item_type;
  guint        page_rows;       /* rows per page; 0 = 128 */
  guint        cached_pages;    /* pages kept; 0 = 8 */

  /* The number of rows; -1 and error on failure. */
  gint64     (*count)       (FyPagedModel *self,
                             GError      **error);
  /* Up to `limit` items (of item_type) from row `offset`, in order, in a
   * GPtrArray that owns them (free function g_object_unref). On failure:
   * error set, and NULL or the rows read so far (the model warns: a list
   * cannot report errors). */
  GPtrArray *(*fetch)       (FyPagedModel *self,
                             guint         offset,
                             guint         limit,
                             GError      **error);
  /* Optional: a new item standing for a row that vanished since counting,
   * so views stay consistent. Default: g_object_new (item_type). */
  gpointer   (*placeholder) (FyPagedModel *self,
                             guint         position);
  /* Optional; setting it makes items stable: a position has at most one
   * live item (one a page or a view still holds), and when its page is
   * fetched again the fresh item's data is moved into the live one (which
   * announces the change itself) instead of handing views a new object, so
   * a row keeps its widget and keyboard focus. */
  void       (*update)      (FyPagedModel *self,
                             gpointer      live,
                             gpointer      fresh);
};

/* Counts the rows again and drops every cached page and live item, then
 * emits items-changed (0, old count, new count): a full replace. Also what
 * a subclass calls once when it is made. FALSE and error (model unchanged)
 * when counting fails. */
gboolean   fy_paged_model_reload          (FyPagedModel *self,
                                           GError      **error);
/* The row at `position` changed: its page is fetched again when next asked
 * for, and items-changed (position, 1, 1) is emitted. */
void       fy_paged_model_invalidate      (FyPagedModel *self,
                                           guint         position);
/* Drops the page cache without telling views (same rows, new values): the
 * items views hold stay, stable ones are updated when next fetched. */
void       fy_paged_model_drop_pages      (FyPagedModel *self);
/* Stable models: the live items (a screenful, not the whole list), each
 * with a reference, in no particular order. Empty otherwise. */
GPtrArray *fy_paged_model_dup_live_items  (FyPagedModel *self);

G_END_DECLS
