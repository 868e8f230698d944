/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-today.h — the gate section of the Today page: the day's visitors
 * (人次) and trucks (车次), refusals, arrivals without declaration, who is
 * inside now (those past their time limit said in red), arrivals still
 * expected, and events within 7 days without approval. A row opens the
 * Gate page (an event, the events register). Reloads itself, when shown,
 * on gate and settings changes. */
#pragma once

#include <gtk/gtk.h>

#include "fy-gate.h"

G_BEGIN_DECLS

#define FY_TYPE_GATE_TODAY (fy_gate_today_get_type ())
G_DECLARE_FINAL_TYPE (FyGateToday, fy_gate_today, FY, GATE_TODAY, GtkWidget)

GtkWidget *fy_gate_today_new    (FyStore     *store);
void       fy_gate_today_reload (FyGateToday *self);

G_END_DECLS
