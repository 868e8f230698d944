/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-store.c — the SQL of the supplies domain that writes or
 * reads single records: items, batches, and the documents that move stock
 * (receipt, issue, return, scrap, stock-take, reversal). Each write is
 * checked before BEGIN, is one transaction, keeps every batch's on_hand
 * equal to the sum of its movements and emits FY_STORE_CHANGE_SUPPLIES. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fy-store-private.h"
#include "fy-supplies-private.h"
#include "fy-supplies-stock.h"
#include "fy-validate.h"

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
check_not_future (const char *day, GError **error)
{
  g_autofree char *today = fy_today ();

  if (strcmp (day, today) > 0)
    return invalid (error, _("A movement of stock cannot be dated in the future."));
  return TRUE;
}

static gboolean
expired_on (const char *expires, const char *day)
{
  return *expires != '\0' && strcmp (expires, day) < 0;
}

/* A write opens its own transaction, or joins the caller's when one is
 * open (the demo, a disinfection record consuming disinfectant): then the
 * caller commits or rolls back and announces the change. */
static gboolean
begin_write (FyStore *store, gboolean *own, GError **error)
{
  return fy_store_begin_write (store, own, error);
}

/* Ends a write (fy_store_end_write). Returns `id`, or 0 on failure. */
static gint64
end_write (FyStore *store, gint64 id, gboolean ok, gboolean own, GError **error)
{
  return fy_store_end_write (store, ok, own, FY_STORE_CHANGE_SUPPLIES, error) ? id : 0;
}

/* ------------------------------------------------------------------ */
/* Items                                                               */

#define ITEM_COLUMNS "id, code, name, category, spec, unit, place, min_stock, rule, rule_milli, reserve_days, note"

static gpointer
item_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FySupplyItem *item = g_new0 (FySupplyItem, 1);

  item->id = sqlite3_column_int64 (stmt, 0);
  item->code = g_strdup (fy_column_text (stmt, 1));
  item->name = g_strdup (fy_column_text (stmt, 2));
  item->category = fy_code_lookup (fy_supply_category_labels, FY_SUPPLY_N_CATEGORIES,
                                   fy_column_text (stmt, 3), FY_SUPPLY_PROTECTIVE);
  item->spec = g_strdup (fy_column_text (stmt, 4));
  item->unit = g_strdup (fy_column_text (stmt, 5));
  item->place = g_strdup (fy_column_text (stmt, 6));
  item->min_stock = sqlite3_column_int64 (stmt, 7);
  item->rule = fy_code_lookup (fy_supply_rule_labels, FY_SUPPLY_N_RULES,
                               fy_column_text (stmt, 8), FY_SUPPLY_RULE_NONE);
  item->rule_milli = sqlite3_column_int64 (stmt, 9);
  item->reserve_days = sqlite3_column_int (stmt, 10);
  item->note = g_strdup (fy_column_text (stmt, 11));
  return item;
}

gint64
fy_supplies_save_item (FyStore *store, FySupplyItem *item, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean own;
  int rc;

  if (!fy_supply_item_validate (item, error))
    return 0;
  if (!begin_write (store, &own, error))
    return 0;
  if (item->id == 0)
    stmt = fy_store_prepare_cached (store,
        "INSERT INTO supply_item (code, name, category, spec, unit, place, min_stock, rule, rule_milli,"
        " reserve_days, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  else
    stmt = fy_store_prepare_cached (store,
        "UPDATE supply_item SET code = ?1, name = ?2, category = ?3, spec = ?4, unit = ?5, place = ?6,"
        " min_stock = ?7, rule = ?8, rule_milli = ?9, reserve_days = ?10, note = ?11 WHERE id = ?12", error);
  if (stmt == NULL)
    goto fail;
  fy_bind_text (stmt, 1, item->code);
  fy_bind_text (stmt, 2, item->name);
  fy_bind_text (stmt, 3, fy_supply_category_labels[item->category].code);
  fy_bind_text (stmt, 4, item->spec);
  fy_bind_text (stmt, 5, item->unit);
  fy_bind_text (stmt, 6, item->place);
  sqlite3_bind_int64 (stmt, 7, item->min_stock);
  fy_bind_text (stmt, 8, fy_supply_rule_labels[item->rule].code);
  sqlite3_bind_int64 (stmt, 9, item->rule_milli);
  sqlite3_bind_int (stmt, 10, item->reserve_days);
  fy_bind_text (stmt, 11, item->note);
  if (item->id != 0)
    sqlite3_bind_int64 (stmt, 12, item->id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_CONSTRAINT)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_CONFLICT,
                   _("Another item already has the code %s."), item->code);
      goto fail;
    }
  if (rc != SQLITE_DONE)
    {
      fy_store_fail (store, rc, error);
      goto fail;
    }
  if (item->id == 0)
    item->id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  return end_write (store, item->id, TRUE, own, error);

