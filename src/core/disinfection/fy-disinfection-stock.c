/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-stock.c — disinfection entries taking their disinfectant
 * from the Supplies stock (issue 13 item 4): the check before BEGIN, the
 * first-expiry-first-out issue inside the entry's transaction, and the
 * look-ups between entries and their issue documents. Why an entry states
 * whole units of an item: see fy_disinfection_consume_stock in
 * fy-disinfection.h. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-disinfection-private.h"
#include "fy-store-private.h"
#include "fy-supplies.h"

/* Fixed Chinese text of the issue document: the 出库/领用登记 is a Chinese
 * paper form whatever language the screen speaks. */
#define STOCK_PURPOSE "消毒消杀"

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, message);
  return FALSE;
}

/* Usable (not expired on `day`) and expired units of an item on hand. */
static gboolean
count_on_hand (FyStore *store, gint64 item_id, const char *day, gint64 *usable, gint64 *expired,
               GError **error)
{
  g_autoptr(GPtrArray) batches = fy_supplies_list_batches (store, item_id, FALSE, error);

  if (batches == NULL)
    return FALSE;
  *usable = *expired = 0;
  for (guint i = 0; i < batches->len; i++)
    {
      const FySupplyBatch *b = batches->pdata[i];

      if (*b->expires != '\0' && strcmp (b->expires, day) < 0)
        *expired += b->on_hand;
      else
        *usable += b->on_hand;
    }
  return TRUE;
}

/* One item and all the units the entries take of it, up to the latest day
 * among them (a batch expired by then is not counted). */
static gboolean
check_item (FyStore *store, gint64 item_id, gint64 needed, const char *day, GError **error)
{
  g_autoptr(FySupplyItem) item = fy_supplies_get_item (store, item_id, error);
  gint64 usable, expired;

  if (item == NULL)
    return FALSE;
  if (item->category != FY_SUPPLY_DISINFECTION)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("%s is not a disinfection supply: choose a disinfectant to take from stock."), item->name);
      return FALSE;
    }
  if (!count_on_hand (store, item_id, day, &usable, &expired, error))
    return FALSE;
  if (usable >= needed)
    return TRUE;
  if (expired > 0)
    g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                 /* Translators: item, quantities and its unit; nothing is written */
                 _("Not enough %s in stock: %lld %s usable on hand (%lld %s more have expired and are never used), %lld %s needed. Nothing was recorded."),
                 item->name, (long long) usable, item->unit, (long long) expired, item->unit,
                 (long long) needed, item->unit);
  else
    g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                 /* Translators: item, quantities and its unit; nothing is written */
                 _("Not enough %s in stock: %lld %s on hand, %lld %s needed. Nothing was recorded."),
                 item->name, (long long) usable, item->unit, (long long) needed, item->unit);
  return FALSE;
}

gboolean
fy_disinfection_check_stock (FyStore *store, FyDisinfectionEntry **entries, guint n, gboolean *stock,
                             GError **error)
{
  *stock = FALSE;
  for (guint i = 0; i < n; i++)
    {
      const FyDisinfectionEntry *e = entries[i];
      g_autofree char *last_day = NULL;
      gint64 needed = 0;
      gboolean seen = FALSE;

      if (e->supply_item_id == 0 && e->supply_qty == 0)
        continue;
      if (e->supply_item_id == 0)
        return invalid (error, _("Choose the item taken from stock, or take nothing."));
      if (e->supply_qty <= 0 || e->supply_qty > FY_SUPPLY_QUANTITY_MAX)
        return invalid (error, _("Enter how many whole units were taken from stock."));
      if (e->product == FY_DISINFECTANT_NONE)
        return invalid (error, _("An ultraviolet lamp uses no disinfectant: take nothing from stock."));
      *stock = TRUE;
      /* Each item once, at its first entry: the sum of all entries. */
      for (guint j = 0; j < i; j++)
        seen = seen || entries[j]->supply_item_id == e->supply_item_id;
      if (seen)
        continue;
      for (guint j = i; j < n; j++)
        if (entries[j]->supply_item_id == e->supply_item_id)
          {
            g_autofree char *day = fy_local_day_of (entries[j]->at);

            needed += entries[j]->supply_qty;
            if (last_day == NULL || strcmp (day, last_day) > 0)
              {
                g_free (last_day);
                last_day = g_steal_pointer (&day);
              }
          }
      if (!check_item (store, e->supply_item_id, needed, last_day, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
fy_disinfection_consume_stock (FyStore *store, FyDisinfectionEntry *entry, GError **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *day = NULL;
  g_autofree char *note = NULL;
  FySupplyIssueInput input = { 0 };
  gint64 doc_id;

  if (entry->supply_item_id == 0)
    return TRUE;
  g_return_val_if_fail (fy_store_in_transaction (store), FALSE);
  day = fy_local_day_of (entry->at);
  note = g_strdup_printf ("消毒消杀记录 %lld", (long long) entry->id);
  input.day = day;
  input.item_id = entry->supply_item_id;
  input.quantity = entry->supply_qty;
  input.recipient_kind = FY_SUPPLY_TO_AREA;
  input.recipient = entry->area_name;
  input.purpose = STOCK_PURPOSE;
  input.taker = entry->executor;
  input.issuer = entry->executor;
  input.note = note;
  /* Joins the entry's transaction: a failure rolls back the entry too. */
  doc_id = fy_supplies_issue (store, &input, error);
  if (doc_id == 0)
    return FALSE;
  stmt = fy_store_prepare_cached (store, "UPDATE disinfection_entry SET supply_doc_id = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry->id);
  sqlite3_bind_int64 (stmt, 2, doc_id);
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  entry->supply_doc_id = doc_id;
  return TRUE;
}

gboolean
fy_disinfection_last_stock_take (FyStore *store, FyDisinfectant product, gint64 *item_id, gint64 *quantity,
                                 GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT supply_item_id, supply_qty FROM disinfection_entry e JOIN supply_item i ON i.id = e.supply_item_id"
      " WHERE e.product = ?1 AND e.supply_qty > 0 ORDER BY e.at DESC, e.id DESC LIMIT 1", error);
  int rc;

  *item_id = *quantity = 0;
  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, fy_disinfectant_labels[product].code);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *item_id = sqlite3_column_int64 (stmt, 0);
      *quantity = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      fy_store_fail (store, rc, error);
      return FALSE;
    }
  return TRUE;
}

gint64
fy_disinfection_entry_of_supply_doc (FyStore *store, gint64 doc_id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT coalesce(max(id), 0) FROM disinfection_entry WHERE supply_doc_id = ?1", error);
  gint64 id;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, doc_id);
  if (!fy_store_step_row (store, stmt, "", error))
    return -1;
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}
