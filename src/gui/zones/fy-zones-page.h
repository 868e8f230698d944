/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zones-page.h — the Zones page: the map chooser and tools, the map
 * canvas, the side panel, undo/redo, print and export. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"
#include "fy-zone-canvas.h"
#include "fy-zone-panel.h"

G_BEGIN_DECLS

#define FY_TYPE_ZONES_PAGE (fy_zones_page_get_type ())
G_DECLARE_FINAL_TYPE (FyZonesPage, fy_zones_page, FY, ZONES_PAGE, GtkWidget)

/* Shows the saved map `map_id` (as choosing it in the map list does). */
void          fy_zones_page_open_map     (FyZonesPage *self,
                                          gint64       map_id);
/* Opens map `map_id`, selects area `area_id` and asks for the reason to
 * move it to `level`, `reason` filled in (the emergency procedure's zones
 * step); OK changes the level as the panel does. */
void          fy_zones_page_ask_area_level (FyZonesPage *self,
                                          gint64       map_id,
                                          gint64       area_id,
                                          FyZoneLevel  level,
                                          const char  *reason);
/* What the floor-plan file chooser does with the chosen file: with
 * new_map_name, checks the image, then makes a new map of that name (the
 * plan scaled to width_m; height_m is replaced by the image's proportion)
 * and opens it; without, sets the plan of the current map (one undo
 * step). A refused file changes nothing. */
gboolean      fy_zones_page_use_plan_file (FyZonesPage *self,
                                          const char  *path,
                                          const char  *new_map_name,
                                          double       width_m,
                                          double       height_m,
                                          GError     **error);
/* What Export does once the file is chosen: writes the map (PNG, PDF or
 * SVG by the extension) on the chosen paper, then says so in a toast. */
gboolean      fy_zones_page_export_to    (FyZonesPage *self,
                                          const char  *path,
                                          GError     **error);
/* What Print does, with `action` (EXPORT + export_path for tests). */
gboolean      fy_zones_page_print        (FyZonesPage *self,
                                          GtkPrintOperationAction action,
                                          const char  *export_path,
                                          GError     **error);

G_END_DECLS