fail:
  return end_write (store, 0, FALSE, own, error);
}

FySupplyItem *
fy_supplies_get_item (FyStore *store, gint64 item_id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT " ITEM_COLUMNS " FROM supply_item WHERE id = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, item_id);
  if (!fy_store_step_row (store, stmt, _("This item no longer exists."), error))
    return NULL;
  {
    FySupplyItem *item = item_from_row (stmt, NULL);
    sqlite3_reset (stmt);
    return item;
  }
}

FySupplyItem *
fy_supplies_find_code (FyStore *store, const char *code, GError **error)
{
  g_autofree char *normal = fy_supplies_normalize_code (code);
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT " ITEM_COLUMNS " FROM supply_item WHERE code = ?1", error);
  FySupplyItem *item;

  if (stmt == NULL)
    return NULL;
  fy_bind_text (stmt, 1, normal);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND, _("No item has the code “%s”."), normal);
      return NULL;
    }
  item = item_from_row (stmt, NULL);
  sqlite3_reset (stmt);
  return item;
}

GPtrArray *
fy_supplies_list_items (FyStore *store, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT " ITEM_COLUMNS " FROM supply_item ORDER BY"
      " CASE category WHEN 'protective' THEN 0 WHEN 'disinfection' THEN 1 WHEN 'testing' THEN 2"
      " WHEN 'medical' THEN 3 ELSE 4 END, name, id", error);

  if (stmt == NULL)
    return NULL;
  return fy_store_collect (store, stmt, item_from_row, NULL, (GDestroyNotify) fy_supply_item_free, error);
}

static gboolean
item_exists (FyStore *store, gint64 item_id, GError **error)
{
  g_autoptr(FySupplyItem) item = fy_supplies_get_item (store, item_id, error);

  return item != NULL;
}

/* ------------------------------------------------------------------ */
/* Batches                                                             */

static gpointer
batch_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  FySupplyBatch *batch = g_new0 (FySupplyBatch, 1);

  batch->id = sqlite3_column_int64 (stmt, 0);
  batch->item_id = sqlite3_column_int64 (stmt, 1);
  batch->batch_no = g_strdup (fy_column_text (stmt, 2));
  batch->produced = g_strdup (fy_column_text (stmt, 3));
  batch->expires = g_strdup (fy_column_text (stmt, 4));
  batch->maker = g_strdup (fy_column_text (stmt, 5));
  batch->on_hand = sqlite3_column_int64 (stmt, 6);
  return batch;
}

GPtrArray *
fy_supplies_list_batches (FyStore *store, gint64 item_id, gboolean all, GError **error)
{
  /* The order is first-expiry-first-out: never-expiring batches last, then
   * the older receipt first. */
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id, item_id, batch_no, produced, expires, maker, on_hand FROM supply_batch"
      " WHERE item_id = ?1 AND (?2 OR on_hand > 0) ORDER BY expires = '', expires, id", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int (stmt, 2, all);
  return fy_store_collect (store, stmt, batch_from_row, NULL, (GDestroyNotify) fy_supply_batch_free, error);
}

static FySupplyBatch *
get_batch (FyStore *store, gint64 batch_id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT id, item_id, batch_no, produced, expires, maker, on_hand FROM supply_batch WHERE id = ?1", error);
  FySupplyBatch *batch;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  if (!fy_store_step_row (store, stmt, _("This batch no longer exists."), error))
    return NULL;
  batch = batch_from_row (stmt, NULL);
  sqlite3_reset (stmt);
  return batch;
}

gint64
fy_supplies_on_hand (FyStore *store, gint64 item_id, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT coalesce(sum(on_hand), 0) FROM supply_batch WHERE item_id = ?1", error);
  gint64 n;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, item_id);
  if (!fy_store_step_row (store, stmt, "", error))
    return -1;
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

