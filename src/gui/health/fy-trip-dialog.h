/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-trip-dialog.h — "Register Trip…": who, business or private,
 * destination and its risk level, dates, and who travels along (household
 * members included). */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_TRIP_DIALOG (fy_trip_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyTripDialog, fy_trip_dialog, FY, TRIP_DIALOG, AdwWindow)

/* `staff_id` 0: the dialog asks who, with a roster search. */
FyTripDialog *fy_trip_dialog_present (GtkWindow *parent,
                                      FyStore   *store,
                                      gint64     staff_id);

G_END_DECLS
