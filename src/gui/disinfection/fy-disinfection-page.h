/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-page.h — the Disinfection page (消毒消杀): what is due now,
 * gaps over a period (done against scheduled per place), the latest
 * entries, and the schedules; new entry (Ctrl+N), repeat yesterday's round
 * (Ctrl+R), new schedule, and the ledger 消毒消杀记录表 of the gaps' period
 * for all areas or one. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FY_TYPE_DISINFECTION_PAGE (fy_disinfection_page_get_type ())
G_DECLARE_FINAL_TYPE (FyDisinfectionPage, fy_disinfection_page, FY, DISINFECTION_PAGE, GtkWidget)

void fy_disinfection_page_reload (FyDisinfectionPage *self);

G_END_DECLS