GArray *
fy_supplies_plan_issue (FyStore *store, gint64 item_id, gint64 quantity, const char *day, GError **error)
{
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(GArray) takes = g_array_new (FALSE, FALSE, sizeof (FySupplyTake));
  gint64 left = quantity, usable = 0, expired = 0;

  if (!fy_supplies_check_quantity (quantity, error))
    return NULL;
  batches = fy_supplies_list_batches (store, item_id, FALSE, error);
  if (batches == NULL)
    return NULL;
  for (guint i = 0; i < batches->len; i++)
    {
      FySupplyBatch *b = g_ptr_array_index (batches, i);
      FySupplyTake take = { b->id, 0 };

      if (expired_on (b->expires, day))
        {
          expired += b->on_hand;
          continue;
        }
      usable += b->on_hand;
      if (left == 0)
        continue;
      take.quantity = MIN (left, b->on_hand);
      left -= take.quantity;
      g_array_append_val (takes, take);
    }
  if (left > 0)
    {
      if (expired > 0)
        g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                     /* Translators: quantities of the item's unit */
                     _("Only %lld can be issued, fewer than the %lld asked for: %lld more on hand have expired."),
                     (long long) usable, (long long) quantity, (long long) expired);
      else
        g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                     _("Only %lld on hand, fewer than the %lld asked for."),
                     (long long) usable, (long long) quantity);
      return NULL;
    }
  return g_steal_pointer (&takes);
}

/* ------------------------------------------------------------------ */
/* Writing documents and movements                                     */

typedef struct
{
  const char *kind;
  const char *doc_no;
  const char *day;
  gint64      item_id;
  const char *source;
  const char *supplier;
  gint64      unit_price_fen;   /* -1 = NULL */
  const char *place;
  const char *inspector;
  const char *keeper;
  gboolean    disinfected;
  const char *recipient_kind;
  const char *recipient;
  const char *purpose;
  const char *taker;
  const char *approver;
  const char *issuer;
  const char *reason;
  gint64      reverses_id;
  const char *note;
} DocRow;

