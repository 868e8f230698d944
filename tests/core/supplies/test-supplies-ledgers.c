/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The supply ledgers on one fixture, each read back from xlsx with
 * openpyxl: the receipt and issue registers (a FEFO split as two lines, a
 * reversal as a red line with the opposite quantity), the monthly stock
 * ledger (opening + in − out = closing, daily use, days of cover,
 * warnings), the expired supplies register and the purchase list; the
 * registers' title block names the warehouse and their signature line is
 * the store's (keeper, bookkeeper, person in charge, stock-take date). */
#include "config.h"

#include <string.h>

#include "fy-error.h"
#include "fy-ledger.h"
#include "fy-supplies.h"
#include "fy-test-support.h"

#define TODAY "2026-11-20"

static gint64
add_item (FyStore *store, const char *code, const char *name, FySupplyCategory category, FySupplyRule rule,
          gint64 milli, gint64 min_stock)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FySupplyItem) item = fy_supply_item_new ();
  gint64 id;

  fy_test_set_text (&item->code, code);
  fy_test_set_text (&item->name, name);
  fy_test_set_text (&item->unit, "个");
  fy_test_set_text (&item->spec, "规格");
  item->category = category;
  item->rule = rule;
  item->rule_milli = milli;
  item->min_stock = min_stock;
  id = fy_supplies_save_item (store, item, &error);
  g_assert_no_error (error);
  return id;
}

