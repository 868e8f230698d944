/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-due.h — the small "Disinfection now" section: every
 * schedule that is due or overdue at this moment, one line each
 * ("装卸区: 1 of 2 in this 3-day window  Overdue"), overdue first. Shown on
 * the Today page and on the Disinfection page; hidden when nothing is
 * scheduled. Reloads itself (when shown) on disinfection, zone and
 * settings changes. */
#pragma once

#include <gtk/gtk.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_DISINFECTION_DUE (fy_disinfection_due_get_type ())
G_DECLARE_FINAL_TYPE (FyDisinfectionDue, fy_disinfection_due, FY, DISINFECTION_DUE, GtkWidget)

GtkWidget *fy_disinfection_due_new    (FyStore           *store);
void       fy_disinfection_due_reload (FyDisinfectionDue *self);

G_END_DECLS
