/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-travel-view-private.h — what fy-travel-view.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-travel-view.h"

G_BEGIN_DECLS

/* The rows shown (FyRecordItem of FyTrip / FyQuarantine). */
GListModel *fy_travel_view_get_trip_model       (FyTravelView *self);
GListModel *fy_travel_view_get_quarantine_model (FyTravelView *self);
/* Chooses a row as a click does. */
void        fy_travel_view_select_trip          (FyTravelView *self,
                                                 guint         position);

G_END_DECLS
