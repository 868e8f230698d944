/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-supplies.c — the supply ledgers of reference/ledgers.md §5:
 * 入库登记 (stock-in), 出库/领用登记 (stock-out), 库存台账（月）(stock),
 * 过期物资台账 (stock-expired) and the purchase list for procurement
 * (purchase-list). A reversal (红冲) appears as a red line of the same
 * ledger with the opposite quantity and its reason; nothing is hidden.
 * The stock figures come from FY_SUPPLY_STOCK_CTE, the same SQL as the
 * stock view. The warehouse signatures (保管员 · 记账员 · 负责人 · 盘点日期)
 * are printed under the table as the ledger's note. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-ledger-defs.h"
#include "fy-supplies-private.h"
#include "fy-supplies-stock.h"

/* Words spliced into remarks, and the stock CTE's parameters. */
static gboolean
supplies_build (FyLedger *ledger, FyStore *store, GError **error)
{
  g_autofree char *today = fy_today ();
  g_autofree char *since = fy_date_add_days (today, 1 - FY_SUPPLY_USE_DAYS);

  /* Translators: start of the remark of a reversing line in a supply ledger; the reason follows. */
  fy_ledger_set_param_text (ledger, ":reversal", _("Reversal (red entry): "));
  /* Translators: start of the remark of an issue whose batches were chosen by hand; the reason follows. */
  fy_ledger_set_param_text (ledger, ":override", _("Batches chosen by hand: "));
  fy_ledger_set_param_text (ledger, ":since", since);
  fy_ledger_set_param_int (ledger, ":use_days", FY_SUPPLY_USE_DAYS);
  fy_ledger_set_param_int (ledger, ":shifts", fy_supplies_shifts (store));
  fy_ledger_set_param_int (ledger, ":reserve_default", fy_supplies_reserve_days (store));
  return TRUE;
}

static const char *
or_blank (const char *text)
{
  return text && *text ? text : "__________";
}

/* The registers of the store (in, out, stock, expired) as the warehouse
 * keeps them: the title block names the warehouse (setting
 * "supplies.warehouse") beside the company, and the signatures are the
 * store's own — keeper ("supplies.keeper"), bookkeeper (the officer who
 * makes the table), person in charge (the reviewer) and the date of the
 * last stock-take up to the end of the period. */
static gboolean
store_register_build (FyLedger *ledger, FyStore *store, GError **error)
{
  g_autofree char *warehouse = fy_store_get_setting (store, "supplies.warehouse");
  g_autofree char *keeper = fy_store_get_setting (store, "supplies.keeper");
  g_autofree char *counted = fy_supplies_last_stocktake (store, fy_ledger_get_to (ledger));
  g_autofree char *company = NULL;
  g_autofree char *signature = NULL;

  if (!supplies_build (ledger, store, error))
    return FALSE;
  /* Translators: title block of a store register (单位名称 / 仓库). */
  company = g_strdup_printf (_("Company: %s    Warehouse: %s"), fy_ledger_get_company (ledger), or_blank (warehouse));
  /* Translators: signatures under a store register (保管员 / 记账员 / 负责人 / 盘点日期). */
  signature = g_strdup_printf (_("Keeper: %s    Bookkeeper: %s    Person in charge: %s    Stock-take date: %s"),
                               or_blank (keeper), or_blank (fy_ledger_get_preparer (ledger)),
                               or_blank (fy_ledger_get_reviewer (ledger)), counted ? counted : "______ / ____ / ____");
  fy_ledger_set_company_line (ledger, company);
  fy_ledger_set_signature_line (ledger, signature);
  return TRUE;
}

/* ---- 入库登记 ------------------------------------------------------------ */

