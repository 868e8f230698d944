/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-geometry.c — plane geometry for the zone map (metres). */
#include "config.h"

#include <math.h>

#include "fy-geometry.h"
#include "fy-geometry-private.h"

FyRect
fy_rect_empty (void)
{
  return (FyRect) { INFINITY, INFINITY, -INFINITY, -INFINITY };
}

gboolean
fy_rect_is_empty (const FyRect *r)
{
  return !(r->x0 <= r->x1 && r->y0 <= r->y1);
}

void
fy_rect_add_point (FyRect *r, double x, double y)
{
  r->x0 = MIN (r->x0, x);
  r->y0 = MIN (r->y0, y);
  r->x1 = MAX (r->x1, x);
  r->y1 = MAX (r->y1, y);
}

gboolean
fy_rect_contains (const FyRect *r, double x, double y)
{
  return x >= r->x0 && x <= r->x1 && y >= r->y0 && y <= r->y1;
}

gboolean
fy_rect_intersects (const FyRect *a, const FyRect *b)
{
  return a->x0 <= b->x1 && b->x0 <= a->x1 && a->y0 <= b->y1 && b->y0 <= a->y1;
}

FyRect
fy_rect_inflate (const FyRect *r, double d)
{
  return (FyRect) { r->x0 - d, r->y0 - d, r->x1 + d, r->y1 + d };
}

void
fy_rect_to_polygon (const FyRect *r, FyPoint out[4])
{
  out[0] = (FyPoint) { r->x0, r->y0 };
  out[1] = (FyPoint) { r->x1, r->y0 };
  out[2] = (FyPoint) { r->x1, r->y1 };
  out[3] = (FyPoint) { r->x0, r->y1 };
}

FyRect
fy_polygon_bounds (const FyPoint *pts, guint n)
{
  FyRect r = fy_rect_empty ();

  for (guint i = 0; i < n; i++)
    fy_rect_add_point (&r, pts[i].x, pts[i].y);
  return r;
}

double
fy_polygon_signed_area (const FyPoint *pts, guint n)
{
  double sum = 0;

  if (n < 3)
    return 0;
  /* Shoelace, relative to the first vertex to keep precision far from 0. */
  for (guint i = 1; i + 1 < n; i++)
    sum += (pts[i].x - pts[0].x) * (pts[i + 1].y - pts[0].y)
         - (pts[i + 1].x - pts[0].x) * (pts[i].y - pts[0].y);
  return sum / 2;
}

double
fy_polygon_area (const FyPoint *pts, guint n)
{
  return fabs (fy_polygon_signed_area (pts, n));
}

FyPoint
fy_polygon_centroid (const FyPoint *pts, guint n)
{
  double a = 0, cx = 0, cy = 0;

  if (n == 0)
    return (FyPoint) { 0, 0 };
  for (guint i = 1; i + 1 < n; i++)
    {
      double x1 = pts[i].x - pts[0].x, y1 = pts[i].y - pts[0].y;
      double x2 = pts[i + 1].x - pts[0].x, y2 = pts[i + 1].y - pts[0].y;
      double cross = x1 * y2 - x2 * y1;
      a += cross;
      cx += (x1 + x2) * cross;
      cy += (y1 + y2) * cross;
    }
  if (fabs (a) < 1e-12)
    {
      /* Degenerate: fall back to the mean of the vertices. */
      cx = cy = 0;
      for (guint i = 0; i < n; i++)
        {
          cx += pts[i].x;
          cy += pts[i].y;
        }
      return (FyPoint) { cx / n, cy / n };
    }
  return (FyPoint) { pts[0].x + cx / (3 * a), pts[0].y + cy / (3 * a) };
}

double
fy_segment_distance (FyPoint p, FyPoint a, FyPoint b, FyPoint *closest)
{
  double dx = b.x - a.x, dy = b.y - a.y;
  double len2 = dx * dx + dy * dy;
  double t = 0;
  FyPoint c;

  if (len2 > 0)
    t = CLAMP (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0);
  c = (FyPoint) { a.x + t * dx, a.y + t * dy };
  if (closest)
    *closest = c;
  return hypot (p.x - c.x, p.y - c.y);
}

static gboolean
on_boundary (const FyPoint *pts, guint n, double x, double y)
{
  FyPoint p = { x, y };

  for (guint i = 0, j = n - 1; i < n; j = i++)
    if (fy_segment_distance (p, pts[j], pts[i], NULL) <= FY_GEOMETRY_EPSILON)
      return TRUE;
  return FALSE;
}

/* Crossing number; the boundary is decided separately. */
static gboolean
crossing_inside (const FyPoint *pts, guint n, double x, double y)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    {
      const FyPoint *a = &pts[i], *b = &pts[j];
      if ((a->y > y) != (b->y > y)
          && x < (b->x - a->x) * (y - a->y) / (b->y - a->y) + a->x)
        inside = !inside;
    }
  return inside;
}

gboolean
fy_polygon_contains (const FyPoint *pts, guint n, double x, double y)
{
  if (n < 3)
    return FALSE;
  if (crossing_inside (pts, n, x, y))
    return TRUE;
  return on_boundary (pts, n, x, y);
}

