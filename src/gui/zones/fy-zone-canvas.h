/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-canvas.h — the zone map editor's drawing surface.
 *
 * The core draws (FyZoneRenderer); this widget keeps the picture of the map
 * in an offscreen image ("static layer", re-rendered only when the map
 * changes, the widget is resized or a pan/zoom ends) and per frame draws
 * only what moves: the dragged outline, the outline being drawn, the
 * selection, hover and snapping marks. Geometry stays in metres; the widget
 * converts pointer positions with its FyZoneView and turns each finished
 * gesture into ONE core edit (one undo step, one transaction).
 *
 * (Named "canvas" because the core already has FyZoneView: the transform.) */
#pragma once

#include <gtk/gtk.h>

#include "fy-zone-map.h"
#include "fy-zone-render.h"

G_BEGIN_DECLS

typedef enum
{
  FY_ZONE_TOOL_SELECT,    /* V: select, move, resize; drag empty space to pan */
  FY_ZONE_TOOL_RECT,      /* R: drag a rectangle */
  FY_ZONE_TOOL_POLYGON,   /* P: click corners; double-click / Enter closes */
  FY_ZONE_TOOL_VERTEX,    /* E: drag corners, double-click an edge adds one, Delete removes */
  FY_ZONE_TOOL_POINT,     /* S: click to place a symbol of the chosen kind */
  FY_ZONE_TOOL_SCALE,     /* L: draw a line of known length */
  FY_ZONE_N_TOOLS
} FyZoneTool;

/* "select", "rect", "polygon", "vertex", "point", "scale"; -1 when unknown. */
const char  *fy_zone_tool_to_code          (FyZoneTool tool);
int          fy_zone_tool_from_code        (const char *code);

#define FY_TYPE_ZONE_CANVAS (fy_zone_canvas_get_type ())
G_DECLARE_FINAL_TYPE (FyZoneCanvas, fy_zone_canvas, FY, ZONE_CANVAS, GtkWidget)

/* Signals:
 *   "selection-changed" ()                      the selected area / symbol changed
 *   "area-created"      (gint64 area_id)        a rectangle or polygon was added
 *   "error"             (const char *message)   an edit was refused (nothing changed)
 *   "scale-line"        (double ax, double ay, double bx, double by)
 *                                               the scale tool drew a line (metres)
 *   "department-dropped" (const char *department, gint64 area_id)
 *                                               a department was dropped on an area
 * Properties: "tool", "point-kind", "snap-to-grid", "zoom" (1 = whole map
 * fits, read-only), "hint" (what the current tool expects, read-only),
 * "position" (the pointer in metres as text, read-only). */

GtkWidget   *fy_zone_canvas_new             (void);

/* The map shown (borrowed reference kept; NULL shows nothing). Fits it. */
void         fy_zone_canvas_set_map         (FyZoneCanvas   *self,
                                             FyZoneMap      *map);
FyZoneMap   *fy_zone_canvas_get_map         (FyZoneCanvas   *self);

void         fy_zone_canvas_set_tool        (FyZoneCanvas   *self,
                                             FyZoneTool      tool);
FyZoneTool   fy_zone_canvas_get_tool        (FyZoneCanvas   *self);
void         fy_zone_canvas_set_point_kind  (FyZoneCanvas   *self,
                                             FyZonePointKind kind);
void         fy_zone_canvas_set_snap_to_grid (FyZoneCanvas  *self,
                                             gboolean        snap);
/* A layer over the areas (area id → FyZoneTint, fy-zone-render.h), kept
 * with a reference and drawn until replaced; NULL removes it. */
void         fy_zone_canvas_set_area_tints  (FyZoneCanvas   *self,
                                             GHashTable     *tints);

/* Selection: at most one area or one symbol. */
gint64       fy_zone_canvas_get_selected_area  (FyZoneCanvas *self);
gint64       fy_zone_canvas_get_selected_point (FyZoneCanvas *self);
/* Selects an area (point_id 0) or a symbol (area_id 0), or nothing; with
 * reveal, scrolls it into view when it is off screen. */
void         fy_zone_canvas_select          (FyZoneCanvas   *self,
                                             gint64          area_id,
                                             gint64          point_id,
                                             gboolean        reveal);
/* Deletes the selected corner (vertex tool), area or symbol. */
void         fy_zone_canvas_delete_selection (FyZoneCanvas  *self);
/* Drops whatever is being drawn (polygon corners, the scale line). */
void         fy_zone_canvas_cancel          (FyZoneCanvas   *self);

/* Zoom: by a factor around the widget's centre, or to fit the map. */
void         fy_zone_canvas_zoom_by         (FyZoneCanvas   *self,
                                             double          factor);
void         fy_zone_canvas_zoom_fit        (FyZoneCanvas   *self);
double       fy_zone_canvas_get_zoom        (FyZoneCanvas   *self);
const char  *fy_zone_canvas_get_hint        (FyZoneCanvas   *self);

/* Whether a key (with these modifiers) does something on the canvas when
 * it has the focus: tools, Escape, Delete, arrows… (for the shortcuts
 * window's test). */
gboolean     fy_zone_canvas_key_bound       (guint           keyval,
                                             GdkModifierType mods);

G_END_DECLS
