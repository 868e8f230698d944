/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-staff-picker.h — a popover to pick one person from the roster
 * (a grid leader): type to search by name, department, employee number or
 * phone; each row shows name, department and the masked phone. A thin
 * wrapper of FyPersonPicker's quick form. */
#pragma once

#include <gtk/gtk.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_ZONE_STAFF_PICKER (fy_zone_staff_picker_get_type ())
G_DECLARE_FINAL_TYPE (FyZoneStaffPicker, fy_zone_staff_picker, FY, ZONE_STAFF_PICKER, GtkPopover)

/* Signal "picked" (gint64 staff_id): someone was chosen (0 = "No leader"). */
GtkWidget  *fy_zone_staff_picker_new    (FyStore     *store);
/* The search entry (tests type into it) and the filtered rows. Borrowed. */
GtkEditable *fy_zone_staff_picker_get_search (FyZoneStaffPicker *self);
GListModel *fy_zone_staff_picker_get_model (FyZoneStaffPicker *self);
/* Chooses row `position` of the filtered list, as a click does. */
void        fy_zone_staff_picker_activate (FyZoneStaffPicker *self,
                                         guint              position);

G_END_DECLS
