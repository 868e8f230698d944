/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-page.h — every inspector ledger in one place: pick, set the
 * period, look, export or print. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FY_TYPE_LEDGERS_PAGE (fy_ledgers_page_get_type ())
G_DECLARE_FINAL_TYPE (FyLedgersPage, fy_ledgers_page, FY, LEDGERS_PAGE, GtkWidget)

G_END_DECLS
