/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-geometry.h — plane geometry for the zone map, in map units (metres).
 *
 * Polygons are arrays of FyPoint, implicitly closed (the last vertex joins
 * the first), in either winding. Nothing here allocates except where noted,
 * and nothing knows about pixels: callers convert device coordinates (and
 * tolerances) to metres first. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
} FyPoint;

/* An axis-aligned box, x0 <= x1 and y0 <= y1 (empty when x0 > x1). */
typedef struct
{
  double x0;
  double y0;
  double x1;
  double y1;
} FyRect;

/* Smallest meaningful length: vertices closer than this are the same point
 * (a millimetre; maps are drawn in metres). */
#define FY_GEOMETRY_EPSILON 1e-3

/* Rectangles */
FyRect   fy_rect_empty            (void);
void     fy_rect_add_point        (FyRect        *r,
                                   double         x,
                                   double         y);
gboolean fy_rect_contains         (const FyRect  *r,
                                   double         x,
                                   double         y);
gboolean fy_rect_intersects       (const FyRect  *a,
                                   const FyRect  *b);
/* Grows (or shrinks, negative) the box by `d` on every side. */
FyRect   fy_rect_inflate          (const FyRect  *r,
                                   double         d);

/* Polygons */
FyRect   fy_polygon_bounds        (const FyPoint *pts,
                                   guint          n);
/* Positive when counter-clockwise in a y-up frame (clockwise on screen). */
double   fy_polygon_signed_area   (const FyPoint *pts,
                                   guint          n);
double   fy_polygon_area          (const FyPoint *pts,
                                   guint          n);
/* Centre of mass of the enclosed region (the vertex mean when the area
 * is zero). May lie outside a concave polygon: see fy_polygon_label_point. */
FyPoint  fy_polygon_centroid      (const FyPoint *pts,
                                   guint          n);
/* A point inside the polygon suitable for a label: the centroid when it is
 * inside, otherwise the middle of the widest horizontal run through the
 * polygon near the centroid's height. */
FyPoint  fy_polygon_label_point   (const FyPoint *pts,
                                   guint          n);
/* Inside test. Points on the boundary (within FY_GEOMETRY_EPSILON) count as
 * inside, so a symbol placed on an area's edge is "in" the area. */
gboolean fy_polygon_contains      (const FyPoint *pts,
                                   guint          n,
                                   double         x,
                                   double         y);
/* TRUE when no two edges cross or touch except neighbours at their shared
 * vertex, and no two vertices coincide. */
gboolean fy_polygon_is_simple     (const FyPoint *pts,
                                   guint          n);

/* Segments and vertices */
/* Distance from p to the segment a–b; the closest point in *closest. */
double   fy_segment_distance      (FyPoint        p,
                                   FyPoint        a,
                                   FyPoint        b,
                                   FyPoint       *closest);
/* Proper or touching intersection of segments a–b and c–d. */
gboolean fy_segments_intersect    (FyPoint        a,
                                   FyPoint        b,
                                   FyPoint        c,
                                   FyPoint        d);
/* Index of the vertex nearest to (x, y) within `tolerance`, or -1. */
int      fy_polygon_hit_vertex    (const FyPoint *pts,
                                   guint          n,
                                   double         x,
                                   double         y,
                                   double         tolerance);
/* Index i of the edge (vertex i to vertex i+1) nearest to (x, y) within
 * `tolerance`, or -1; the nearest point on it in *on_edge. A new vertex
 * belongs at index i + 1. */
int      fy_polygon_hit_edge      (const FyPoint *pts,
                                   guint          n,
                                   double         x,
                                   double         y,
                                   double         tolerance,
                                   FyPoint       *on_edge);

/* Snapping */
/* Rounds to the nearest multiple of `step` (unchanged when step <= 0). */
FyPoint  fy_snap_to_grid          (FyPoint        p,
                                   double         step);

/* Transforms */
void     fy_polygon_translate     (FyPoint       *pts,
                                   guint          n,
                                   double         dx,
                                   double         dy);
/* Maps the box `from` onto the box `to`, point by point (resize handles). */
void     fy_polygon_map_rect      (FyPoint       *pts,
                                   guint          n,
                                   const FyRect  *from,
                                   const FyRect  *to);

/* The four corners of a box as a polygon, clockwise on screen from the
 * top-left: (x0,y0) (x1,y0) (x1,y1) (x0,y1). */
void     fy_rect_to_polygon       (const FyRect  *r,
                                   FyPoint        out[4]);

G_END_DECLS