static const FyLedgerColumn in_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "day", N_("Date"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "receipt_no", N_("Receipt no."), NULL, FY_COLUMN_TEXT, 15, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "item", N_("Supply item"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "spec", N_("Specification"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "unit", N_("Unit"), NULL, FY_COLUMN_TEXT, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "quantity", N_("Quantity"), NULL, FY_COLUMN_NUMBER, 7, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "produced", N_("Production date"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "expires", N_("Expiry date"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "batch_no", N_("Batch no."), NULL, FY_COLUMN_TEXT, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "maker", N_("Manufacturer"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "source", N_("Source"), NULL, FY_COLUMN_ENUM, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_supply_source_labels },
  { "supplier", N_("Supplier"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "price", N_("Unit price (yuan)"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "place", N_("Storage place"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "inspector", N_("Inspected by"), NULL, FY_COLUMN_TEXT, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "keeper", N_("Keeper"), NULL, FY_COLUMN_TEXT, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "disinfected", N_("Disinfected"), NULL, FY_COLUMN_BOOL, 6, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "note", N_("Note"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* Receipts and returns to the store by day; a reversal line repeats the
 * receipt it undoes with the opposite quantity. */
static const char in_sql[] =
  "SELECT 0, m.day, o.doc_no, i.name, i.spec, i.unit, m.qty, nullif(b.produced, ''), nullif(b.expires, ''),"
  " b.batch_no, b.maker, iif(m.kind = 'return', 'return', o.source), o.supplier,"
  " o.unit_price_fen / 100.0, o.place, o.inspector, o.keeper, o.disinfected,"
  " iif(d.kind = 'reversal', :reversal || d.reason, trim(d.reason || ' ' || d.note)),"
  " iif(d.kind = 'reversal', :bit_quantity | :bit_note, 0)"
  " FROM supply_move m JOIN supply_doc d ON d.id = m.doc_id"
  " JOIN supply_doc o ON o.id = coalesce(d.reverses_id, d.id)"
  " JOIN supply_item i ON i.id = m.item_id JOIN supply_batch b ON b.id = m.batch_id"
  " WHERE m.kind IN ('receipt', 'return') AND m.day BETWEEN :from AND :to"
  " ORDER BY m.day, m.id";

const FyLedgerDef fy_ledger_def_stock_in = {
  .id = "stock-in",
  .title = N_("Supplies Receipt Register"),
  .description = N_("Every receipt of supplies in a period: receipt number, batch, dates of production and expiry, "
                    "source, inspector and keeper"),
  .period = FY_PERIOD_RANGE,
  .columns = in_columns,
  .n_columns = G_N_ELEMENTS (in_columns),
  .sql = in_sql,
  .build = store_register_build,
};

/* ---- 出库/领用登记 -------------------------------------------------------- */

static const FyLedgerColumn out_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "day", N_("Date"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "item", N_("Supply item"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "spec", N_("Specification"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "unit", N_("Unit"), NULL, FY_COLUMN_TEXT, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "quantity", N_("Quantity"), NULL, FY_COLUMN_NUMBER, 7, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "batch_no", N_("Batch no."), NULL, FY_COLUMN_TEXT, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "expires", N_("Expiry date"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "to_kind", N_("Issued to"), NULL, FY_COLUMN_ENUM, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, fy_supply_recipient_labels },
  { "recipient", N_("Department / area / person"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "purpose", N_("Purpose"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "taker", N_("Received by (signature)"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "approver", N_("Approved by"), NULL, FY_COLUMN_TEXT, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "issuer", N_("Issued by"), NULL, FY_COLUMN_TEXT, 7, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "note", N_("Note"), NULL, FY_COLUMN_TEXT, 16, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* One line per batch an issue took from, by day. */
static const char out_sql[] =
  "SELECT 0, m.day, i.name, i.spec, i.unit, -m.qty, b.batch_no, nullif(b.expires, ''),"
  " nullif(o.recipient_kind, ''), o.recipient, o.purpose, o.taker, o.approver, o.issuer,"
  " CASE WHEN d.kind = 'reversal' THEN :reversal || d.reason"
  "  WHEN o.reason <> '' THEN :override || o.reason ELSE o.note END,"
  " iif(d.kind = 'reversal', :bit_quantity | :bit_note, 0)"
  " FROM supply_move m JOIN supply_doc d ON d.id = m.doc_id"
  " JOIN supply_doc o ON o.id = coalesce(d.reverses_id, d.id)"
  " JOIN supply_item i ON i.id = m.item_id JOIN supply_batch b ON b.id = m.batch_id"
  " WHERE m.kind = 'issue' AND m.day BETWEEN :from AND :to"
  " ORDER BY m.day, m.id";

const FyLedgerDef fy_ledger_def_stock_out = {
  .id = "stock-out",
  .title = N_("Supplies Issue Register"),
  .description = N_("Every issue of supplies in a period, per batch: to whom, purpose, who received, approved and issued"),
  .period = FY_PERIOD_RANGE,
  .columns = out_columns,
  .n_columns = G_N_ELEMENTS (out_columns),
  .sql = out_sql,
  .build = store_register_build,
};

/* ---- 库存台账（月） ------------------------------------------------------- */

static const FyCodeLabel warning_labels[] = {
  { "below_minimum", N_("Below minimum stock") },
  { "below_target", N_("Below reserve target") },
  { "expired", N_("Expired stock on hand") },
  { "expiring", N_("Expires within 30 days") },
  FY_CODE_LABEL_END
};

static const FyLedgerColumn stock_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "item", N_("Supply item"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "spec", N_("Specification"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "unit", N_("Unit"), NULL, FY_COLUMN_TEXT, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "opening", N_("Opening balance"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "in", N_("Received"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "out", N_("Issued"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "closing", N_("Closing balance"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "daily_use", N_("Average daily use"), NULL, FY_COLUMN_NUMBER, 9, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "cover", N_("Days of cover"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "next_expiry", N_("Nearest expiry"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "warning", N_("Warning"), NULL, FY_COLUMN_ENUM, 20, FY_ALIGN_START, FY_SENSITIVE_NONE, warning_labels },
};

/* Per item: opening balance, in (receipts, returns, stock-take gains and
 * their reversals) and out (issues, scrap, stock-take losses) of the month,
 * closing = opening + in − out; the month's average daily issue (over the
 * days up to today); days of cover of the closing stock against the larger
 * of that use and today's planned use. Nearest expiry and warnings are
 * today's, as in the stock view. */
static const char stock_sql[] =
  FY_SUPPLY_STOCK_CTE ","
  " moves AS (SELECT item_id, sum(iif(day < :from, qty, 0)) AS opening,"
  "  sum(iif(day >= :from AND dir = 1, qty, 0)) AS q_in,"
  "  -sum(iif(day >= :from AND dir = -1, qty, 0)) AS q_out,"
  "  -sum(iif(day >= :from AND kind = 'issue', qty, 0)) AS issued"
  "  FROM supply_move WHERE day <= :to GROUP BY item_id),"
  " mon AS (SELECT s.*, coalesce(mv.opening, 0) AS opening, coalesce(mv.q_in, 0) AS q_in,"
  "  coalesce(mv.q_out, 0) AS q_out, coalesce(mv.issued, 0) AS issued,"
  "  max(1, CAST(julianday(min(:to, :today)) - julianday(:from) + 1 AS INTEGER)) AS n_days"
  "  FROM stock s LEFT JOIN moves mv ON mv.item_id = s.id),"
  " mon_rate AS (SELECT mon.*, max(issued * 1000 / n_days, planned_milli) AS month_rate FROM mon)"
  " SELECT 0, name, spec, unit, opening, q_in, q_out, opening + q_in - q_out,"
  "  round(issued * 1.0 / n_days, 2),"
  "  iif(month_rate > 0, round((opening + q_in - q_out) * 1000.0 / month_rate, 1), NULL),"
  "  nullif(next_expiry, ''),"
  "  nullif(rtrim(iif(urgency = 0, 'below_minimum,', '') || iif(urgency = 1, 'below_target,', '')"
  "   || iif(expired > 0, 'expired,', '') || iif(expiring > 0, 'expiring,', ''), ','), ''),"
  "  iif(urgency < 4, :bit_warning, 0) | iif(urgency < 2, :bit_closing, 0)"
  " FROM mon_rate"
  " ORDER BY CASE category WHEN 'protective' THEN 0 WHEN 'disinfection' THEN 1 WHEN 'testing' THEN 2"
  "  WHEN 'medical' THEN 3 ELSE 4 END, name, id";

const FyLedgerDef fy_ledger_def_stock = {
  .id = "stock",
  .title = N_("Monthly Supplies Stock Ledger"),
  .description = N_("Per item for a month: opening, in, out, closing, average daily use, days of cover, "
                    "nearest expiry and warnings"),
  .period = FY_PERIOD_MONTH,
  .columns = stock_columns,
  .n_columns = G_N_ELEMENTS (stock_columns),
  .sql = stock_sql,
  .build = store_register_build,
};

/* ---- 过期物资台账 --------------------------------------------------------- */

static const FyCodeLabel expired_state_labels[] = {
  { "pending", N_("In store, awaiting disposal") },
  { "scrapped", N_("Scrapped") },
  FY_CODE_LABEL_END
};

static const FyLedgerColumn expired_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "item", N_("Supply item"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "spec", N_("Specification"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "unit", N_("Unit"), NULL, FY_COLUMN_TEXT, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "quantity", N_("Quantity"), NULL, FY_COLUMN_NUMBER, 7, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "batch_no", N_("Batch no."), NULL, FY_COLUMN_TEXT, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "produced", N_("Production date"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "expires", N_("Expiry date"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "maker", N_("Manufacturer"), NULL, FY_COLUMN_TEXT, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "place", N_("Storage place"), NULL, FY_COLUMN_TEXT, 9, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "state", N_("Disposal"), NULL, FY_COLUMN_ENUM, 14, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, expired_state_labels },
  { "scrapped_on", N_("Scrap date"), NULL, FY_COLUMN_DATE, 11, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "reason", N_("Reason / approval"), NULL, FY_COLUMN_TEXT, 18, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
};

/* Expired batches still in store (highlighted), then what was scrapped in
 * the period (net of reversed scraps). */
static const char expired_sql[] =
  "SELECT 0, i.name, i.spec, i.unit, b.on_hand, b.batch_no, nullif(b.produced, ''), b.expires, b.maker,"
  "  i.place, 'pending', NULL, '', :bit_state | :bit_quantity"
  " FROM supply_batch b JOIN supply_item i ON i.id = b.item_id"
  " WHERE b.on_hand > 0 AND b.expires <> '' AND b.expires < :today"
  " UNION ALL"
  " SELECT 0, i.name, i.spec, i.unit, -m.qty, b.batch_no, nullif(b.produced, ''), nullif(b.expires, ''), b.maker,"
  "  i.place, 'scrapped', m.day,"
  "  iif(d.kind = 'reversal', :reversal || d.reason, trim(d.reason || ' ' || d.approver)),"
  "  iif(d.kind = 'reversal', :bit_quantity, 0)"
  " FROM supply_move m JOIN supply_doc d ON d.id = m.doc_id"
  " JOIN supply_item i ON i.id = m.item_id JOIN supply_batch b ON b.id = m.batch_id"
  " WHERE m.kind = 'scrap' AND m.day BETWEEN :from AND :to"
  " ORDER BY 11, 12, 8, 2";

const FyLedgerDef fy_ledger_def_stock_expired = {
  .id = "stock-expired",
  .title = N_("Expired Supplies Register"),
  .description = N_("Expired batches still in store, and what was scrapped in a period with its approval"),
  .period = FY_PERIOD_RANGE,
  .columns = expired_columns,
  .n_columns = G_N_ELEMENTS (expired_columns),
  .sql = expired_sql,
  .build = store_register_build,
};

/* ---- 采购清单 ------------------------------------------------------------- */

static const FyLedgerColumn purchase_columns[] = {
  { "serial", N_("No."), NULL, FY_COLUMN_SERIAL, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "code", N_("Item code"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "item", N_("Supply item"), NULL, FY_COLUMN_TEXT, 14, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "category", N_("Category"), NULL, FY_COLUMN_ENUM, 12, FY_ALIGN_START, FY_SENSITIVE_NONE, fy_supply_category_labels },
  { "spec", N_("Specification"), NULL, FY_COLUMN_TEXT, 10, FY_ALIGN_START, FY_SENSITIVE_NONE, NULL },
  { "unit", N_("Unit"), NULL, FY_COLUMN_TEXT, 5, FY_ALIGN_CENTER, FY_SENSITIVE_NONE, NULL },
  { "usable", N_("Usable stock"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "daily_use", N_("Daily use"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "cover", N_("Days of cover"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "reserve_days", N_("Reserve days"), NULL, FY_COLUMN_NUMBER, 7, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "target", N_("Reserve target"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "minimum", N_("Minimum stock"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
  { "buy", N_("To buy"), NULL, FY_COLUMN_NUMBER, 8, FY_ALIGN_END, FY_SENSITIVE_NONE, NULL },
};

/* What to buy to reach the larger of the reserve target and the minimum,
 * most urgent first; daily use is the larger of actual and planned. */
static const char purchase_sql[] =
  FY_SUPPLY_STOCK_CTE
  " SELECT 0, code, name, category, spec, unit, usable, round(rate_milli / 1000.0, 2),"
  "  iif(rate_milli > 0, cover_tenths / 10.0, NULL), reserve_days, target, min_stock, shortfall,"
  "  :bit_buy | iif(urgency = 0, :bit_usable, 0)"
  " FROM stock WHERE shortfall > 0"
  " ORDER BY urgency, cover_tenths IS NULL, cover_tenths, name, id";

const FyLedgerDef fy_ledger_def_purchase_list = {
  .id = "purchase-list",
  .title = N_("Supplies Purchase List"),
  .description = N_("What to buy to reach each item’s reserve target and minimum stock, most urgent first"),
  .period = FY_PERIOD_NONE,
  .columns = purchase_columns,
  .n_columns = G_N_ELEMENTS (purchase_columns),
  .sql = purchase_sql,
  .build = supplies_build,
  .note = N_("Reserve target = planned daily use (consumption rule × people on site today, areas of the zone map "
             "or a fixed amount) × reserve days. Daily use is the larger of the last 30 days’ average and the "
             "planned use."),
};