static FyStore *
make_fixture (void)
{
  g_autoptr(GError) error = NULL;
  FyStore *store = fy_test_open_store ();
  gint64 kz, xd, second;
  FySupplyReceiptInput r1 = { .day = "2026-10-05", .quantity = 500, .batch_no = "B1", .expires = "2026-12-01",
                              .maker = "稳健医疗", .unit_price_fen = 35, .inspector = "赵验收", .keeper = "钱保管" };
  FySupplyReceiptInput r2 = { .day = "2026-11-03", .quantity = 300, .receipt_no = "RK-100", .batch_no = "B2",
                              .produced = "2026-10-01", .expires = "2027-11-01", .maker = "振德医疗",
                              .source = FY_SUPPLY_SOURCE_DONATION, .unit_price_fen = -1, .disinfected = TRUE };
  FySupplyReceiptInput r3 = { .day = "2026-09-01", .quantity = 20, .batch_no = "OLD", .expires = "2026-11-01",
                              .unit_price_fen = -1 };
  FySupplyIssueInput i1 = { .day = "2026-11-10", .quantity = 550, .recipient_kind = FY_SUPPLY_TO_DEPARTMENT,
                            .recipient = "装配部", .purpose = "日常防护", .taker = "孙领用", .approver = "周审批",
                            .issuer = "钱保管" };
  FySupplyIssueInput i2 = { .day = "2026-11-12", .quantity = 10, .recipient_kind = FY_SUPPLY_TO_AREA,
                            .recipient = "隔离点" };
  FySupplyBatchMoveInput scrap = { .day = "2026-11-15", .quantity = 5, .reason = "过期报废", .person = "王经理" };

  for (int i = 0; i < 9; i++)
    {
      g_autofree char *no = g_strdup_printf ("E%d", i);
      fy_test_add_staff (store, no, "员工", NULL);
    }
  kz = add_item (store, "KZ", "医用外科口罩", FY_SUPPLY_PROTECTIVE, FY_SUPPLY_RULE_PERSON_DAY, 2000, 100);
  xd = add_item (store, "XD", "84消毒液", FY_SUPPLY_DISINFECTION, FY_SUPPLY_RULE_FIXED_DAY, 1000, 0);
  r1.item_id = r2.item_id = kz;
  r3.item_id = xd;
  i1.item_id = i2.item_id = kz;
  g_assert_cmpint (fy_supplies_receive (store, &r1, &error), >, 0);
  g_assert_cmpint (fy_supplies_receive (store, &r2, &error), >, 0);
  g_assert_cmpint (fy_supplies_receive (store, &r3, &error), >, 0);
  g_assert_cmpint (fy_supplies_issue (store, &i1, &error), >, 0);
  second = fy_supplies_issue (store, &i2, &error);
  g_assert_cmpint (fy_supplies_reverse (store, second, "2026-11-13", "重复登记", &error), >, 0);
  scrap.batch_id = fy_test_query_int (store, "SELECT id FROM supply_batch WHERE batch_no = 'OLD'");
  g_assert_cmpint (fy_supplies_scrap (store, &scrap, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (fy_store_set_setting (store, "supplies.warehouse", "一号库", &error));
  g_assert_true (fy_store_set_setting (store, "supplies.keeper", "钱保管", &error));
  return store;
}

/* Checks per ledger id (sys.argv[2]); rows from 4, headers on row 3. */
static const char xlsx_check[] =
  "import sys\n"
  "which = sys.argv[2]\n"
  "rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4)]\n"
  "rows = [r for r in rows if isinstance(r[0], (int, float))]\n"
  "headers = [c.value for c in ws[3]]\n"
  "def day(v): return str(v)[:10] if v is not None else None\n"
  "def num(r, i):\n"
  "    assert isinstance(r[i], (int, float)), (which, i, r)\n"
  "    return r[i]\n"
  "if which == 'stock-in':\n"
  "    assert 'Receipt no.' in headers and 'Expiry date' in headers, headers\n"
  "    assert len(rows) == 1, rows\n"
  "    r = rows[0]\n"
  "    assert day(r[1]) == '2026-11-03' and r[2] == 'RK-100' and r[3] == '医用外科口罩', r\n"
  "    assert num(r, 6) == 300 and day(r[7]) == '2026-10-01' and day(r[8]) == '2027-11-01' and r[9] == 'B2', r\n"
  "    assert r[11] == 'Donated' and r[17] == 'Yes', r\n"
  "elif which == 'stock-out':\n"
  "    assert len(rows) == 4, rows\n"
  "    assert [r[6] for r in rows] == ['B1', 'B2', 'B2', 'B2'], rows\n"
  "    assert [num(r, 5) for r in rows] == [500, 50, 10, -10], rows\n"
  "    assert rows[0][9] == '装配部' and rows[0][11] == '孙领用' and rows[0][8] == 'Department', rows[0]\n"
  "    assert rows[3][14].startswith('Reversal') and '重复登记' in rows[3][14], rows[3]\n"
  "    assert ws.cell(row=7, column=6).font.b, 'reversal not highlighted'\n"
  "elif which == 'stock':\n"
  "    assert headers[4:12] == ['Opening balance', 'Received', 'Issued', 'Closing balance', 'Average daily use', 'Days of cover',"
  "        'Nearest expiry', 'Warning'], headers\n"
  "    assert len(rows) == 2, rows\n"
  "    kz, xd = rows\n"
  "    assert kz[1] == '医用外科口罩' and [num(kz, i) for i in range(4, 8)] == [500, 300, 550, 250], kz\n"
  "    assert abs(num(kz, 8) - 27.5) < 1e-9 and abs(num(kz, 9) - 9.1) < 1e-9, kz\n"
  "    assert day(kz[10]) == '2027-11-01' and kz[11] == 'Below reserve target', kz\n"
  "    assert [num(xd, i) for i in range(4, 8)] == [20, 0, 5, 15], xd\n"
  "    assert xd[11] == 'Below minimum stock, Expired stock on hand', xd\n"
  "    for r in rows: assert r[4] + r[5] - r[6] == r[7]\n"
  "elif which == 'stock-expired':\n"
  "    assert len(rows) == 2, rows\n"
  "    assert rows[0][10] == 'In store, awaiting disposal' and num(rows[0], 4) == 15 and rows[0][5] == 'OLD', rows\n"
  "    assert rows[1][10] == 'Scrapped' and num(rows[1], 4) == 5 and day(rows[1][11]) == '2026-11-15', rows\n"
  "    assert '过期报废' in rows[1][12] and '王经理' in rows[1][12], rows[1]\n"
  "elif which == 'purchase-list':\n"
  "    assert len(rows) == 2, rows\n"
  "    assert rows[0][1] == 'XD' and num(rows[0], 12) == 14 and rows[0][3] == 'Disinfection supplies', rows[0]\n"
  "    assert rows[1][1] == 'KZ' and num(rows[1], 10) == 252 and num(rows[1], 12) == 2, rows[1]\n"
  "texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]\n"
  "if which != 'purchase-list':\n"
  "    assert any(t.startswith('Company: ') and 'Warehouse: 一号库' in t for t in texts), texts[:4]\n"
  "    assert any(t.startswith('Keeper: 钱保管    Bookkeeper: ') and 'Stock-take date: ______' in t\n"
  "               for t in texts), texts[-3:]\n"
  "    assert not any('Keeper: ________' in t for t in texts), texts[-3:]\n"
  "print('ok')\n";

static void
test_ledgers (void)
{
  FY_TEST_LAST_REF FyStore *store = make_fixture ();
  g_autofree char *dir = fy_test_make_tmpdir ();
  const struct { const char *id, *from, *to; } cases[] = {
    { "stock-in", "2026-11-01", TODAY },
    { "stock-out", "2026-11-01", TODAY },
    { "stock", "2026-11-01", NULL },
    { "stock-expired", "2026-11-01", TODAY },
    { "purchase-list", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      FyLedgerParams params = { .from = cases[i].from, .to = cases[i].to };
      g_autoptr(FyLedger) ledger = fy_ledger_new (store, cases[i].id, &params, &error);
      g_autofree char *name = g_strconcat (cases[i].id, ".xlsx", NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *out = NULL;
      const char *args[] = { cases[i].id, NULL };

      g_assert_no_error (error);
      g_assert_true (fy_ledger_export (ledger, path, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      out = fy_test_read_xlsx (path, xlsx_check, args);
      g_assert_cmpstr (out, ==, "ok\n");
    }
}

/* The command line exports them too, and a PDF of the stock ledger reads. */
static void
test_cli (void)
{
  FY_TEST_LAST_REF FyStore *store = make_fixture ();
  g_autofree char *pdf = fy_test_tmp_path ("stock.pdf");
  g_autofree char *text = NULL;
  const char *args[] = { "export", "stock", "--from", "2026-11-01", "-o", pdf, NULL };
  g_autoptr(GError) error = NULL;
  gint64 xd = fy_test_query_int (store, "SELECT id FROM supply_item WHERE code = 'XD'");
  FySupplyCount count = { fy_test_query_int (store, "SELECT id FROM supply_batch WHERE batch_no = 'OLD'"), 14 };

  /* A stock-take dates the signature line. */
  g_assert_cmpint (fy_supplies_stocktake (store, "2026-11-18", xd, &count, 1, "蒸发", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_run_cli (fy_store_get_path (store), args, NULL), ==, 0);
  text = fy_test_pdf_text (pdf);
  g_assert_nonnull (strstr (text, "医用外科口罩"));
  g_assert_nonnull (strstr (text, "Keeper: 钱保管"));
  g_assert_nonnull (strstr (text, "Warehouse: 一号库"));
  g_assert_nonnull (strstr (text, "Stock-take date: 2026-11-18"));
}

/* `fangyi stock`: the warnings, exit status 3 below target, 0 when fine. */
static void
test_stock_command (void)
{
  FY_TEST_LAST_REF FyStore *store = make_fixture ();
  FY_TEST_LAST_REF FyStore *empty = fy_test_open_store ();
  const char *args[] = { "stock", NULL };
  const char *bad[] = { "stock", "--now", NULL };
  g_autofree char *out = NULL;
  g_autofree char *none = NULL;

  g_assert_cmpint (fy_test_run_cli (fy_store_get_path (store), args, &out), ==, 3);
  g_assert_nonnull (strstr (out, "1 below minimum stock, 1 below reserve target, 0 with stock expiring within "
                                 "30 days, 1 with expired stock"));
  g_assert_nonnull (strstr (out, "  XD 84消毒液: usable 0 个, target 14, days of cover 0.0, to buy 14 — "
                                 "below minimum stock, expired stock on hand\n"));
  g_assert_nonnull (strstr (out, "  KZ 医用外科口罩: usable 250 个, target 252"));
  g_assert_true (strstr (out, "XD") < strstr (out, "KZ"));
  g_assert_cmpint (fy_test_run_cli (fy_store_get_path (empty), args, &none), ==, 0);
  g_assert_nonnull (strstr (none, "0 below minimum stock, 0 below reserve target"));
  g_assert_cmpint (fy_test_run_cli (fy_store_get_path (empty), bad, NULL), ==, 2);
}

/* The daily report's supply line: the counts and the items concerned. */
static void
test_daily_report_line (void)
{
  FY_TEST_LAST_REF FyStore *store = make_fixture ();
  const char *args[] = { "report", "daily", "--date", TODAY, NULL };
  g_autofree char *out = NULL;

  g_assert_cmpint (fy_test_run_cli (fy_store_get_path (store), args, &out), ==, 0);
  g_assert_nonnull (strstr (out, "Supply warnings: Below minimum 1, below reserve target 1, expiring within 30 days 0, "
                                 "expired in store 1 (84消毒液 (below minimum stock); 医用外科口罩 (below reserve "
                                 "target); 84消毒液 (expired stock on hand))"));
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, TODAY);
  g_test_add_func ("/supplies-ledgers/xlsx", test_ledgers);
  g_test_add_func ("/supplies-ledgers/cli", test_cli);
  g_test_add_func ("/supplies-ledgers/stock-command", test_stock_command);
  g_test_add_func ("/supplies-ledgers/daily-report", test_daily_report_line);
  return g_test_run ();
}
