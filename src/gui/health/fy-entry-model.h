/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-entry-model.h — the daily-entry list as a GListModel: pages of people
 * on site on a day (fy_health_entry_list) fetched on demand and kept in a
 * small cache (an FyPagedModel with stable items), so a 10,000-person
 * roster with years of readings costs a few pages of memory. Items are
 * FyEntryItem objects (one person, both sessions); an item is refreshed in
 * place after a save so the row showing it (and the keyboard focus in it)
 * stays. */
#pragma once

#include <gio/gio.h>

#include "fy-health-entry.h"
#include "fy-paged-model.h"

G_BEGIN_DECLS

#define FY_TYPE_ENTRY_ITEM (fy_entry_item_get_type ())
G_DECLARE_FINAL_TYPE (FyEntryItem, fy_entry_item, FY, ENTRY_ITEM, GObject)

/* Borrowed; valid until the item changes (signal "changed"). */
const FyHealthDayRow *fy_entry_item_get_row       (FyEntryItem *item);
gint64                fy_entry_item_get_staff_id  (FyEntryItem *item);
guint                 fy_entry_item_get_position  (FyEntryItem *item);
/* The follow-up of the session's reading (0 = none) and whether closed. */
gint64                fy_entry_item_get_follow_up (FyEntryItem *item,
                                                   FyHealthSession session,
                                                   gboolean    *closed);
/* The repeated value of a same-reading-for-days flag, else -1. */
int                   fy_entry_item_get_same_value (FyEntryItem *item);

#define FY_TYPE_ENTRY_MODEL (fy_entry_model_get_type ())
G_DECLARE_FINAL_TYPE (FyEntryModel, fy_entry_model, FY, ENTRY_MODEL, FyPagedModel)

/* Counts the people on site on `day` for the filter (department / team,
 * "" = any). NULL and error on failure. */
FyEntryModel *fy_entry_model_new             (FyStore      *store,
                                              const char   *day,
                                              const char   *department,
                                              const char   *team,
                                              GError      **error);
/* Re-reads one item's readings and markers (after a save); emits the
 * item's "changed". */
gboolean      fy_entry_model_reload_item     (FyEntryModel *self,
                                              FyEntryItem  *item,
                                              GError      **error);
/* Readings changed elsewhere (fill normal, another view): drops the page
 * cache and reloads every item still alive, in place. */
void          fy_entry_model_refresh         (FyEntryModel *self);

G_END_DECLS
