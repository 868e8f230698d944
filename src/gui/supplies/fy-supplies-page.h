/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-page.h — the Supplies page: the stock view sorted by urgency
 * with its warning colours, and the keyboard-first receipt and issue
 * dialogs. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FY_TYPE_SUPPLIES_PAGE (fy_supplies_page_get_type ())
G_DECLARE_FINAL_TYPE (FySuppliesPage, fy_supplies_page, FY, SUPPLIES_PAGE, GtkBox)

G_END_DECLS
