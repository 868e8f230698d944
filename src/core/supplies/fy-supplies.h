/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies.h — the supply stock (issue 11): the item master, receipts
 * into batches, issues split first-expiry-first-out across batches,
 * returns, scrap, stock-take adjustments and reversing movements (红冲).
 *
 * This is the public API other domains call too (the disinfection log
 * consumes disinfectant through fy_supplies_issue). Every write validates
 * its input before BEGIN, is one transaction and then emits
 * FY_STORE_CHANGE_SUPPLIES; bad input is FY_ERROR_INVALID (or CONFLICT /
 * NOT_FOUND) with a translated sentence and nothing written. Quantities are
 * exact integers of the item's unit; dates are YYYY-MM-DD. Documents and
 * movements are never edited or deleted. Called inside a transaction the
 * caller opened, a write joins it (no BEGIN / COMMIT, no signal): the
 * caller commits or rolls back everything and emits the change. */
#pragma once

#include <glib.h>

#include "fy-code-label.h"
#include "fy-store.h"

G_BEGIN_DECLS

typedef enum
{
  FY_SUPPLY_PROTECTIVE,    /* 防护用品 */
  FY_SUPPLY_DISINFECTION,  /* 消杀用品 */
  FY_SUPPLY_TESTING,       /* 检测用品 */
  FY_SUPPLY_MEDICAL,       /* 医疗/药品 */
  FY_SUPPLY_LIVING,        /* 生活物资 */
  FY_SUPPLY_N_CATEGORIES
} FySupplyCategory;

typedef enum
{
  FY_SUPPLY_RULE_NONE,
  FY_SUPPLY_RULE_PERSON_DAY,    /* per person on site per day */
  FY_SUPPLY_RULE_PERSON_SHIFT,  /* per person per shift */
  FY_SUPPLY_RULE_AREA_DAY,      /* per area of the zone map per day */
  FY_SUPPLY_RULE_FIXED_DAY,     /* a fixed amount per day */
  FY_SUPPLY_N_RULES
} FySupplyRule;

typedef enum
{
  FY_SUPPLY_SOURCE_PURCHASE,    /* 采购 */
  FY_SUPPLY_SOURCE_ALLOCATION,  /* 上级下拨 */
  FY_SUPPLY_SOURCE_DONATION,    /* 捐赠 */
  FY_SUPPLY_SOURCE_TRANSFER,    /* 调入 */
  FY_SUPPLY_SOURCE_RETURN,      /* 退库 */
  FY_SUPPLY_N_SOURCES
} FySupplySource;

typedef enum
{
  FY_SUPPLY_TO_DEPARTMENT,
  FY_SUPPLY_TO_AREA,
  FY_SUPPLY_TO_PERSON,
  FY_SUPPLY_N_RECIPIENTS
} FySupplyRecipientKind;

/* Document kinds as stored (supply_doc.kind). */
typedef enum
{
  FY_SUPPLY_DOC_RECEIPT,
  FY_SUPPLY_DOC_ISSUE,
  FY_SUPPLY_DOC_RETURN,
  FY_SUPPLY_DOC_SCRAP,
  FY_SUPPLY_DOC_ADJUST,
  FY_SUPPLY_DOC_REVERSAL,
  FY_SUPPLY_N_DOC_KINDS
} FySupplyDocKind;

extern const FyCodeLabel fy_supply_category_labels[];
extern const FyCodeLabel fy_supply_rule_labels[];
extern const FyCodeLabel fy_supply_source_labels[];
extern const FyCodeLabel fy_supply_recipient_labels[];
extern const FyCodeLabel fy_supply_doc_kind_labels[];

/* The company's reserve target when an item sets none (days). */
#define FY_SUPPLY_DEFAULT_RESERVE_DAYS 14
/* Largest quantity of one movement (a sanity bound, not a business rule). */
#define FY_SUPPLY_QUANTITY_MAX 100000000