static gint64
insert_doc (FyStore *store, const DocRow *d, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "INSERT INTO supply_doc (kind, doc_no, day, item_id, source, supplier, unit_price_fen, place,"
      " inspector, keeper, disinfected, recipient_kind, recipient, purpose, taker, approver, issuer,"
      " reason, reverses_id, note, actor, created_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,"
      " fy_now ())",
      error);
  const char *texts[] = { d->kind, d->doc_no, d->day };
  int i;

  if (stmt == NULL)
    return 0;
  for (i = 0; i < 3; i++)
    fy_bind_text (stmt, i + 1, texts[i]);
  sqlite3_bind_int64 (stmt, 4, d->item_id);
  fy_bind_text (stmt, 5, d->source);
  fy_bind_text (stmt, 6, d->supplier);
  if (d->unit_price_fen >= 0)
    sqlite3_bind_int64 (stmt, 7, d->unit_price_fen);
  else
    sqlite3_bind_null (stmt, 7);
  fy_bind_text (stmt, 8, d->place);
  fy_bind_text (stmt, 9, d->inspector);
  fy_bind_text (stmt, 10, d->keeper);
  sqlite3_bind_int (stmt, 11, d->disinfected ? 1 : 0);
  fy_bind_text (stmt, 12, d->recipient_kind);
  fy_bind_text (stmt, 13, d->recipient);
  fy_bind_text (stmt, 14, d->purpose);
  fy_bind_text (stmt, 15, d->taker);
  fy_bind_text (stmt, 16, d->approver);
  fy_bind_text (stmt, 17, d->issuer);
  fy_bind_text (stmt, 18, d->reason);
  if (d->reverses_id > 0)
    sqlite3_bind_int64 (stmt, 19, d->reverses_id);
  else
    sqlite3_bind_null (stmt, 19);
  fy_bind_text (stmt, 20, d->note);
  fy_bind_text (stmt, 21, fy_store_get_actor (store));
  if (!fy_store_step_done (store, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (fy_store_get_db (store));
}

/* One movement and the batch's balance with it. */
static gboolean
insert_move (FyStore *store, gint64 doc_id, gint64 item_id, gint64 batch_id, const char *day,
             const char *kind, int dir, gint64 qty, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "INSERT INTO supply_move (doc_id, item_id, batch_id, day, kind, dir, qty)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, doc_id);
  sqlite3_bind_int64 (stmt, 2, item_id);
  sqlite3_bind_int64 (stmt, 3, batch_id);
  fy_bind_text (stmt, 4, day);
  fy_bind_text (stmt, 5, kind);
  sqlite3_bind_int (stmt, 6, dir);
  sqlite3_bind_int64 (stmt, 7, qty);
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  stmt = fy_store_prepare_cached (store, "UPDATE supply_batch SET on_hand = on_hand + ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  sqlite3_bind_int64 (stmt, 2, qty);
  return fy_store_step_done (store, stmt, error);
}

static gboolean
receipt_no_used (FyStore *store, const char *no, gboolean *used, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT EXISTS (SELECT 1 FROM supply_doc WHERE kind = 'receipt' AND doc_no = ?1)", error);

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, no);
  if (!fy_store_step_row (store, stmt, "", error))
    return FALSE;
  *used = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return TRUE;
}

/* RK20261104-001, the first number of that day not used yet. */
static char *
next_receipt_no (FyStore *store, const char *day, GError **error)
{
  g_autofree char *compact = g_strdup (day);
  int n;

  g_strdelimit (compact, "-", ' ');
  {
    g_auto(GStrv) parts = g_strsplit (compact, " ", -1);
    g_free (compact);
    compact = g_strjoinv ("", parts);
  }
  for (n = 1; n < 100000; n++)
    {
      char *no = g_strdup_printf ("RK%s-%03d", compact, n);
      gboolean used;

      if (!receipt_no_used (store, no, &used, error))
        {
          g_free (no);
          return NULL;
        }
      if (!used)
        return no;
      g_free (no);
    }
  g_set_error_literal (error, FY_ERROR, FY_ERROR_FAILED, _("No receipt number is free for that day."));
  return NULL;
}

gint64
fy_supplies_receive (FyStore *store, const FySupplyReceiptInput *input, GError **error)
{
  FySupplyReceiptDays days = { NULL };
  g_autofree char *no = fy_supplies_text (input->receipt_no);
  g_autofree char *batch_no = fy_supplies_text (input->batch_no);
  g_autofree char *maker = fy_supplies_text (input->maker);
  g_autofree char *supplier = fy_supplies_text (input->supplier);
  g_autofree char *place = fy_supplies_text (input->place);
  g_autofree char *inspector = fy_supplies_text (input->inspector);
  g_autofree char *keeper = fy_supplies_text (input->keeper);
  g_autofree char *note = fy_supplies_text (input->note);
  sqlite3_stmt *stmt;
  gint64 doc_id = 0, batch_id;
  gboolean used = FALSE, ok, own;

  if (!fy_supplies_check_receipt (input, &days, error) || !item_exists (store, input->item_id, error))
    goto out;
  if (*no != '\0')
    {
      if (!receipt_no_used (store, no, &used, error))
        goto out;
      if (used)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_CONFLICT,
                       _("The receipt number %s is already used. Enter another one or leave it empty."), no);
          goto out;
        }
    }
  else
    {
      g_free (no);
      no = next_receipt_no (store, days.day, error);
      if (no == NULL)
        goto out;
    }
  if (!begin_write (store, &own, error))
    goto out;
  stmt = fy_store_prepare_cached (store,
      "INSERT INTO supply_batch (item_id, batch_no, produced, expires, maker) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, input->item_id);
      fy_bind_text (stmt, 2, batch_no);
      fy_bind_text (stmt, 3, days.produced);
      fy_bind_text (stmt, 4, days.expires);
      fy_bind_text (stmt, 5, maker);
      ok = fy_store_step_done (store, stmt, error);
    }
  batch_id = sqlite3_last_insert_rowid (fy_store_get_db (store));
  if (ok)
    {
      DocRow d = {
        .kind = "receipt", .doc_no = no, .day = days.day, .item_id = input->item_id,
        .source = fy_supply_source_labels[input->source].code, .supplier = supplier,
        .unit_price_fen = input->unit_price_fen, .place = place, .inspector = inspector,
        .keeper = keeper, .disinfected = input->disinfected, .note = note,
      };
      doc_id = insert_doc (store, &d, error);
      ok = doc_id > 0;
    }
  ok = ok && insert_move (store, doc_id, input->item_id, batch_id, days.day, "receipt", 1, input->quantity, error);
  doc_id = end_write (store, doc_id, ok, own, error);

