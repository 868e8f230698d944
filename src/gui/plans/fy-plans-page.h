/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-page.h — the Plans page: emergency procedures with their clocks
 * and steps, checklists (start and run one), corrective actions (red when
 * overdue), the task force, the plan register and drills. It adds the
 * window action "win.emergency-start" (int64: a staff id, 0 = by hand)
 * that other pages use to start the emergency procedure. */
#pragma once

#include <gtk/gtk.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_PLANS_PAGE (fy_plans_page_get_type ())
G_DECLARE_FINAL_TYPE (FyPlansPage, fy_plans_page, FY, PLANS_PAGE, GtkWidget)

G_END_DECLS