static double
orient (FyPoint a, FyPoint b, FyPoint c)
{
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

gboolean
fy_segments_intersect (FyPoint a, FyPoint b, FyPoint c, FyPoint d)
{
  double d1 = orient (c, d, a), d2 = orient (c, d, b);
  double d3 = orient (a, b, c), d4 = orient (a, b, d);

  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0))
      && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return TRUE;
  /* Touching (an endpoint on the other segment) or collinear overlap. */
  return fy_segment_distance (a, c, d, NULL) <= FY_GEOMETRY_EPSILON
      || fy_segment_distance (b, c, d, NULL) <= FY_GEOMETRY_EPSILON
      || fy_segment_distance (c, a, b, NULL) <= FY_GEOMETRY_EPSILON
      || fy_segment_distance (d, a, b, NULL) <= FY_GEOMETRY_EPSILON;
}

gboolean
fy_polygon_is_simple (const FyPoint *pts, guint n)
{
  if (n < 3)
    return FALSE;

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (hypot (pts[i].x - pts[j].x, pts[i].y - pts[j].y) <= FY_GEOMETRY_EPSILON)
        return FALSE;

  for (guint i = 0; i < n; i++)
    {
      FyPoint a = pts[i], b = pts[(i + 1) % n], c = pts[(i + 2) % n];

      /* Neighbouring edges may share their vertex but not fold back onto
       * each other (A → B → a point on A–B). */
      if (fy_segment_distance (c, a, b, NULL) <= FY_GEOMETRY_EPSILON
          || fy_segment_distance (a, b, c, NULL) <= FY_GEOMETRY_EPSILON)
        return FALSE;

      /* Edges that share no vertex must not meet at all. */
      for (guint j = i + 2; j < n; j++)
        {
          if (i == 0 && j == n - 1)
            continue;   /* the closing edge is a neighbour of edge 0 */
          if (fy_segments_intersect (a, b, pts[j], pts[(j + 1) % n]))
            return FALSE;
        }
    }
  return TRUE;
}

static int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* Middle of the widest inside run of the horizontal line at y, or FALSE. */
static gboolean
widest_run (const FyPoint *pts, guint n, double y, FyPoint *out)
{
  g_autofree double *xs = g_new (double, n);
  guint k = 0;
  double best = -1;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    {
      const FyPoint *a = &pts[i], *b = &pts[j];
      if ((a->y > y) != (b->y > y))
        xs[k++] = (b->x - a->x) * (y - a->y) / (b->y - a->y) + a->x;
    }
  qsort (xs, k, sizeof (double), cmp_double);
  for (guint i = 0; i + 1 < k; i += 2)
    if (xs[i + 1] - xs[i] > best)
      {
        best = xs[i + 1] - xs[i];
        *out = (FyPoint) { (xs[i] + xs[i + 1]) / 2, y };
      }
  return best > 0;
}

FyPoint
fy_polygon_label_point (const FyPoint *pts, guint n)
{
  FyPoint c = fy_polygon_centroid (pts, n), p;
  FyRect r;

  if (n < 3 || crossing_inside (pts, n, c.x, c.y))
    return c;
  /* Try the centroid's height, then heights spreading out from it. */
  r = fy_polygon_bounds (pts, n);
  for (int step = 0; step <= 16; step++)
    {
      double off = (r.y1 - r.y0) * (step / 2) / 16.0 * (step % 2 ? 1 : -1);
      double y = c.y + off;
      if (y > r.y0 && y < r.y1 && widest_run (pts, n, y, &p))
        return p;
    }
  return c;
}

int
fy_polygon_hit_vertex (const FyPoint *pts, guint n, double x, double y, double tolerance)
{
  int best = -1;
  double best_d = tolerance;

  for (guint i = 0; i < n; i++)
    {
      double d = hypot (pts[i].x - x, pts[i].y - y);
      if (d <= best_d)
        {
          best = (int) i;
          best_d = d;
        }
    }
  return best;
}

int
fy_polygon_hit_edge (const FyPoint *pts, guint n, double x, double y, double tolerance,
                     FyPoint *on_edge)
{
  int best = -1;
  double best_d = tolerance;
  FyPoint p = { x, y };

  for (guint i = 0; i < n && n >= 2; i++)
    {
      FyPoint c;
      double d = fy_segment_distance (p, pts[i], pts[(i + 1) % n], &c);
      if (d <= best_d)
        {
          best = (int) i;
          best_d = d;
          if (on_edge)
            *on_edge = c;
        }
    }
  return best;
}

FyPoint
fy_snap_to_grid (FyPoint p, double step)
{
  if (!(step > 0))
    return p;
  return (FyPoint) { round (p.x / step) * step, round (p.y / step) * step };
}

void
fy_polygon_translate (FyPoint *pts, guint n, double dx, double dy)
{
  for (guint i = 0; i < n; i++)
    {
      pts[i].x += dx;
      pts[i].y += dy;
    }
}

void
fy_polygon_map_rect (FyPoint *pts, guint n, const FyRect *from, const FyRect *to)
{
  double fw = from->x1 - from->x0, fh = from->y1 - from->y0;
  double sx = fw > 0 ? (to->x1 - to->x0) / fw : 1;
  double sy = fh > 0 ? (to->y1 - to->y0) / fh : 1;

  for (guint i = 0; i < n; i++)
    {
      pts[i].x = to->x0 + (pts[i].x - from->x0) * sx;
      pts[i].y = to->y0 + (pts[i].y - from->y0) * sy;
    }
}