typedef struct
{
  gint64            id;            /* 0 = new */
  char             *code;          /* 物资编码 (what a barcode scanner types) */
  char             *name;
  FySupplyCategory  category;
  char             *spec;          /* 规格型号 */
  char             *unit;
  char             *place;         /* storage place */
  gint64            min_stock;
  FySupplyRule      rule;
  gint64            rule_milli;    /* thousandths of a unit per rule basis */
  int               reserve_days;  /* 0 = the company default */
  char             *note;
} FySupplyItem;

FySupplyItem *fy_supply_item_new   (void);
void          fy_supply_item_free  (FySupplyItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FySupplyItem, fy_supply_item_free)

typedef struct
{
  gint64  id;
  gint64  item_id;
  char   *batch_no;
  char   *produced;   /* "" when unknown */
  char   *expires;    /* "" = does not expire */
  char   *maker;
  gint64  on_hand;
} FySupplyBatch;

void fy_supply_batch_free (FySupplyBatch *batch);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FySupplyBatch, fy_supply_batch_free)

/* A receipt (入库): one new batch of one item. */
typedef struct
{
  const char     *day;
  gint64          item_id;
  gint64          quantity;
  const char     *receipt_no;    /* NULL or "" = the next free RKYYYYMMDD-NNN */
  const char     *batch_no;
  const char     *produced;      /* NULL / "" = unknown; not after `day` */
  const char     *expires;       /* NULL / "" = does not expire; after `produced` */
  const char     *maker;
  FySupplySource  source;
  const char     *supplier;
  gint64          unit_price_fen; /* -1 = not given */
  const char     *place;
  const char     *inspector;     /* 验收人 */
  const char     *keeper;        /* 保管人 */
  gboolean        disinfected;   /* 入库前已消毒 */
  const char     *note;
} FySupplyReceiptInput;

/* A part of an issue: so much from one batch. */
typedef struct
{
  gint64 batch_id;
  gint64 quantity;
} FySupplyTake;

/* An issue (出库/领用). Without `takes` the batches are chosen first-expiry-
 * first-out; with them (an override) `override_reason` is required and the
 * takes must add up to `quantity`. Expired batches are never issued. */
typedef struct
{
  const char            *day;
  gint64                 item_id;
  gint64                 quantity;
  FySupplyRecipientKind  recipient_kind;
  const char            *recipient;     /* department, area or person */
  const char            *purpose;
  const char            *taker;         /* 领用人 */
  const char            *approver;      /* 审批人 */
  const char            *issuer;        /* 发放人 */
  const FySupplyTake    *takes;
  guint                  n_takes;
  const char            *override_reason;
  const char            *note;
} FySupplyIssueInput;

/* A return (退库) to a batch, a scrap (报废) from a batch. */
typedef struct
{
  const char *day;
  gint64      batch_id;
  gint64      quantity;
  const char *reason;     /* scrap: required (approval note); return: optional */
  const char *person;     /* who returns / who approved the scrap */
  const char *note;
} FySupplyBatchMoveInput;

/* One counted batch of a stock-take (盘点). */
typedef struct
{
  gint64 batch_id;
  gint64 counted;
} FySupplyCount;

/* Items */
gboolean       fy_supply_item_validate   (FySupplyItem  *item,
                                          GError       **error);
gint64         fy_supplies_save_item     (FyStore       *store,
                                          FySupplyItem  *item,
                                          GError       **error);
FySupplyItem  *fy_supplies_get_item      (FyStore       *store,
                                          gint64         item_id,
                                          GError       **error);
/* The item whose code is `code` (normalised as typed by a scanner), or
 * NULL with FY_ERROR_NOT_FOUND "No item has the code …". */
FySupplyItem  *fy_supplies_find_code     (FyStore       *store,
                                          const char    *code,
                                          GError       **error);
/* An item code as stored: normalised, no spaces, Latin letters upper-case
 * (owned). */
