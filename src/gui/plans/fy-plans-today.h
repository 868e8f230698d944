/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-today.h — the Plans section of the Today page: a running
 * emergency procedure (with its next deadline) above everything else, open
 * corrective actions with their deadlines (red when overdue), plan reviews
 * due and the drill reminder. Every row opens the Plans page. */
#pragma once

#include <gtk/gtk.h>

#include "fy-store.h"

G_BEGIN_DECLS

/* Refills `list` for `today`; hides it when there is nothing to say. */
void fy_plans_today_fill (GtkListBox *list,
                          FyStore    *store,
                          const char *today);

G_END_DECLS
