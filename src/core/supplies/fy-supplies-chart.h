/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-chart.h — the supply pictures, drawn with cairo in core so
 * that the window, a PDF or a PNG can take them: an item's stock over time
 * with its reserve line and receipts / issues marked, and a days-of-cover
 * bar for every item. */
#pragma once

#include <cairo.h>

#include "fy-supplies-stock.h"

G_BEGIN_DECLS

/* Draws `days` in the rectangle (0, 0, width, height) of `cr`: the balance
 * as a line, `reserve_target` as a dashed line, a mark under each day with
 * a receipt (up) or an issue (down). */
void fy_supplies_draw_stock_chart (cairo_t            *cr,
                                   const FySupplyDays *days,
                                   gint64              reserve_target,
                                   double              width,
                                   double              height);
/* One horizontal bar per item of `stock` (in its order) for its days of
 * cover, a tick at its reserve days, red / amber / green by urgency;
 * items nobody uses get no bar. `max_days` is the right edge. */
void fy_supplies_draw_cover_bars  (cairo_t            *cr,
                                   GPtrArray          *stock,
                                   double              max_days,
                                   double              width,
                                   double              height);

G_END_DECLS
