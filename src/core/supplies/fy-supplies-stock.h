/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-stock.h — the stock view: per item what is on hand, what has
 * expired or expires soon, average daily use, days of cover, the reserve
 * target from the consumption rule and today's headcount, the shortfall,
 * sorted by urgency; and the warnings Today, the daily report and
 * `fangyi stock` show. */
#pragma once

#include <glib.h>

#include "fy-supplies.h"

G_BEGIN_DECLS

/* Days an "expiring soon" batch has left at most. */
#define FY_SUPPLY_EXPIRING_DAYS 30
/* Days of issues the average daily use is taken over, by default. */
#define FY_SUPPLY_USE_DAYS 30

typedef enum
{
  FY_SUPPLY_URGENT_BELOW_MINIMUM,
  FY_SUPPLY_URGENT_BELOW_TARGET,
  FY_SUPPLY_URGENT_EXPIRED,
  FY_SUPPLY_URGENT_EXPIRING,
  FY_SUPPLY_URGENT_NONE,
} FySupplyUrgency;

typedef struct
{
  gint64            item_id;
  char             *code;
  char             *name;
  FySupplyCategory  category;
  char             *spec;
  char             *unit;
  gint64            min_stock;
  int               reserve_days;   /* the item's or the company default */
  gint64            on_hand;        /* every batch */
  gint64            expired;        /* of which in expired batches */
  gint64            expiring;       /* of which expiring within 30 days */
  gint64            usable;         /* on_hand − expired */
  char             *next_expiry;    /* earliest expiry of usable stock, "" none */
  gint64            used;           /* issued in the use window */
  gint64            actual_milli;   /* average daily use, thousandths */
  gint64            planned_milli;  /* planned daily use, thousandths */
  gint64            cover_tenths;   /* days of cover in tenths; -1 = nothing is used */
  gint64            target;         /* reserve target, units */
  gint64            shortfall;      /* to buy to reach max(target, minimum) */
  FySupplyUrgency   urgency;
} FySupplyStock;

void fy_supply_stock_free (FySupplyStock *stock);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FySupplyStock, fy_supply_stock_free)

/* Every item as of `today` (NULL = fy_today ()), average use over the last
 * `use_days` days (0 = FY_SUPPLY_USE_DAYS), most urgent first, then fewest
 * days of cover. */
GPtrArray *fy_supplies_stock          (FyStore     *store,
                                       const char  *today,
                                       int          use_days,
                                       GError     **error);
/* The company's reserve target in days ("supplies.reserve_days", default
 * FY_SUPPLY_DEFAULT_RESERVE_DAYS) and shifts per day for the per-shift rule
 * ("supplies.shifts", default 2). */
int        fy_supplies_reserve_days   (FyStore     *store);
int        fy_supplies_shifts         (FyStore     *store);

/* Counts for Today, the daily report and `fangyi stock`. */
typedef struct
{
  guint below_minimum;
  guint below_target;     /* not counting those below minimum */
  guint expiring;         /* items with stock expiring within 30 days */
  guint expired;          /* items with expired stock on hand */
} FySupplyWarnings;

gboolean   fy_supplies_count_warnings (GPtrArray        *stock,
                                       FySupplyWarnings *warnings);
/* The supply line of the daily report for `day`: the counts (owned) and
 * the items concerned (owned, "" when none). FALSE with the error when the
 * stock cannot be read. */
gboolean   fy_supplies_warning_lines  (FyStore          *store,
                                       const char       *day,
                                       char            **figures,
                                       char            **remarks,
                                       GError          **error);
/* An item's stock day by day over a period (the stock chart). */
typedef struct
{
  char   *from;       /* first day */
  int     n;          /* days */
  gint64  opening;    /* before the first day */
  gint64 *balance;    /* at the end of each day */
  gint64 *received;   /* receipts and returns of each day */
  gint64 *issued;     /* issues of each day (net of reversals) */
} FySupplyDays;

void          fy_supply_days_free (FySupplyDays *days);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FySupplyDays, fy_supply_days_free)
FySupplyDays *fy_supplies_days    (FyStore      *store,
                                   gint64        item_id,
                                   const char   *from,
                                   const char   *to,
                                   GError      **error);

/* "12.5" days of cover, "—" when nothing is used (owned). */
char      *fy_supplies_format_cover   (gint64            cover_tenths);
/* "1.25" for 1250 thousandths, trailing zeros dropped (owned). */
char      *fy_supplies_format_milli   (gint64            milli);

G_END_DECLS
