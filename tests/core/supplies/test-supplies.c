/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Supplies core: receipts into batches, first-expiry-first-out issues split
 * across batches with expired ones skipped, over-issue and bad input
 * refused with nothing written, overrides, returns, scrap, stock-take
 * differences, reversing movements (红冲), movements that cannot be edited,
 * and a property test on random movements: every batch's balance follows
 * the movements, never goes below zero, and each month opening + in − out
 * = closing. */
#include "config.h"

#include "fy-error.h"
#include "fy-supplies.h"
#include "fy-store-private.h"
#include "fy-test-support.h"

#define TODAY "2026-11-20"

static gint64
add_item (FyStore *store, const char *code, const char *name, const char *unit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FySupplyItem) item = fy_supply_item_new ();
  gint64 id;

  fy_test_set_text (&item->code, code);
  fy_test_set_text (&item->name, name);
  fy_test_set_text (&item->unit, unit);
  item->category = FY_SUPPLY_PROTECTIVE;
  item->rule = FY_SUPPLY_RULE_PERSON_DAY;
  item->rule_milli = 2000;
  id = fy_supplies_save_item (store, item, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Receives `qty` as a new batch; returns the batch id. */
static gint64
receive (FyStore *store, gint64 item, const char *day, gint64 qty, const char *batch_no, const char *expires)
{
  g_autoptr(GError) error = NULL;
  FySupplyReceiptInput in = {
    .day = day, .item_id = item, .quantity = qty, .batch_no = batch_no, .expires = expires,
    .source = FY_SUPPLY_SOURCE_PURCHASE, .unit_price_fen = -1,
  };
  gint64 doc = fy_supplies_receive (store, &in, &error);

  g_assert_no_error (error);
  g_assert_cmpint (doc, >, 0);
  return fy_test_query_int (store, "SELECT max(id) FROM supply_batch");
}

static gint64
batch_on_hand (FyStore *store, gint64 batch)
{
  g_autofree char *sql = g_strdup_printf ("SELECT on_hand FROM supply_batch WHERE id = %" G_GINT64_FORMAT, batch);
  return fy_test_query_int (store, sql);
}

static gint64
issue (FyStore *store, gint64 item, const char *day, gint64 qty, GError **error)
{
  FySupplyIssueInput in = {
    .day = day, .item_id = item, .quantity = qty, .recipient_kind = FY_SUPPLY_TO_DEPARTMENT,
    .recipient = "装配部", .purpose = "日常防护", .taker = "张三",
  };
  return fy_supplies_issue (store, &in, error);
}

static void
test_fefo (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 item = add_item (store, "KZ-N95", "N95口罩", "个");
  gint64 a = receive (store, item, "2026-10-01", 10, "A", "2026-12-10");
  gint64 b = receive (store, item, "2026-10-02", 5, "B", "2026-11-01");   /* expired */
  gint64 c = receive (store, item, "2026-10-03", 20, "C", "2027-06-01");
  gint64 d = receive (store, item, "2026-10-04", 7, "D", "");             /* never expires */
  g_autoptr(GArray) plan = NULL;
  gint64 docs;

  g_assert_cmpint (fy_supplies_on_hand (store, item, &error), ==, 42);

  /* The plan shown before confirming: A first (earliest expiry), then C;
   * B has expired and is skipped, D never expires and comes last. */
  plan = fy_supplies_plan_issue (store, item, 15, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->len, ==, 2);
  g_assert_cmpint (g_array_index (plan, FySupplyTake, 0).batch_id, ==, a);
  g_assert_cmpint (g_array_index (plan, FySupplyTake, 0).quantity, ==, 10);
  g_assert_cmpint (g_array_index (plan, FySupplyTake, 1).batch_id, ==, c);
  g_assert_cmpint (g_array_index (plan, FySupplyTake, 1).quantity, ==, 5);

  g_assert_cmpint (issue (store, item, TODAY, 15, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (batch_on_hand (store, a), ==, 0);
  g_assert_cmpint (batch_on_hand (store, b), ==, 5);
  g_assert_cmpint (batch_on_hand (store, c), ==, 15);
  g_assert_cmpint (batch_on_hand (store, d), ==, 7);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_move WHERE kind = 'issue'"), ==, 2);

  /* 22 usable, 5 expired: 23 is refused, saying so, nothing written. */
  docs = fy_test_query_int (store, "SELECT count(*) FROM supply_doc");
  g_assert_cmpint (issue (store, item, TODAY, 23, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "22"));
  g_assert_nonnull (strstr (error->message, "expired"));
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc"), ==, docs);

  /* Exactly what is usable: C then D. */
  g_assert_cmpint (issue (store, item, TODAY, 22, &error), >, 0);
  g_assert_cmpint (batch_on_hand (store, c), ==, 0);
  g_assert_cmpint (batch_on_hand (store, d), ==, 0);
  g_assert_cmpint (fy_supplies_on_hand (store, item, &error), ==, 5);
  /* The expired batch is never issued, even when it is all there is. */
  g_assert_cmpint (issue (store, item, TODAY, 1, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);

  /* Inside a caller's transaction an issue joins it: rolled back with it. */
  g_assert_true (fy_store_begin (store, &error));
  g_assert_cmpint (issue (store, item, "2026-11-01", 5, &error), >, 0);
  fy_store_rollback (store);
  g_assert_cmpint (fy_supplies_on_hand (store, item, &error), ==, 5);

  {
    g_autoptr(GPtrArray) batches = fy_supplies_list_batches (store, item, FALSE, &error);
    g_autoptr(GPtrArray) all = fy_supplies_list_batches (store, item, TRUE, &error);
    g_assert_cmpuint (batches->len, ==, 1);
    g_assert_cmpuint (all->len, ==, 4);
    g_assert_cmpstr (((FySupplyBatch *) g_ptr_array_index (all, 0))->batch_no, ==, "B");
    g_assert_cmpstr (((FySupplyBatch *) g_ptr_array_index (all, 3))->batch_no, ==, "D");
  }
}

static void
test_override (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 item = add_item (store, "XD-84", "84消毒液", "瓶");
  gint64 other = add_item (store, "XD-75", "75%酒精", "瓶");
  gint64 a = receive (store, item, "2026-10-01", 10, "A", "2026-12-10");
  gint64 old = receive (store, item, "2026-10-01", 3, "OLD", "2026-11-19");
  gint64 c = receive (store, item, "2026-10-03", 20, "C", "2027-06-01");
  gint64 x = receive (store, other, "2026-10-03", 20, "X", "");
  FySupplyTake from_c[] = { { c, 6 } };
  FySupplyTake from_old[] = { { old, 1 }, { c, 5 } };
  FySupplyTake from_x[] = { { x, 6 } };
  FySupplyTake too_few[] = { { c, 5 } };
  FySupplyIssueInput in = {
    .day = TODAY, .item_id = item, .quantity = 6, .recipient_kind = FY_SUPPLY_TO_AREA,
    .recipient = "隔离点", .purpose = "消杀", .takes = from_c, .n_takes = 1,
  };

  /* No reason: refused. */
  g_assert_cmpint (fy_supplies_issue (store, &in, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  in.override_reason = "开封批次优先使用";
  in.takes = from_old;
  in.n_takes = 2;
  g_assert_cmpint (fy_supplies_issue (store, &in, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  in.takes = from_x;
  in.n_takes = 1;
  g_assert_cmpint (fy_supplies_issue (store, &in, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  in.takes = too_few;
  g_assert_cmpint (fy_supplies_issue (store, &in, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE kind = 'issue'"), ==, 0);

  in.takes = from_c;
  g_assert_cmpint (fy_supplies_issue (store, &in, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (batch_on_hand (store, a), ==, 10);
  g_assert_cmpint (batch_on_hand (store, c), ==, 14);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE reason = '开封批次优先使用'"), ==, 1);
}

static void
test_bad_input (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 item = add_item (store, "KJ-01", "抗原检测试剂", "盒");
  gint64 q = 0;
  FySupplyReceiptInput in = {
    .day = TODAY, .item_id = item, .quantity = 10, .receipt_no = "RK-1", .produced = "2026-10-01",
    .expires = "2027-10-01", .unit_price_fen = 1250,
  };
  struct { const char *text; gboolean ok; gint64 value; } quantities[] = {
    { "20", TRUE, 20 }, { "２０", TRUE, 20 }, { " 7 ", TRUE, 7 }, { "0", FALSE, 0 }, { "-3", FALSE, 0 },
    { "1.5", FALSE, 0 }, { "十", FALSE, 0 }, { "abc", FALSE, 0 }, { "", FALSE, 0 },
    { "9999999999", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (quantities); i++)
    {
      gboolean ok = fy_supplies_parse_quantity (quantities[i].text, &q, &error);
      g_assert_cmpint (ok, ==, quantities[i].ok);
      if (ok)
        g_assert_cmpint (q, ==, quantities[i].value);
      else
        g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
      g_clear_error (&error);
    }

  {
    struct { const char *text; gboolean ok; gint64 milli; } amounts[] = {
      { "2", TRUE, 2000 }, { "0.5", TRUE, 500 }, { "０.１２５", TRUE, 125 }, { "", TRUE, 0 },
      { "1.2345", FALSE, 0 }, { "-1", FALSE, 0 }, { "1.", FALSE, 0 }, { "两", FALSE, 0 }, { ".5", FALSE, 0 },
    };
    for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
      {
        gint64 m = -1;
        gboolean ok = fy_supplies_parse_milli (amounts[i].text, &m, &error);
        g_assert_cmpint (ok, ==, amounts[i].ok);
        if (ok)
          g_assert_cmpint (m, ==, amounts[i].milli);
        else
          g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
        g_clear_error (&error);
      }
  }

  g_assert_cmpint (fy_supplies_receive (store, &in, &error), >, 0);
  g_assert_no_error (error);
  /* The same receipt number again. */
  g_assert_cmpint (fy_supplies_receive (store, &in, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_CONFLICT);
  g_clear_error (&error);
  in.receipt_no = NULL;
  /* Zero or negative quantity. */
  in.quantity = 0;
  g_assert_cmpint (fy_supplies_receive (store, &in, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  in.quantity = -5;
  g_assert_cmpint (fy_supplies_receive (store, &in, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  in.quantity = 5;
  /* Expiry before production. */
  in.expires = "2026-09-01";
  g_assert_cmpint (fy_supplies_receive (store, &in, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  /* Production in the future. */
  in.produced = "2026-12-01";
  in.expires = "2027-12-01";
  g_assert_cmpint (fy_supplies_receive (store, &in, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  /* A receipt in the future, a date that is not one, an unknown item. */
  in.produced = NULL;
  in.day = "2026-11-21";
  g_assert_cmpint (fy_supplies_receive (store, &in, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  in.day = "2026-02-30";
  g_assert_cmpint (fy_supplies_receive (store, &in, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  in.day = TODAY;
  in.item_id = 4242;
  g_assert_cmpint (fy_supplies_receive (store, &in, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_batch"), ==, 1);

  /* Without a number, the next free one of the day. */
  in.item_id = item;
  g_assert_cmpint (fy_supplies_receive (store, &in, &error), >, 0);
  g_assert_cmpint (fy_supplies_receive (store, &in, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_doc WHERE doc_no IN"
                                             " ('RK20261120-001', 'RK20261120-002')"), ==, 2);

  /* An unknown code, and a code found as a scanner types it. */
  {
    g_autoptr(FySupplyItem) none = fy_supplies_find_code (store, "NOPE", &error);
    g_autoptr(FySupplyItem) found = NULL;
    g_assert_null (none);
    g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
    g_clear_error (&error);
    found = fy_supplies_find_code (store, "kj-01", &error);
    g_assert_no_error (error);
    g_assert_cmpint (found->id, ==, item);
  }
  /* A second item with the same code. */
  {
    g_autoptr(FySupplyItem) twin = fy_supply_item_new ();
    fy_test_set_text (&twin->code, "KJ-01");
    fy_test_set_text (&twin->name, "重复");
    fy_test_set_text (&twin->unit, "盒");
    g_assert_cmpint (fy_supplies_save_item (store, twin, &error), ==, 0);
    g_assert_error (error, FY_ERROR, FY_ERROR_CONFLICT);
    g_clear_error (&error);
    fy_test_set_text (&twin->code, "KJ-02");
    twin->rule = FY_SUPPLY_RULE_AREA_DAY;   /* a rule without an amount */
    g_assert_cmpint (fy_supplies_save_item (store, twin, &error), ==, 0);
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
  }
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_item"), ==, 1);
}

static void
test_reversal (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 item = add_item (store, "FH-01", "防护服", "套");
  gint64 a = receive (store, item, "2026-11-01", 10, "A", "2027-11-01");
  gint64 receipt = fy_test_query_int (store, "SELECT max(id) FROM supply_doc");
  gint64 out = issue (store, item, "2026-11-10", 4, &error);
  gint64 rev;
  sqlite3 *db = fy_store_get_db (store);

  g_assert_cmpint (out, >, 0);
  /* No reason: refused. */
  g_assert_cmpint (fy_supplies_reverse (store, out, TODAY, "", &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  /* The receipt cannot be reversed while 4 of it are out. */
  g_assert_cmpint (fy_supplies_reverse (store, receipt, TODAY, "数量录错", &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);

  fy_store_set_actor (store, "钱保管");   /* who is at the desk (issue 10 item 2) */
  rev = fy_supplies_reverse (store, out, TODAY, "领用登记重复", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rev, >, 0);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM supply_doc WHERE id = %" G_GINT64_FORMAT
                                            " AND actor = '钱保管'", rev);
    g_assert_cmpint (fy_test_query_int (store, sql), ==, 1);
  }
  g_assert_cmpint (batch_on_hand (store, a), ==, 10);
  /* The issue is still there, and a red line of the same kind undoes it. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_move WHERE kind = 'issue'"), ==, 2);
  g_assert_cmpint (fy_test_query_int (store, "SELECT sum(qty) FROM supply_move WHERE kind = 'issue'"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'supply_doc'"
                                             " AND action = 'insert' AND field = 'reverses_id'"), ==, 1);
  /* Not twice, and not a reversal. */
  g_assert_cmpint (fy_supplies_reverse (store, out, TODAY, "再次", &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_supplies_reverse (store, rev, TODAY, "再次", &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fy_supplies_reverse (store, 4242, TODAY, "无", &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Now the receipt can go: the stock is empty. */
  g_assert_cmpint (fy_supplies_reverse (store, receipt, TODAY, "数量录错", &error), >, 0);
  g_assert_cmpint (fy_supplies_on_hand (store, item, &error), ==, 0);

  /* Movements and documents are never edited or deleted. */
  g_assert_cmpint (0xff & sqlite3_exec (db, "UPDATE supply_move SET qty = 1", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (0xff & sqlite3_exec (db, "DELETE FROM supply_move", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (0xff & sqlite3_exec (db, "UPDATE supply_doc SET day = '2026-01-01'", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (0xff & sqlite3_exec (db, "DELETE FROM supply_doc", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
}

/* The item's movement list: one line per document and batch, newest
 * first, signed, with what the reader recognises it by, and which
 * documents are reversed already. */
static void
test_movements (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 item = add_item (store, "FH-01", "防护服", "套");
  gint64 other = add_item (store, "FH-02", "隔离衣", "件");
  gint64 out;
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GPtrArray) first = NULL;
  FySupplyMovement *m;

  receive (store, item, "2026-11-01", 3, "A", "2027-01-01");
  receive (store, item, "2026-11-02", 10, "B", "2027-06-01");
  receive (store, other, "2026-11-02", 10, "C", "");
  out = issue (store, item, "2026-11-10", 5, &error);
  g_assert_cmpint (out, >, 0);
  g_assert_cmpint (fy_supplies_reverse (store, out, TODAY, "登记重复", &error), >, 0);

  moves = fy_supplies_list_movements (store, item, 0, &error);
  g_assert_no_error (error);
  /* reversal (2 batches), issue (2 batches), two receipts */
  g_assert_cmpuint (moves->len, ==, 6);
  m = g_ptr_array_index (moves, 0);
  g_assert_cmpint (m->kind, ==, FY_SUPPLY_DOC_REVERSAL);
  g_assert_cmpstr (m->day, ==, TODAY);
  g_assert_cmpstr (m->batch_no, ==, "A");
  g_assert_cmpint (m->quantity, ==, 3);
  g_assert_cmpstr (m->detail, ==, "登记重复");
  g_assert_false (m->reversed);
  m = g_ptr_array_index (moves, 2);
  g_assert_cmpint (m->kind, ==, FY_SUPPLY_DOC_ISSUE);
  g_assert_cmpint (m->doc_id, ==, out);
  g_assert_cmpstr (m->batch_no, ==, "A");
  g_assert_cmpint (m->quantity, ==, -3);
  g_assert_cmpstr (m->detail, ==, "装配部");
  g_assert_true (m->reversed);
  m = g_ptr_array_index (moves, 3);
  g_assert_cmpstr (m->batch_no, ==, "B");
  g_assert_cmpint (m->quantity, ==, -2);
  m = g_ptr_array_index (moves, 5);
  g_assert_cmpint (m->kind, ==, FY_SUPPLY_DOC_RECEIPT);
  g_assert_cmpint (m->quantity, ==, 3);
  g_assert_false (m->reversed);
  /* The limit keeps the newest. */
  first = fy_supplies_list_movements (store, item, 1, &error);
  g_assert_cmpuint (first->len, ==, 1);
  g_assert_cmpint (((FySupplyMovement *) g_ptr_array_index (first, 0))->kind, ==, FY_SUPPLY_DOC_REVERSAL);
}

static void
test_return_scrap_stocktake (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 item = add_item (store, "ST-01", "手套", "副");
  gint64 a = receive (store, item, "2026-10-01", 50, "A", "2026-11-10");
  gint64 b = receive (store, item, "2026-10-01", 30, "B", "2027-11-10");
  FySupplyBatchMoveInput back = { .day = TODAY, .batch_id = b, .quantity = 5, .person = "李四" };
  FySupplyBatchMoveInput scrap = { .day = TODAY, .batch_id = a, .quantity = 60 };
  FySupplyCount counts[] = { { a, 50 }, { b, 23 } };

  /* Nothing of B was issued yet: nothing to return. */
  g_assert_cmpint (fy_supplies_return (store, &back, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (issue (store, item, TODAY, 8, &error), >, 0);   /* A expired: all from B */
  g_assert_cmpint (batch_on_hand (store, b), ==, 22);
  g_assert_cmpint (fy_supplies_return (store, &back, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (batch_on_hand (store, b), ==, 27);
  back.quantity = 4;   /* only 3 are still out */
  g_assert_cmpint (fy_supplies_return (store, &back, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);

  /* Scrap the expired batch: a reason is required, not more than on hand. */
  g_assert_cmpint (fy_supplies_scrap (store, &scrap, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  scrap.reason = "过期报废，经理批准";
  g_assert_cmpint (fy_supplies_scrap (store, &scrap, &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  scrap.quantity = 45;
  g_assert_cmpint (fy_supplies_scrap (store, &scrap, &error), >, 0);
  g_assert_cmpint (batch_on_hand (store, a), ==, 5);

  /* Stock-take: A counted 50 (45 more than the books), B 23 (4 fewer). No
   * reason: refused. */
  counts[0].counted = 50;
  g_assert_cmpint (fy_supplies_stocktake (store, TODAY, item, counts, 2, "", &error), ==, 0);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  counts[0].counted = 5;
  g_assert_cmpint (fy_supplies_stocktake (store, TODAY, item, counts, 2, "盘亏，破损未登记", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (batch_on_hand (store, a), ==, 5);
  g_assert_cmpint (batch_on_hand (store, b), ==, 23);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_move WHERE kind = 'adjust'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT qty * dir FROM supply_move WHERE kind = 'adjust'"), ==, 4);
  /* Everything agrees: no difference, no reason needed, no movement. */
  g_assert_cmpint (fy_supplies_stocktake (store, TODAY, item, counts, 2, NULL, &error), >, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_move WHERE kind = 'adjust'"), ==, 1);
}

/* ---- property test ------------------------------------------------------ */

typedef struct
{
  gint64 id;
  gint64 balance;
} ModelBatch;

static void
check_batches (FyStore *store, GArray *model)
{
  for (guint i = 0; i < model->len; i++)
    {
      ModelBatch *m = &g_array_index (model, ModelBatch, i);
      g_autofree char *sum = g_strdup_printf ("SELECT coalesce(sum(qty), 0) FROM supply_move WHERE batch_id = %"
                                              G_GINT64_FORMAT, m->id);
      g_assert_cmpint (m->balance, >=, 0);
      g_assert_cmpint (batch_on_hand (store, m->id), ==, m->balance);
      g_assert_cmpint (fy_test_query_int (store, sum), ==, m->balance);
    }
}

static void
test_property (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  gint64 items[3];
  g_autoptr(GArray) model = g_array_new (FALSE, FALSE, sizeof (ModelBatch));
  g_autoptr(GArray) docs = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *day = g_strdup ("2025-12-01");
  guint refused = 0, days_done = 0;

  items[0] = add_item (store, "P-1", "口罩", "个");
  items[1] = add_item (store, "P-2", "酒精", "瓶");
  items[2] = add_item (store, "P-3", "试剂", "盒");
  while (strcmp (day, TODAY) <= 0)
    {
      for (int step = 0; step < 3; step++)
        {
          gint64 item = items[g_test_rand_int_range (0, 3)];
          int op = g_test_rand_int_range (0, 10);
          gint64 qty = g_test_rand_int_range (1, 60);
          gint64 doc = 0;

          if (op < 3)
            {
              g_autofree char *expires = fy_date_add_days (day, g_test_rand_int_range (-10, 120));
              ModelBatch m = { receive (store, item, day, qty, "R", expires), qty };
              g_array_append_val (model, m);
              doc = fy_test_query_int (store, "SELECT max(id) FROM supply_doc");
            }
          else if (op < 7)
            {
              g_autoptr(GArray) plan = fy_supplies_plan_issue (store, item, qty, day, NULL);
              doc = issue (store, item, day, qty, &error);
              g_assert_cmpint (doc > 0, ==, plan != NULL);
              for (guint t = 0; plan != NULL && t < plan->len; t++)
                for (guint i = 0; i < model->len; i++)
                  if (g_array_index (model, ModelBatch, i).id == g_array_index (plan, FySupplyTake, t).batch_id)
                    g_array_index (model, ModelBatch, i).balance -= g_array_index (plan, FySupplyTake, t).quantity;
            }
          else if (op < 8 && model->len > 0)
            {
              ModelBatch *m = &g_array_index (model, ModelBatch, g_test_rand_int_range (0, model->len));
              FySupplyBatchMoveInput in = { .day = day, .batch_id = m->id, .quantity = qty, .reason = "破损" };
              doc = fy_supplies_scrap (store, &in, &error);
              g_assert_cmpint (doc > 0, ==, qty <= m->balance);
              if (doc > 0)
                m->balance -= qty;
            }
          else if (op < 9 && model->len > 0)
            {
              ModelBatch *m = &g_array_index (model, ModelBatch, g_test_rand_int_range (0, model->len));
              g_autofree char *sql = g_strdup_printf ("SELECT item_id FROM supply_batch WHERE id = %"
                                                      G_GINT64_FORMAT, m->id);
              gint64 counted = m->balance + g_test_rand_int_range (-3, 4);
              FySupplyCount count = { m->id, MAX (0, counted) };
              doc = fy_supplies_stocktake (store, day, fy_test_query_int (store, sql), &count, 1, "盘点差异", &error);
              g_assert_no_error (error);
              g_assert_cmpint (doc, >, 0);
              m->balance = count.counted;
            }
          else if (docs->len > 0)
            {
              gint64 target = g_array_index (docs, gint64, g_test_rand_int_range (0, docs->len));
              g_autofree char *sql = g_strdup_printf ("SELECT batch_id, qty FROM supply_move WHERE doc_id = %"
                                                      G_GINT64_FORMAT, target);
              g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store, sql, NULL);
              g_autoptr(GArray) undo = g_array_new (FALSE, FALSE, sizeof (FySupplyTake));
              while (sqlite3_step (stmt) == SQLITE_ROW)
                {
                  FySupplyTake t = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };
                  g_array_append_val (undo, t);
                }
              doc = fy_supplies_reverse (store, target, day, "录入错误", &error);
              for (guint t = 0; doc > 0 && t < undo->len; t++)
                for (guint i = 0; i < model->len; i++)
                  if (g_array_index (model, ModelBatch, i).id == g_array_index (undo, FySupplyTake, t).batch_id)
                    g_array_index (model, ModelBatch, i).balance -= g_array_index (undo, FySupplyTake, t).quantity;
              doc = 0;   /* a reversal is not reversed */
            }
          if (error != NULL)
            {
              g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
              g_clear_error (&error);
              refused++;
            }
          if (doc > 0)
            g_array_append_val (docs, doc);
        }
      if (++days_done % 7 == 0)
        check_batches (store, model);
      {
        char *next = fy_date_add_days (day, 1);
        g_free (day);
        day = next;
      }
    }
  check_batches (store, model);
  g_assert_cmpuint (refused, >, 0);   /* the random walk did try over-issues */

  /* 期初 + 入库 − 出库 = 结存 for every item and month. */
  for (int month = 0; month < 12; month++)
    for (guint i = 0; i < G_N_ELEMENTS (items); i++)
      {
        g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_DECEMBER, 2025);
        char from[11], to[11];
        g_autofree char *q_open = NULL, *q_in = NULL, *q_out = NULL, *q_close = NULL;

        g_date_add_months (first, month);
        g_date_strftime (from, sizeof from, "%Y-%m-%d", first);
        g_date_add_months (first, 1);
        g_date_subtract_days (first, 1);
        g_date_strftime (to, sizeof to, "%Y-%m-%d", first);
#define Q(cond) g_strdup_printf ("SELECT coalesce(sum(qty), 0) FROM supply_move WHERE item_id = %" \
                                 G_GINT64_FORMAT " AND %s", items[i], cond)
        {
          g_autofree char *c_open = g_strdup_printf ("day < '%s'", from);
          g_autofree char *c_in = g_strdup_printf ("dir = 1 AND day BETWEEN '%s' AND '%s'", from, to);
          g_autofree char *c_out = g_strdup_printf ("dir = -1 AND day BETWEEN '%s' AND '%s'", from, to);
          g_autofree char *c_close = g_strdup_printf ("day <= '%s'", to);
          q_open = Q (c_open);
          q_in = Q (c_in);
          q_out = Q (c_out);
          q_close = Q (c_close);
        }
#undef Q
        g_assert_cmpint (fy_test_query_int (store, q_open) + fy_test_query_int (store, q_in)
                         - (-fy_test_query_int (store, q_out)), ==, fy_test_query_int (store, q_close));
      }
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM supply_batch WHERE on_hand < 0"), ==, 0);
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, TODAY);
  g_test_add_func ("/supplies/fefo", test_fefo);
  g_test_add_func ("/supplies/override", test_override);
  g_test_add_func ("/supplies/bad-input", test_bad_input);
  g_test_add_func ("/supplies/reversal", test_reversal);
  g_test_add_func ("/supplies/return-scrap-stocktake", test_return_scrap_stocktake);
  g_test_add_func ("/supplies/movements", test_movements);
  g_test_add_func ("/supplies/property", test_property);
  return g_test_run ();
}