char          *fy_supplies_normalize_code (const char   *text);
/* Every item by category, then name (FySupplyItem). */
GPtrArray     *fy_supplies_list_items    (FyStore       *store,
                                          GError       **error);

/* A typed quantity: a whole positive number (full-width digits accepted),
 * else FY_ERROR_INVALID with a sentence for the field. */
gboolean       fy_supplies_parse_quantity (const char   *text,
                                           gint64       *quantity,
                                           GError      **error);

/* A typed rule amount ("2", "0.5", "0.125"; "" = 0) in thousandths of a
 * unit, else FY_ERROR_INVALID with a sentence for the field. */
gboolean       fy_supplies_parse_milli    (const char   *text,
                                           gint64       *milli,
                                           GError      **error);

/* Batches of an item with stock, first-expiry-first-out order (those that
 * never expire last); with `all`, empty ones too. */
GPtrArray     *fy_supplies_list_batches  (FyStore       *store,
                                          gint64         item_id,
                                          gboolean       all,
                                          GError       **error);
/* The first-expiry-first-out split of `quantity` of an item on `day`
 * without writing anything (to show before confirming): FySupplyTake
 * (g_free). FY_ERROR_INVALID when fewer than `quantity` usable units are
 * on hand (the message says how many). */
GArray        *fy_supplies_plan_issue    (FyStore       *store,
                                          gint64         item_id,
                                          gint64         quantity,
                                          const char    *day,
                                          GError       **error);

/* Writes; each returns the new document's id, or 0 with the error. */
gint64         fy_supplies_receive       (FyStore                    *store,
                                          const FySupplyReceiptInput *input,
                                          GError                    **error);
gint64         fy_supplies_issue         (FyStore                    *store,
                                          const FySupplyIssueInput   *input,
                                          GError                    **error);
gint64         fy_supplies_return        (FyStore                      *store,
                                          const FySupplyBatchMoveInput *input,
                                          GError                      **error);
gint64         fy_supplies_scrap         (FyStore                      *store,
                                          const FySupplyBatchMoveInput *input,
                                          GError                      **error);
/* Counted quantities of batches of one item; each difference is posted as
 * an adjustment with `reason` (required when something differs). */
gint64         fy_supplies_stocktake     (FyStore             *store,
                                          const char          *day,
                                          gint64               item_id,
                                          const FySupplyCount *counts,
                                          guint                n_counts,
                                          const char          *reason,
                                          GError             **error);
/* A reversing document (红冲) undoing every movement of `doc_id` on `day`,
 * with a reason, written to the audit. A reversal is not reversed again,
 * and a document is reversed at most once. */
gint64         fy_supplies_reverse       (FyStore       *store,
                                          gint64         doc_id,
                                          const char    *day,
                                          const char    *reason,
                                          GError       **error);

/* Units of an item on hand (all batches, expired included). */
gint64         fy_supplies_on_hand       (FyStore       *store,
                                          gint64         item_id,
                                          GError       **error);

/* One line of an item's movement list: a document's change of one batch. */
typedef struct
{
  gint64           doc_id;
  char            *day;
  FySupplyDocKind  kind;
  char            *doc_no;
  char            *batch_no;
  gint64           quantity;   /* signed change of the batch's stock */
  char            *detail;     /* recipient, supplier or reason */
  gboolean         reversed;   /* a reversal of this document exists */
} FySupplyMovement;

void       fy_supply_movement_free    (FySupplyMovement *movement);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FySupplyMovement, fy_supply_movement_free)
/* The movements of an item, newest first, at most `limit` (0 = all)
 * (FySupplyMovement). */
GPtrArray *fy_supplies_list_movements (FyStore          *store,
                                       gint64            item_id,
                                       guint             limit,
                                       GError          **error);
/* The day of the last stock-take (not reversed) on or before `to` (NULL =
 * any), owned; NULL when there was none. */
char      *fy_supplies_last_stocktake (FyStore          *store,
                                       const char       *to);

G_END_DECLS