out:
  fy_supplies_receipt_days_clear (&days);
  return doc_id;
}

/* The takes of an override: batches of the item, not expired, enough on
 * hand, adding up to the quantity. */
static gboolean
check_takes (FyStore *store, const FySupplyIssueInput *input, const char *day, GError **error)
{
  gint64 sum = 0;

  for (guint i = 0; i < input->n_takes; i++)
    {
      g_autoptr(FySupplyBatch) b = get_batch (store, input->takes[i].batch_id, error);

      if (b == NULL)
        return FALSE;
      if (b->item_id != input->item_id)
        return invalid (error, _("A chosen batch belongs to another item."));
      if (expired_on (b->expires, day))
        return invalid (error, _("An expired batch is never issued. Scrap it instead."));
      if (!fy_supplies_check_quantity (input->takes[i].quantity, error))
        return FALSE;
      if (input->takes[i].quantity > b->on_hand)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("Batch %s has only %lld on hand."), b->batch_no, (long long) b->on_hand);
          return FALSE;
        }
      sum += input->takes[i].quantity;
    }
  if (sum != input->quantity)
    return invalid (error, _("The quantities taken from the batches must add up to the quantity issued."));
  return TRUE;
}

gint64
fy_supplies_issue (FyStore *store, const FySupplyIssueInput *input, GError **error)
{
  g_autofree char *day = NULL;
  g_autofree char *reason = fy_supplies_text (input->override_reason);
  g_autoptr(GArray) takes = NULL;
  gint64 doc_id = 0;
  gboolean ok, own;

  if (!fy_supplies_check_quantity (input->quantity, error))
    return 0;
  if ((guint) input->recipient_kind >= FY_SUPPLY_N_RECIPIENTS)
    return invalid (error, _("Choose whom the goods are issued to.")), 0;
  day = fy_supplies_check_day (input->day, TRUE, error);
  if (day == NULL || !check_not_future (day, error) || !item_exists (store, input->item_id, error))
    return 0;
  if (input->n_takes > 0)
    {
      if (*reason == '\0')
        return invalid (error, _("Choosing the batches yourself needs a reason.")), 0;
      if (!check_takes (store, input, day, error))
        return 0;
      takes = g_array_new (FALSE, FALSE, sizeof (FySupplyTake));
      g_array_append_vals (takes, input->takes, input->n_takes);
    }
  else
    {
      takes = fy_supplies_plan_issue (store, input->item_id, input->quantity, day, error);
      if (takes == NULL)
        return 0;
    }
  if (!begin_write (store, &own, error))
    return 0;
  {
    g_autofree char *recipient = fy_supplies_text (input->recipient);
    g_autofree char *purpose = fy_supplies_text (input->purpose);
    g_autofree char *taker = fy_supplies_text (input->taker);
    g_autofree char *approver = fy_supplies_text (input->approver);
    g_autofree char *issuer = fy_supplies_text (input->issuer);
    g_autofree char *note = fy_supplies_text (input->note);
    DocRow d = {
      .kind = "issue", .day = day, .item_id = input->item_id, .unit_price_fen = -1,
      .recipient_kind = fy_supply_recipient_labels[input->recipient_kind].code,
      .recipient = recipient, .purpose = purpose, .taker = taker, .approver = approver,
      .issuer = issuer, .reason = reason, .note = note,
    };
    doc_id = insert_doc (store, &d, error);
  }
  ok = doc_id > 0;
  for (guint i = 0; ok && i < takes->len; i++)
    {
      FySupplyTake *t = &g_array_index (takes, FySupplyTake, i);
      ok = insert_move (store, doc_id, input->item_id, t->batch_id, day, "issue", -1, -t->quantity, error);
    }
  return end_write (store, doc_id, ok, own, error);
}

