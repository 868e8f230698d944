/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Disinfection entries taking their disinfectant from the Supplies stock:
 * first expiry first out across batches, expired batches skipped, an
 * over-issue refusing the whole action with nothing written (neither entry
 * nor movement), the issue in the 出库/领用登记 ledger, the entry and its
 * document pointing at each other, the reversal (红冲) still possible, and
 * yesterday's round repeating the stock take. China's time zone. */
#include "config.h"

#include <string.h>

#include "fy-disinfection.h"
#include "fy-error.h"
#include "fy-ledger.h"
#include "fy-supplies.h"
#include "fy-test-support.h"
#include "fy-zone-map.h"

#define TODAY     "2026-11-22"
#define YESTERDAY "2026-11-21"

typedef struct
{
  FyStore   *store;
  FyZoneMap *map;
  gint64     dock, yard;
  gint64     bleach, gloves;
  gint64     soon, later, expired;   /* batches of bleach */
  guint      supplies_changes;
} Fixture;

static void
on_changed (FyStore *store, FyStoreChange change, gpointer user_data)
{
  Fixture *f = user_data;

  if (change & FY_STORE_CHANGE_SUPPLIES)
    f->supplies_changes++;
}

static gint64
add_item (FyStore *store, const char *code, const char *name, FySupplyCategory category, const char *unit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FySupplyItem) item = fy_supply_item_new ();
  gint64 id;

  fy_test_set_text (&item->code, code);
  fy_test_set_text (&item->name, name);
  fy_test_set_text (&item->unit, unit);
  item->category = category;
  id = fy_supplies_save_item (store, item, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
receive (Fixture *f, gint64 item, gint64 quantity, const char *batch_no, const char *expires)
{
  g_autoptr(GError) error = NULL;
  FySupplyReceiptInput r = { .day = "2026-09-01", .item_id = item, .quantity = quantity, .batch_no = batch_no,
                             .expires = expires, .unit_price_fen = -1 };

  g_assert_cmpint (fy_supplies_receive (f->store, &r, &error), >, 0);
  g_assert_no_error (error);
  return fy_test_query_int (f->store, "SELECT max(id) FROM supply_batch");
}

/* Bleach: 2 bottles expiring soon, 5 later, 3 expired a month ago. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->store = fy_test_open_store ();
  f->map = fy_zone_map_create (f->store, "厂区", 100, 60, &error);
  g_assert_no_error (error);
  f->dock = fy_test_add_rect (f->map, "装卸区", FY_ZONE_LEVEL_GREEN, 0, 0, 20, 40);
  f->yard = fy_test_add_rect (f->map, "堆场", FY_ZONE_LEVEL_GREEN, 30, 0, 50, 40);
  f->bleach = add_item (f->store, "XD84", "84消毒液", FY_SUPPLY_DISINFECTION, "瓶");
  f->gloves = add_item (f->store, "ST", "丁腈手套", FY_SUPPLY_PROTECTIVE, "副");
  f->later = receive (f, f->bleach, 5, "LATER", "2027-06-01");
  f->soon = receive (f, f->bleach, 2, "SOON", "2026-12-10");
  f->expired = receive (f, f->bleach, 3, "OLD", "2026-10-20");
  receive (f, f->gloves, 50, "G1", "");
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->map);
  g_assert_finalize_object (f->store);
}

static FyDisinfectionEntry *
entry (Fixture *f, gint64 area, gint64 at, gint64 quantity)
{
  FyDisinfectionEntry *e = fy_disinfection_entry_new ();

  e->area_id = area;
  e->at = at;
  fy_test_set_text (&e->objects, "floor");
  fy_test_set_text (&e->executor, "王师傅");
  e->volume_ml = 10000;
  e->concentrate = 100;
  e->water_ml = 9900;
  e->supply_item_id = quantity > 0 ? f->bleach : 0;
  e->supply_qty = quantity;
  return e;
}

static gint64
batch_on_hand (Fixture *f, gint64 batch)
{
  g_autofree char *sql = g_strdup_printf ("SELECT on_hand FROM supply_batch WHERE id = %" G_GINT64_FORMAT, batch);

  return fy_test_query_int (f->store, sql);
}

static gint64
count (Fixture *f, const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return fy_test_query_int (f->store, sql);
}

static void
test_fefo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDisinfectionEntry) e = entry (f, f->dock, fy_test_at (TODAY, 9, 0), 4);
  g_autoptr(GPtrArray) listed = NULL;
  g_autofree char *sql = NULL;
  gint64 item = 0, quantity = 0;

  g_assert_true (fy_disinfection_add_entries (f->store, &e, 1, fy_test_at (TODAY, 10, 0), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->supplies_changes, ==, 1);
  /* The batch expiring first is emptied, then the next; the expired one is untouched. */
  g_assert_cmpint (batch_on_hand (f, f->soon), ==, 0);
  g_assert_cmpint (batch_on_hand (f, f->later), ==, 3);
  g_assert_cmpint (batch_on_hand (f, f->expired), ==, 3);
  g_assert_cmpint (fy_supplies_on_hand (f->store, f->bleach, NULL), ==, 6);

  /* Entry and document point at each other; an ordinary issue. */
  g_assert_cmpint (e->supply_doc_id, >, 0);
  g_assert_cmpint (fy_disinfection_entry_of_supply_doc (f->store, e->supply_doc_id, &error), ==, e->id);
  sql = g_strdup_printf ("SELECT count(*) FROM supply_doc WHERE id = %" G_GINT64_FORMAT " AND kind = 'issue'"
                         " AND purpose = '消毒消杀' AND recipient_kind = 'area' AND recipient = '装卸区'"
                         " AND issuer = '王师傅' AND taker = '王师傅' AND day = '" TODAY "'", e->supply_doc_id);
  g_assert_cmpint (fy_test_query_int (f->store, sql), ==, 1);
  listed = fy_disinfection_list_entries (f->store, TODAY, TODAY, 0, &error);
  g_assert_cmpuint (listed->len, ==, 1);
  {
    const FyDisinfectionEntry *read = listed->pdata[0];

    g_assert_cmpint (read->supply_item_id, ==, f->bleach);
    g_assert_cmpint (read->supply_qty, ==, 4);
    g_assert_cmpint (read->supply_doc_id, ==, e->supply_doc_id);
    g_assert_false (read->supply_reversed);
  }
  /* Proposed again for the same product, not for another. */
  g_assert_true (fy_disinfection_last_stock_take (f->store, FY_DISINFECTANT_CHLORINE84, &item, &quantity, &error));
  g_assert_cmpint (item, ==, f->bleach);
  g_assert_cmpint (quantity, ==, 4);
  g_assert_true (fy_disinfection_last_stock_take (f->store, FY_DISINFECTANT_ALCOHOL, &item, &quantity, &error));
  g_assert_cmpint (item, ==, 0);

  /* 红冲 stays possible: the units come back, the entry remains. */
  g_assert_cmpint (fy_supplies_reverse (f->store, e->supply_doc_id, TODAY, "登记错误", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (fy_supplies_on_hand (f->store, f->bleach, NULL), ==, 10);
  g_assert_cmpint (count (f, "disinfection_entry"), ==, 1);
  /* … and says so, in the list and in the note of the disinfection record. */
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = fy_disinfection_list_entries (f->store, TODAY, TODAY, 0, &error);
  g_assert_true (((const FyDisinfectionEntry *) listed->pdata[0])->supply_reversed);
  {
    g_autofree char *dir = fy_test_make_tmpdir ();
    g_autofree char *csv_path = g_build_filename (dir, "dis.csv", NULL);
    g_autofree char *csv = NULL;
    FyLedgerParams params = { .from = TODAY, .to = TODAY };
    g_autoptr(FyLedger) ledger = fy_ledger_new (f->store, "disinfection", &params, &error);

    g_assert_no_error (error);
    g_assert_true (fy_ledger_export (ledger, csv_path, NULL, NULL, NULL, &error));
    g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
    g_assert_nonnull (strstr (csv, fy_test_tr ("stock issue reversed")));
  }
}

static void
test_ledger (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDisinfectionEntry) e = entry (f, f->yard, fy_test_at (YESTERDAY, 9, 0), 3);
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *csv_path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *csv = NULL;
  FyLedgerParams params = { .from = YESTERDAY, .to = TODAY };
  g_autoptr(FyLedger) ledger = NULL;
  g_auto(GStrv) lines = NULL;
  guint hits = 0;

  g_assert_true (fy_disinfection_add_entries (f->store, &e, 1, fy_test_at (TODAY, 10, 0), &error));
  g_assert_no_error (error);
  ledger = fy_ledger_new (f->store, "stock-out", &params, &error);
  g_assert_no_error (error);
  g_assert_true (fy_ledger_export (ledger, csv_path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  /* One line per batch taken: 2 of SOON, 1 of LATER, on the entry's day. */
  lines = g_strsplit (csv, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "84消毒液") && strstr (lines[i], "消毒消杀") && strstr (lines[i], "堆场")
        && strstr (lines[i], YESTERDAY))
      {
        g_assert_true (strstr (lines[i], "SOON") || strstr (lines[i], "LATER"));
        hits++;
      }
  g_assert_cmpuint (hits, ==, 2);
  g_assert_null (strstr (csv, "OLD"));
}

static void
test_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDisinfectionEntry) a = entry (f, f->dock, fy_test_at (TODAY, 9, 0), 4);
  g_autoptr(FyDisinfectionEntry) b = entry (f, f->yard, fy_test_at (TODAY, 9, 30), 4);
  FyDisinfectionEntry *both[] = { a, b };
  gint64 docs = count (f, "supply_doc"), moves = count (f, "supply_move");

  /* 7 usable, 8 asked by the two together: neither entry, no movement. */
  g_assert_false (fy_disinfection_add_entries (f->store, both, 2, fy_test_at (TODAY, 10, 0), &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "84消毒液"));
  g_assert_nonnull (strstr (error->message, "7 瓶"));
  g_assert_nonnull (strstr (error->message, "3 瓶"));   /* expired, said apart */
  g_assert_nonnull (strstr (error->message, "8 瓶"));
  g_clear_error (&error);
  g_assert_cmpint (a->id, ==, 0);
  g_assert_cmpint (count (f, "disinfection_entry"), ==, 0);
  g_assert_cmpint (count (f, "supply_doc"), ==, docs);
  g_assert_cmpint (count (f, "supply_move"), ==, moves);
  g_assert_cmpint (fy_supplies_on_hand (f->store, f->bleach, NULL), ==, 10);
  g_assert_cmpuint (f->supplies_changes, ==, 0);

  /* Not a disinfection supply; a lamp; a stock take of no units. */
  a->supply_item_id = f->gloves;
  g_assert_false (fy_disinfection_add_entries (f->store, &a, 1, fy_test_at (TODAY, 10, 0), &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "丁腈手套"));
  g_clear_error (&error);
  a->supply_item_id = f->bleach;
  a->supply_qty = 0;
  g_assert_false (fy_disinfection_add_entries (f->store, &a, 1, fy_test_at (TODAY, 10, 0), &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  a->supply_qty = 1;
  a->product = FY_DISINFECTANT_NONE;
  a->method = FY_DISINFECTION_UV;
  a->concentration = 0;
  g_assert_false (fy_disinfection_add_entries (f->store, &a, 1, fy_test_at (TODAY, 10, 0), &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "disinfection_entry"), ==, 0);
  g_assert_cmpint (count (f, "supply_doc"), ==, docs);

  /* Exactly what is usable goes through; then nothing is left but expired stock. */
  b->supply_qty = 7;
  g_assert_true (fy_disinfection_add_entries (f->store, &b, 1, fy_test_at (TODAY, 10, 0), &error));
  g_assert_no_error (error);
  g_assert_cmpint (batch_on_hand (f, f->expired), ==, 3);
  b->supply_qty = 1;
  g_assert_false (fy_disinfection_add_entries (f->store, &b, 1, fy_test_at (TODAY, 10, 0), &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "0 瓶"));
  g_assert_cmpint (count (f, "disinfection_entry"), ==, 1);
}

static void
test_repeat (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDisinfectionEntry) e = entry (f, f->dock, fy_test_at (YESTERDAY, 9, 0), 1);
  g_autoptr(FyDisinfectionEntry) plain = entry (f, f->yard, fy_test_at (YESTERDAY, 9, 0), 0);
  FyDisinfectionEntry *both[] = { e, plain };
  gint64 areas[] = { f->dock, f->yard };
  guint added = 0;

  g_assert_true (fy_disinfection_add_entries (f->store, both, 2, fy_test_at (YESTERDAY, 10, 0), &error));
  g_assert_no_error (error);
  g_assert_cmpint (plain->supply_doc_id, ==, 0);
  g_assert_cmpint (fy_supplies_on_hand (f->store, f->bleach, NULL), ==, 9);
  g_assert_true (fy_disinfection_repeat_yesterday (f->store, areas, 2, fy_test_at (TODAY, 9, 0), &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2);
  /* The stock take is repeated: one more bottle, a second document. */
  g_assert_cmpint (fy_supplies_on_hand (f->store, f->bleach, NULL), ==, 8);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(DISTINCT supply_doc_id) FROM disinfection_entry"
                                                " WHERE supply_doc_id IS NOT NULL"), ==, 2);
  g_assert_cmpint (fy_test_query_int (f->store, "SELECT count(*) FROM supply_doc WHERE kind = 'issue'"), ==, 2);
}

#define ADD(path, fn) g_test_add ("/disinfection-stock/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  fy_test_init (&argc, &argv, TODAY);
  ADD ("fefo", test_fefo);
  ADD ("ledger", test_ledger);
  ADD ("refused", test_refused);
  ADD ("repeat", test_repeat);
  return g_test_run ();
}
