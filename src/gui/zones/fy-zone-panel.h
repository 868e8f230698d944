/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-panel.h — the side panel of the Zones page: the selected area's
 * properties (name, level with a reason, function, place code, capacity,
 * leader, note, grids, people), a selected symbol's properties, or the map
 * itself; and the map's warnings. Every change is one core edit; a refused
 * one is reported through "error" and the fields show the saved values. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"
#include "fy-zone-map.h"

G_BEGIN_DECLS

#define FY_TYPE_ZONE_PANEL (fy_zone_panel_get_type ())
G_DECLARE_FINAL_TYPE (FyZonePanel, fy_zone_panel, FY, ZONE_PANEL, GtkWidget)

/* Signals:
 *   "error"          (const char *message)   an edit was refused
 *   "activate-item"  (gint64 area_id, gint64 point_id)   a warning was clicked
 *   "delete-item"    ()                      the Delete button was pressed */

void         fy_zone_panel_set_store    (FyZonePanel *self,
                                         FyStore     *store);
void         fy_zone_panel_set_map      (FyZonePanel *self,
                                         FyZoneMap   *map);
/* Shows an area (point_id 0), a symbol (area_id 0) or the map (both 0). */
void         fy_zone_panel_show_item    (FyZonePanel *self,
                                         gint64       area_id,
                                         gint64       point_id);
/* Puts the cursor in the name field, its text selected (a new area). */
void         fy_zone_panel_focus_name   (FyZonePanel *self);
/* Roster, departments or assignments changed outside the map. */
void         fy_zone_panel_refresh      (FyZonePanel *self);

G_END_DECLS
