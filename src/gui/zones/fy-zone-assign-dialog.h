/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-assign-dialog.h — "Assign people to <area>": the roster with
 * check boxes, a search, a department filter with "Select All Shown" (a
 * whole department at once) and the grid to put them in. Assigning is one
 * core edit (fy_zone_map_assign_staff_many): one undo step. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"
#include "fy-zone-map.h"

G_BEGIN_DECLS

#define FY_TYPE_ZONE_ASSIGN_DIALOG (fy_zone_assign_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyZoneAssignDialog, fy_zone_assign_dialog, FY, ZONE_ASSIGN_DIALOG, AdwWindow)

/* Signal "error" (const char *message): the assignment was refused. */
FyZoneAssignDialog *fy_zone_assign_dialog_new (GtkWindow *parent,
                                               FyStore   *store,
                                               FyZoneMap *map,
                                               gint64     area_id);

/* Ticks every row shown. */
void   fy_zone_assign_dialog_select_shown   (FyZoneAssignDialog *self);
/* Assigns the ticked people; FALSE with the core's error shown. */
gboolean fy_zone_assign_dialog_apply        (FyZoneAssignDialog *self);

G_END_DECLS
