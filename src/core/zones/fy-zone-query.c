/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-query.c — questions asked of a zone map: hit tests, snapping,
 * and the warnings (things to fix that are not forbidden). */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "fy-zone-map-private.h"

gint64
fy_zone_map_hit_area (FyZoneMap *self, double x, double y)
{
  g_return_val_if_fail (FY_IS_ZONE_MAP (self), 0);

  /* Top of the drawing order first; the box test rejects nearly all. */
  for (guint i = self->areas->len; i-- > 0;)
    {
      const FyZoneArea *a = self->areas->pdata[i];
      if (fy_rect_contains (&a->bounds, x, y) && fy_polygon_contains (a->points, a->n_points, x, y))
        return a->id;
    }
  return 0;
}

gint64
fy_zone_map_hit_point (FyZoneMap *self, double x, double y, double tolerance)
{
  gint64 best = 0;
  double best_d = tolerance;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), 0);
  for (guint i = 0; i < self->points->len; i++)
    {
      const FyZonePoint *p = self->points->pdata[i];
      double d = hypot (p->x - x, p->y - y);
      if (d <= best_d)
        {
          best = p->id;
          best_d = d;
        }
    }
  return best;
}

FyZoneHit
fy_zone_map_hit_test (FyZoneMap *self, double x, double y, double tolerance, gint64 selected_area)
{
  FyZoneHit hit = { FY_ZONE_HIT_NONE, 0, -1, { x, y } };
  const FyZoneArea *sel;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), hit);

  if ((hit.id = fy_zone_map_hit_point (self, x, y, tolerance)) != 0)
    {
      hit.kind = FY_ZONE_HIT_POINT;
      return hit;
    }
  sel = selected_area ? fy_zone_map_lookup_area (self, selected_area) : NULL;
  if (sel != NULL)
    {
      FyRect near = fy_rect_inflate (&sel->bounds, tolerance);
      if (fy_rect_contains (&near, x, y))
        {
          int v = fy_polygon_hit_vertex (sel->points, sel->n_points, x, y, tolerance);
          if (v >= 0)
            return (FyZoneHit) { FY_ZONE_HIT_VERTEX, sel->id, v, sel->points[v] };
          v = fy_polygon_hit_edge (sel->points, sel->n_points, x, y, tolerance, &hit.at);
          if (v >= 0)
            {
              hit.kind = FY_ZONE_HIT_EDGE;
              hit.id = sel->id;
              hit.index = v;
              return hit;
            }
        }
    }
  if ((hit.id = fy_zone_map_hit_area (self, x, y)) != 0)
    hit.kind = FY_ZONE_HIT_AREA;
  return hit;
}

gboolean
fy_zone_map_snap (FyZoneMap *self, FyPoint p, double tolerance, gint64 exclude_area,
                  gboolean to_grid, FyPoint *out)
{
  double best_d = tolerance;
  gboolean found = FALSE;

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), FALSE);
  *out = p;
  for (guint i = 0; i < self->areas->len; i++)
    {
      const FyZoneArea *a = self->areas->pdata[i];
      FyRect near;

      if (a->id == exclude_area)
        continue;
      near = fy_rect_inflate (&a->bounds, tolerance);
      if (!fy_rect_contains (&near, p.x, p.y))
        continue;
      for (guint k = 0; k < a->n_points; k++)
        {
          double d = hypot (a->points[k].x - p.x, a->points[k].y - p.y);
          if (d <= best_d)
            {
              best_d = d;
              *out = a->points[k];
              found = TRUE;
            }
        }
    }
  if (!found && to_grid)
    *out = fy_snap_to_grid (p, self->props->grid_step_m);
  return found;
}

/* ------------------------------------------------------------------ */
/* Warnings                                                            */

static void
add_warning (GPtrArray *list, FyZoneWarningKind kind, gint64 area_id, gint64 point_id, char *message)
{
  FyZoneWarning *w = g_new0 (FyZoneWarning, 1);

  w->kind = kind;
  w->area_id = area_id;
  w->point_id = point_id;
  w->message = message;
  g_ptr_array_add (list, w);
}

/* TRUE when some area of `level` contains the point. */
static gboolean
inside_level (FyZoneMap *self, const FyZonePoint *p, FyZoneLevel level)
{
  for (guint i = 0; i < self->areas->len; i++)
    {
      const FyZoneArea *a = self->areas->pdata[i];
      if (a->level == level && fy_rect_contains (&a->bounds, p->x, p->y)
          && fy_polygon_contains (a->points, a->n_points, p->x, p->y))
        return TRUE;
    }
  return FALSE;
}

static const char *
point_title (const FyZonePoint *p)
{
  return *p->name ? p->name : fy_zone_point_kind_label (p->kind);
}

GPtrArray *
fy_zone_map_check (FyZoneMap *self)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_zone_warning_free);

  g_return_val_if_fail (FY_IS_ZONE_MAP (self), list);

  for (guint i = 0; i < self->points->len; i++)
    {
      const FyZonePoint *p = self->points->pdata[i];

      if (p->kind == FY_ZONE_POINT_ISOLATION && !inside_level (self, p, FY_ZONE_LEVEL_RED))
        add_warning (list, FY_ZONE_WARNING_ISOLATION_NOT_IN_RED, fy_zone_map_hit_area (self, p->x, p->y), p->id,
                     g_strdup_printf (_("The isolation point “%s” is not inside a red area. Move it into the red area or mark its area red."),
                                      point_title (p)));
      else if (p->kind == FY_ZONE_POINT_OBSERVATION && !inside_level (self, p, FY_ZONE_LEVEL_YELLOW))
        add_warning (list, FY_ZONE_WARNING_OBSERVATION_NOT_IN_YELLOW, fy_zone_map_hit_area (self, p->x, p->y), p->id,
                     g_strdup_printf (_("The observation point “%s” is not inside a yellow area. Move it into the yellow area or mark its area yellow."),
                                      point_title (p)));
      else if (p->kind == FY_ZONE_POINT_ENTRANCE && *p->place_code == '\0')
        add_warning (list, FY_ZONE_WARNING_ENTRANCE_WITHOUT_PLACE_CODE, 0, p->id,
                     g_strdup_printf (_("The entrance “%s” has no place code. Every entrance needs its own place code."),
                                      point_title (p)));
    }

  for (guint i = 0; i < self->areas->len; i++)
    {
      const FyZoneArea *a = self->areas->pdata[i];
      int count = fy_zone_map_get_headcount (self, a->id);

      if (a->capacity > 0 && count > a->capacity)
        add_warning (list, FY_ZONE_WARNING_OVER_CAPACITY, a->id, 0,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "The area “%s” has %d person assigned but room for %d.",
                                                   "The area “%s” has %d people assigned but room for %d.",
                                                   count),
                                      a->name, count, a->capacity));
    }
  return list;
}
