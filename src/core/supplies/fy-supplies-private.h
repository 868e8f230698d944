/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-private.h — shared between the supply files of src/core:
 * input checks used by the store functions. Not for the GUI. */
#pragma once

#include "fy-supplies.h"

G_BEGIN_DECLS

typedef struct
{
  char *day;
  char *produced;
  char *expires;
} FySupplyReceiptDays;

gboolean  fy_supplies_check_quantity      (gint64                      quantity,
                                           GError                    **error);
char     *fy_supplies_check_day           (const char                 *day,
                                           gboolean                    required,
                                           GError                    **error);
gboolean  fy_supplies_check_receipt       (const FySupplyReceiptInput *input,
                                           FySupplyReceiptDays        *days,
                                           GError                    **error);
void      fy_supplies_receipt_days_clear  (FySupplyReceiptDays        *days);
char     *fy_supplies_text                (const char                 *text);

G_END_DECLS

G_BEGIN_DECLS

/* The stock figures of every item as of :today, shared by the stock view
 * (fy_supplies_stock) and the stock ledgers so that screen and paper agree.
 * A WITH prefix ending in the CTE `stock`; the user appends its SELECT.
 * Parameters: :today, :since (first day of the use window), :use_days,
 * :shifts (shifts per day), :reserve_default (days).
 *
 * Rates are thousandths of a unit per day, so the sums stay exact:
 * actual_milli = units issued in the window (net of reversed issues;
 * returns are not use) × 1000 ÷ :use_days; planned_milli = the item's rule × today's basis (people
 * on site, people × shifts, areas of the zone map, 1). Usable stock leaves
 * out expired batches. Days of cover = usable ÷ max(actual, planned) in
 * tenths of a day (NULL when nothing is used); the reserve target is
 * planned × reserve days rounded up; the shortfall is what is missing to
 * reach the larger of the target and the minimum stock. Urgency: 0 below
 * minimum (or nothing usable while used), 1 below target, 2 expired stock,
 * 3 expiring within 30 days, 4 fine. */
struct sqlite3_stmt;
/* Binds the parameters of FY_SUPPLY_STOCK_CTE that `stmt` uses (the use
 * window ends on `today`). */
void      fy_supplies_bind_stock          (FyStore                    *store,
                                           struct sqlite3_stmt        *stmt,
                                           const char                 *today,
                                           int                         use_days);

#define FY_SUPPLY_STOCK_CTE \
  "WITH basis AS (SELECT (SELECT count(*) FROM staff WHERE status = 'on_site') AS people," \
  "   (SELECT count(*) FROM zone_area) AS areas)," \
  " bat AS (SELECT item_id, sum(on_hand) AS on_hand," \
  "   sum(iif(expires <> '' AND expires < :today, on_hand, 0)) AS expired," \
  "   sum(iif(expires <> '' AND expires >= :today AND expires <= date(:today, '+30 days'), on_hand, 0)) AS expiring," \
  "   min(iif(expires <> '' AND expires >= :today, expires, NULL)) AS next_expiry" \
  "   FROM supply_batch WHERE on_hand > 0 GROUP BY item_id)," \
  " use AS (SELECT item_id, -sum(qty) AS used FROM supply_move WHERE kind = 'issue'" \
  "   AND day BETWEEN :since AND :today GROUP BY item_id)," \
  " fig AS (SELECT i.id, i.code, i.name, i.category, i.spec, i.unit, i.place, i.min_stock," \
  "   iif(i.reserve_days > 0, i.reserve_days, :reserve_default) AS reserve_days," \
  "   coalesce(bat.on_hand, 0) AS on_hand, coalesce(bat.expired, 0) AS expired," \
  "   coalesce(bat.expiring, 0) AS expiring, coalesce(bat.next_expiry, '') AS next_expiry," \
  "   coalesce(bat.on_hand, 0) - coalesce(bat.expired, 0) AS usable," \
  "   coalesce(use.used, 0) AS used," \
  "   i.rule_milli * (CASE i.rule WHEN 'person_day' THEN basis.people" \
  "     WHEN 'person_shift' THEN basis.people * :shifts WHEN 'area_day' THEN basis.areas" \
  "     WHEN 'fixed_day' THEN 1 ELSE 0 END) AS planned_milli" \
  "   FROM supply_item i CROSS JOIN basis LEFT JOIN bat ON bat.item_id = i.id" \
  "   LEFT JOIN use ON use.item_id = i.id)," \
  " rates AS (SELECT fig.*, used * 1000 / :use_days AS actual_milli," \
  "   max(used * 1000 / :use_days, planned_milli) AS rate_milli," \
  "   (planned_milli * reserve_days + 999) / 1000 AS target FROM fig)," \
  " stock AS (SELECT rates.*," \
  "   iif(rate_milli > 0, usable * 10000 / rate_milli, NULL) AS cover_tenths," \
  "   max(0, max(target, min_stock) - usable) AS shortfall," \
  "   CASE WHEN usable < min_stock OR (usable = 0 AND rate_milli > 0) THEN 0" \
  "     WHEN usable < target THEN 1 WHEN expired > 0 THEN 2 WHEN expiring > 0 THEN 3 ELSE 4 END AS urgency" \
  "   FROM rates)"

G_END_DECLS
