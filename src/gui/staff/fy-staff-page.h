/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff-page.h — the roster: search, filters, add / edit / mark as left. */
#pragma once

#include <gtk/gtk.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_STAFF_PAGE (fy_staff_page_get_type ())
G_DECLARE_FINAL_TYPE (FyStaffPage, fy_staff_page, FY, STAFF_PAGE, GtkWidget)

void        fy_staff_page_reload    (FyStaffPage *self);

G_END_DECLS