/* Units of a batch issued and not yet returned. */
static gboolean
batch_net_issued (FyStore *store, gint64 batch_id, gint64 *net, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (store,
      "SELECT coalesce(-sum(qty), 0) FROM supply_move WHERE batch_id = ?1 AND kind IN ('issue', 'return')",
      error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  if (!fy_store_step_row (store, stmt, "", error))
    return FALSE;
  *net = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gint64
batch_document (FyStore *store, const FySupplyBatchMoveInput *input, gboolean scrap, GError **error)
{
  g_autofree char *day = NULL;
  g_autofree char *reason = fy_supplies_text (input->reason);
  g_autofree char *person = fy_supplies_text (input->person);
  g_autofree char *note = fy_supplies_text (input->note);
  g_autoptr(FySupplyBatch) batch = NULL;
  gint64 doc_id;
  gboolean ok, own;

  if (!fy_supplies_check_quantity (input->quantity, error))
    return 0;
  day = fy_supplies_check_day (input->day, TRUE, error);
  if (day == NULL || !check_not_future (day, error))
    return 0;
  batch = get_batch (store, input->batch_id, error);
  if (batch == NULL)
    return 0;
  if (scrap)
    {
      if (*reason == '\0')
        return invalid (error, _("A scrap needs its reason and approval note.")), 0;
      if (input->quantity > batch->on_hand)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("Only %lld of this batch are on hand."), (long long) batch->on_hand);
          return 0;
        }
    }
  else
    {
      gint64 net;

      if (!batch_net_issued (store, batch->id, &net, error))
        return 0;
      if (input->quantity > net)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("Only %lld of this batch were issued and not returned."), (long long) net);
          return 0;
        }
    }
  if (!begin_write (store, &own, error))
    return 0;
  {
    DocRow d = {
      .kind = scrap ? "scrap" : "return", .day = day, .item_id = batch->item_id, .unit_price_fen = -1,
      .reason = reason, .note = note,
    };
    if (scrap)
      d.approver = person;
    else
      d.taker = person;
    doc_id = insert_doc (store, &d, error);
  }
  ok = doc_id > 0
       && insert_move (store, doc_id, batch->item_id, batch->id, day, scrap ? "scrap" : "return",
                       scrap ? -1 : 1, scrap ? -input->quantity : input->quantity, error);
  return end_write (store, doc_id, ok, own, error);
}

gint64
fy_supplies_return (FyStore *store, const FySupplyBatchMoveInput *input, GError **error)
{
  return batch_document (store, input, FALSE, error);
}

gint64
fy_supplies_scrap (FyStore *store, const FySupplyBatchMoveInput *input, GError **error)
{
  return batch_document (store, input, TRUE, error);
}

gint64
fy_supplies_stocktake (FyStore *store, const char *day_text, gint64 item_id, const FySupplyCount *counts,
                       guint n_counts, const char *reason_text, GError **error)
{
  g_autofree char *day = fy_supplies_check_day (day_text, TRUE, error);
  g_autofree char *reason = fy_supplies_text (reason_text);
  g_autoptr(GArray) diffs = g_array_new (FALSE, TRUE, sizeof (gint64));
  gint64 doc_id;
  gboolean ok, own, any = FALSE;

  if (day == NULL || !check_not_future (day, error) || !item_exists (store, item_id, error))
    return 0;
  if (n_counts == 0)
    return invalid (error, _("Count at least one batch.")), 0;
  g_array_set_size (diffs, n_counts);
  for (guint i = 0; i < n_counts; i++)
    {
      g_autoptr(FySupplyBatch) b = get_batch (store, counts[i].batch_id, error);

      if (b == NULL)
        return 0;
      if (b->item_id != item_id)
        return invalid (error, _("A counted batch belongs to another item.")), 0;
      if (counts[i].counted < 0 || counts[i].counted > FY_SUPPLY_QUANTITY_MAX)
        return invalid (error, _("A counted quantity is a whole number, 0 or more.")), 0;
      g_array_index (diffs, gint64, i) = counts[i].counted - b->on_hand;
      any = any || counts[i].counted != b->on_hand;
    }
  if (any && *reason == '\0')
    return invalid (error, _("The count differs from the stock: enter the reason of the difference.")), 0;
  if (!begin_write (store, &own, error))
    return 0;
  {
    DocRow d = { .kind = "adjust", .day = day, .item_id = item_id, .unit_price_fen = -1, .reason = reason };
    doc_id = insert_doc (store, &d, error);
  }
  ok = doc_id > 0;
  for (guint i = 0; ok && i < n_counts; i++)
    {
      gint64 diff = g_array_index (diffs, gint64, i);
      if (diff != 0)
        ok = insert_move (store, doc_id, item_id, counts[i].batch_id, day, "adjust", diff > 0 ? 1 : -1, diff, error);
    }
  return end_write (store, doc_id, ok, own, error);
}

