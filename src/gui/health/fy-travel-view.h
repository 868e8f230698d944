/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-travel-view.h — the Health page's "travel" view: trips (registered
 * before leaving, the return recorded), quarantine and observation (start
 * from a template, release), and each person's vaccination. */
#pragma once

#include <gtk/gtk.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_TRAVEL_VIEW (fy_travel_view_get_type ())
G_DECLARE_FINAL_TYPE (FyTravelView, fy_travel_view, FY, TRAVEL_VIEW, GtkWidget)

GtkWidget  *fy_travel_view_new                  (FyStore      *store);
void        fy_travel_view_reload               (FyTravelView *self);

G_END_DECLS
