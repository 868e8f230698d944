/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-assign-dialog-private.h — what fy-zone-assign-dialog.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-zone-assign-dialog.h"

G_BEGIN_DECLS

/* Picks a department in the filter as a person does; the number of people
 * ticked. */
void   fy_zone_assign_dialog_set_department (FyZoneAssignDialog *self,
                                             const char         *department);
guint  fy_zone_assign_dialog_get_n_selected (FyZoneAssignDialog *self);

G_END_DECLS
