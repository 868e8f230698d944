/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-page.h — the Gate page (门岗): find an arrival by plate, name,
 * phone or ID tail, today's expected arrivals (Enter opens the gate
 * check), who and which trucks are inside now (check out), and the way to
 * the declarations and the events register. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FY_TYPE_GATE_PAGE (fy_gate_page_get_type ())
G_DECLARE_FINAL_TYPE (FyGatePage, fy_gate_page, FY, GATE_PAGE, GtkBox)

G_END_DECLS
