/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-render.h — drawing a zone map on any cairo_t: the editor widget,
 * printing, PDF/PNG/SVG export and the tests share this one renderer.
 *
 * Each risk level has a colour AND a hatch that stays distinct in black and
 * white and for colour-blind readers: green = sparse dots, blue = diagonal
 * "/" lines, yellow = cross-hatch, red = dense "\" lines. Sizes of strokes,
 * hatches, symbols and text are in DEVICE units (pixels on screen, points
 * on paper) so they stay readable at every zoom; geometry is in metres and
 * placed through a FyZoneView.
 *
 * Typical editor use: keep one FyZoneRenderer per widget (it caches the
 * decoded floor plan and the hatch tiles); render the static picture into
 * an offscreen surface when the map emits "changed", with skip_area set to
 * the area being dragged, then draw the dragged outline with
 * fy_zone_renderer_draw_preview on top each frame. */
#pragma once

#include <cairo.h>

#include "fy-types.h"
#include "fy-zone-map.h"

G_BEGIN_DECLS

/* Map → device: device = map × scale + offset. */
typedef struct
{
  double scale;      /* device units per metre */
  double offset_x;   /* device position of the map's origin */
  double offset_y;
} FyZoneView;

/* The view that shows the whole map centred in the device box. */
void     fy_zone_view_fit           (FyZoneView       *view,
                                     FyZoneMap        *map,
                                     const FyRect     *device_box);
FyPoint  fy_zone_view_to_device     (const FyZoneView *view,
                                     FyPoint           map_point);
FyPoint  fy_zone_view_to_map        (const FyZoneView *view,
                                     double            device_x,
                                     double            device_y);
/* A device distance (e.g. an 8 px pick tolerance) in metres. */
double   fy_zone_view_to_metres     (const FyZoneView *view,
                                     double            device_distance);

typedef enum
{
  FY_ZONE_DRAW_BACKGROUND = 1 << 0,   /* the floor plan (or white paper) */
  FY_ZONE_DRAW_GRID_LINES = 1 << 1,   /* the snapping grid, faint */
  FY_ZONE_DRAW_AREAS      = 1 << 2,   /* fills and outlines */
  FY_ZONE_DRAW_HATCH      = 1 << 3,   /* level hatch inside the fills */
  FY_ZONE_DRAW_GRIDS      = 1 << 4,   /* outlines of grids (小网格) */
  FY_ZONE_DRAW_POINTS     = 1 << 5,   /* symbols */
  FY_ZONE_DRAW_LABELS     = 1 << 6,   /* names + headcount, without collisions */
  FY_ZONE_DRAW_LEGEND     = 1 << 7,   /* legend box in the bottom-left corner */
  FY_ZONE_DRAW_SELECTION  = 1 << 8,   /* handles of the selected area / symbol */
  FY_ZONE_DRAW_SCREEN     = 0x1ff,    /* everything */
  FY_ZONE_DRAW_PRINT      = 0x07d,    /* no grid lines, legend (the page has its own) or selection */
} FyZoneDrawFlags;

/* A layer over an area (the disinfection status, decided by the caller):
 * a wash of the colour (`wash` its opacity) and a thick border, dashed when
 * `dashed`, so that the states stay apart in black and white too. */
typedef struct
{
  double   red, green, blue;
  double   wash;
  gboolean dashed;
} FyZoneTint;

typedef struct
{
  FyZoneView       view;
  FyZoneDrawFlags  flags;
  double           font_size;        /* label text height in device units (0 = 12) */
  gint64           selected_area;    /* 0 = none */
  gint64           selected_point;
  gint64           skip_area;        /* not drawn (being dragged), 0 = none */
  GHashTable      *area_tints;       /* optional: area id (gint64 *) → FyZoneTint * */
} FyZoneRenderOptions;

/* Fills in the defaults: FY_ZONE_DRAW_SCREEN, font 12, nothing selected. */
void     fy_zone_render_options_init (FyZoneRenderOptions *options);


FyZoneRenderer *fy_zone_renderer_new  (void);
void     fy_zone_renderer_free      (FyZoneRenderer       *renderer);

/* Draws the map. The clip of `cr` limits the work: pass a clipped context
 * to repaint only part of the widget. The floor plan is decoded on first
 * use and kept while the map's image does not change. */
void     fy_zone_renderer_render    (FyZoneRenderer       *renderer,
                                     cairo_t              *cr,
                                     FyZoneMap            *map,
                                     const FyZoneRenderOptions *options);

/* An outline being drawn or dragged, filled as `level` with a dashed edge
 * and its corners marked (the editor's live feedback). */
void     fy_zone_renderer_draw_preview (FyZoneRenderer    *renderer,
                                     cairo_t              *cr,
                                     const FyZoneView     *view,
                                     const FyPoint        *points,
                                     guint                 n_points,
                                     FyZoneLevel           level,
                                     gboolean              closed);
/* One symbol at a device position (for toolbars and previews); size is
 * its width in device units. */
void     fy_zone_renderer_draw_symbol (FyZoneRenderer     *renderer,
                                     cairo_t              *cr,
                                     FyZonePointKind       kind,
                                     double                x,
                                     double                y,
                                     double                size);
/* A swatch of a level's fill and hatch in a device rectangle. */
void     fy_zone_renderer_draw_swatch (FyZoneRenderer     *renderer,
                                     cairo_t              *cr,
                                     FyZoneLevel           level,
                                     double                x,
                                     double                y,
                                     double                width,
                                     double                height);
/* The legend (levels with counts of areas and people, then the symbols in
 * use) with its top-left corner at `corner`; returns its size. With cr NULL
 * it only measures. */
void     fy_zone_renderer_draw_legend (FyZoneRenderer     *renderer,
                                     cairo_t              *cr,
                                     FyZoneMap            *map,
                                     FyPoint               corner,
                                     double                font_size,
                                     double               *width,
                                     double               *height);

G_END_DECLS
