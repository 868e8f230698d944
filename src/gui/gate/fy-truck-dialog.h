/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-truck-dialog.h — declare a truck ahead (or edit an expected one):
 * plate (checked as typed), vehicle type, planned arrival, driver and
 * co-riders, origin, route, cargo, the unloading point and travel. A
 * declaration less than the notice hours ahead is saved, flagged late, with
 * a warning shown before saving. */
#pragma once

#include <gtk/gtk.h>

#include "fy-store.h"

G_BEGIN_DECLS

/* `visit_id` 0 = a new declaration. Returns the dialog (NULL when the
 * visit could not be read: an error dialog was shown). */
GtkWindow *fy_truck_dialog_present (GtkWindow *parent,
                                    FyStore   *store,
                                    gint64     visit_id);

G_END_DECLS
