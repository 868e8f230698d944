/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-record-item.h — a list-model row wrapping one core record (an
 * FyDueTest, FyTrip, FyQuarantine…) with the function that frees it, so the
 * health views need no GObject type per record kind. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FY_TYPE_RECORD_ITEM (fy_record_item_get_type ())
G_DECLARE_FINAL_TYPE (FyRecordItem, fy_record_item, FY, RECORD_ITEM, GObject)

/* Takes ownership of `record`, freed with `free_func`. */
FyRecordItem *fy_record_item_new     (gpointer        record,
                                      GDestroyNotify  free_func);
/* Borrowed. */
gpointer      fy_record_item_get     (FyRecordItem   *self);
/* Replaces the contents of `store` (a GListStore of FyRecordItem) with one
 * item per element of `records`; the items take the elements over and the
 * array is left empty. */
void          fy_record_items_splice (GListStore     *store,
                                      GPtrArray      *records,
                                      GDestroyNotify  free_func);

G_END_DECLS
