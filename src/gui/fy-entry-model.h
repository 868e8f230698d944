/* fy-entry-model.h — the daily-entry list as a GListModel: pages of people
 * on site on a day (fy_health_entry_list) fetched on demand and kept in a
 * small cache, so a 10,000-person roster with years of readings costs a few
 * pages of memory. Items are FyEntryItem objects (one person, both
 * sessions); an item is refreshed in place after a save so the row showing
 * it (and the keyboard focus in it) stays. */
#pragma once

#include <gio/gio.h>

#include "fy-health.h"

G_BEGIN_DECLS

#define FY_TYPE_ENTRY_ITEM (fy_entry_item_get_type ())
G_DECLARE_FINAL_TYPE (FyEntryItem, fy_entry_item, FY, ENTRY_ITEM, GObject)

/* Borrowed; valid until the item changes (signal "changed"). */
const FyHealthDayRow *fy_entry_item_get_row       (FyEntryItem *item);
gint64                fy_entry_item_get_staff_id  (FyEntryItem *item);
guint                 fy_entry_item_get_position  (FyEntryItem *item);

#define FY_TYPE_ENTRY_MODEL (fy_entry_model_get_type ())
G_DECLARE_FINAL_TYPE (FyEntryModel, fy_entry_model, FY, ENTRY_MODEL, GObject)

/* Counts the people on site on `day` for the filter (department / team,
 * "" = any). NULL and error on failure. */
FyEntryModel *fy_entry_model_new             (FyStore      *store,
                                              const char   *day,
                                              const char   *department,
                                              const char   *team,
                                              GError      **error);
const char   *fy_entry_model_get_day         (FyEntryModel *self);
void          fy_entry_model_get_filter      (FyEntryModel *self,
                                              FyHealthFilter *filter);
/* Re-reads one item's readings (after a save) and its follow-up and flag
 * markers; emits the item's "changed". */
gboolean      fy_entry_model_reload_item     (FyEntryModel *self,
                                              FyEntryItem  *item,
                                              GError      **error);
/* Readings changed elsewhere (fill normal, another view): drops the page
 * cache and reloads every item still alive, in place. */
void          fy_entry_model_refresh         (FyEntryModel *self);

/* Follow-up of a person's reading on the model's day: its id (0 = none)
 * and whether it is closed. */
gint64        fy_entry_model_get_follow_up   (FyEntryModel *self,
                                              gint64        staff_id,
                                              FyHealthSession session,
                                              gboolean     *closed);
/* The repeated value when the person has had the same reading for
 * FY_HEALTH_SAME_VALUE_DAYS days up to the model's day, else -1. */
int           fy_entry_model_get_same_value  (FyEntryModel *self,
                                              gint64        staff_id);

G_END_DECLS