typedef struct
{
  gint64  item_id;
  gint64  batch_id;
  char   *kind;
  int     dir;
  gint64  qty;
  gint64  on_hand;
} MoveRow;

static gpointer
move_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  MoveRow *m = g_new0 (MoveRow, 1);

  m->item_id = sqlite3_column_int64 (stmt, 0);
  m->batch_id = sqlite3_column_int64 (stmt, 1);
  m->kind = g_strdup (fy_column_text (stmt, 2));
  m->dir = sqlite3_column_int (stmt, 3);
  m->qty = sqlite3_column_int64 (stmt, 4);
  m->on_hand = sqlite3_column_int64 (stmt, 5);
  return m;
}

static void
move_row_free (MoveRow *m)
{
  g_free (m->kind);
  g_free (m);
}

gint64
fy_supplies_reverse (FyStore *store, gint64 doc_id, const char *day_text, const char *reason_text, GError **error)
{
  g_autofree char *day = fy_supplies_check_day (day_text, TRUE, error);
  g_autofree char *reason = fy_supplies_text (reason_text);
  g_autoptr(GPtrArray) moves = NULL;
  g_autofree char *kind = NULL;
  sqlite3_stmt *stmt;
  gint64 item_id, reversed_by, new_id;
  gboolean ok, own;

  if (day == NULL || !check_not_future (day, error))
    return 0;
  if (*reason == '\0')
    return invalid (error, _("A reversal needs a reason.")), 0;
  stmt = fy_store_prepare_cached (store,
      "SELECT d.kind, d.item_id, coalesce((SELECT r.id FROM supply_doc r WHERE r.reverses_id = d.id), 0)"
      " FROM supply_doc d WHERE d.id = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, doc_id);
  if (!fy_store_step_row (store, stmt, _("This movement no longer exists."), error))
    return 0;
  kind = g_strdup (fy_column_text (stmt, 0));
  item_id = sqlite3_column_int64 (stmt, 1);
  reversed_by = sqlite3_column_int64 (stmt, 2);
  sqlite3_reset (stmt);
  if (strcmp (kind, "reversal") == 0)
    return invalid (error, _("A reversal cannot be reversed. Enter the movement again instead.")), 0;
  if (reversed_by != 0)
    return invalid (error, _("This movement has already been reversed.")), 0;
  stmt = fy_store_prepare_cached (store,
      "SELECT m.item_id, m.batch_id, m.kind, m.dir, m.qty, b.on_hand FROM supply_move m"
      " JOIN supply_batch b ON b.id = m.batch_id WHERE m.doc_id = ?1 ORDER BY m.id", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, doc_id);
  moves = fy_store_collect (store, stmt, move_from_row, NULL, (GDestroyNotify) move_row_free, error);
  if (moves == NULL)
    return 0;
  for (guint i = 0; i < moves->len; i++)
    {
      MoveRow *m = g_ptr_array_index (moves, i);
      if (m->on_hand - m->qty < 0)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                       _("This movement cannot be reversed: %lld of its batch have left the store since."),
                       (long long) (m->qty - m->on_hand));
          return 0;
        }
    }
  if (!begin_write (store, &own, error))
    return 0;
  {
    DocRow d = { .kind = "reversal", .day = day, .item_id = item_id, .unit_price_fen = -1,
                 .reason = reason, .reverses_id = doc_id };
    new_id = insert_doc (store, &d, error);
  }
  ok = new_id > 0;
  for (guint i = 0; ok && i < moves->len; i++)
    {
      MoveRow *m = g_ptr_array_index (moves, i);
      ok = insert_move (store, new_id, m->item_id, m->batch_id, day, m->kind, m->dir, -m->qty, error);
    }
  if (ok)
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, doc_id);
      FyAuditEntry entry = { "supply_doc", new_id, "insert", "reverses_id", NULL, id_text };
      ok = fy_store_audit (store, &entry, error);
    }
  return end_write (store, new_id, ok, own, error);
}
