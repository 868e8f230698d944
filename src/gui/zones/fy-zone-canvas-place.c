/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-canvas-place.c — drawing on the zone map without a mouse. With
 * the rectangle, polygon or symbol tool the arrows move a keyboard cursor
 * (one grid step, Shift ten), Enter places a symbol, a rectangle's corner
 * or a polygon's corner there, Enter on the first corner (or C) closes the
 * polygon and Esc cancels. The cursor is drawn as a ring with a cross and
 * its position is given in the position label and the accessible name. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "fy-zone-canvas-private.h"

gboolean
fy_zone_canvas_cursor_applies (FyZoneCanvas *self)
{
  return self->tool == FY_ZONE_TOOL_RECT || self->tool == FY_ZONE_TOOL_POLYGON
         || self->tool == FY_ZONE_TOOL_POINT;
}

static double
grid_or_metre (FyZoneCanvas *self)
{
  double step = fy_zone_map_get_grid_step (self->map);

  return step > 0 ? step : 1;
}

/* Tells where the cursor is: the position label and a screen reader. */
static void
announce (FyZoneCanvas *self)
{
  /* Translators: the pointer's position on the map in metres */
  g_autofree char *position = g_strdup_printf (_("%.1f m, %.1f m"), self->kcursor.x, self->kcursor.y);
  /* TRANSLATORS: the zone map's accessible name while the keyboard cursor is shown. */
  g_autofree char *label = g_strdup_printf (_("Zone map: cursor at %s"), position);

  fy_zone_canvas_set_position_text (self, position);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* The cursor starts in the middle of what is shown, on the grid. */
static void
show_cursor (FyZoneCanvas *self)
{
  FyPoint m = fy_zone_canvas_to_map (self, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                                     gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
  double step = grid_or_metre (self);

  self->kcursor.x = round (m.x / step) * step;
  self->kcursor.y = round (m.y / step) * step;
  self->kcursor_on = TRUE;
}

void
fy_zone_canvas_cursor_hide (FyZoneCanvas *self)
{
  if (!self->kcursor_on)
    return;
  self->kcursor_on = FALSE;
  fy_zone_canvas_set_position_text (self, "");
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
fy_zone_canvas_cursor_move (FyZoneCanvas *self, int dx, int dy, gboolean large)
{
  double step = grid_or_metre (self) * (large ? 10 : 1);

  if (!self->have_view)
    return;
  if (!self->kcursor_on)
    show_cursor (self);
  else
    {
      self->kcursor.x += dx * step;
      self->kcursor.y += dy * step;
    }
  if (self->op == FY_CANVAS_OP_RECT)
    self->op_b = self->kcursor;
  /* Keep it in sight: pan when it leaves the view. */
  {
    FyPoint d = fy_zone_view_to_device (&self->view, self->kcursor);
    int w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
    if (w > 0 && h > 0 && (d.x < 0 || d.y < 0 || d.x > w || d.y > h))
      {
        FyZoneView v = self->view;
        v.offset_x += w / 2.0 - d.x;
        v.offset_y += h / 2.0 - d.y;
        fy_zone_canvas_set_view (self, &v, FALSE);
      }
  }
  announce (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_first_corner (FyZoneCanvas *self)
{
  FyPoint first;

  if (self->poly->len < 3)
    return FALSE;
  first = g_array_index (self->poly, FyPoint, 0);
  return hypot (first.x - self->kcursor.x, first.y - self->kcursor.y) < grid_or_metre (self) / 2;
}

gboolean
fy_zone_canvas_cursor_enter (FyZoneCanvas *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (!self->kcursor_on)
    return FALSE;
  switch (self->tool)
    {
    case FY_ZONE_TOOL_POINT:
      fy_zone_canvas_place_point_at (self, self->kcursor);
      break;
    case FY_ZONE_TOOL_POLYGON:
      if (on_first_corner (self))
        fy_zone_canvas_close_polygon (self);
      else
        fy_zone_canvas_add_corner (self, self->kcursor);
      break;
    case FY_ZONE_TOOL_RECT:
      if (self->op != FY_CANVAS_OP_RECT)
        {
          /* The first corner; the arrows then stretch the rectangle. */
          fy_zone_canvas_abort_op (self);
          self->op = FY_CANVAS_OP_RECT;
          self->op_moved = TRUE;
          self->op_a = self->op_b = self->kcursor;
        }
      else
        {
          self->op_b = self->kcursor;
          ok = fy_zone_canvas_add_rect_area (self, &error);
          fy_zone_canvas_abort_op (self);
        }
      break;
    case FY_ZONE_TOOL_SELECT:
    case FY_ZONE_TOOL_VERTEX:
    case FY_ZONE_TOOL_SCALE:
    case FY_ZONE_N_TOOLS:
    default:
      return FALSE;
    }
  fy_zone_canvas_report (self, ok, error);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

void
fy_zone_canvas_draw_cursor (FyZoneCanvas *self, cairo_t *cr)
{
  FyPoint d;

  if (!self->kcursor_on || !fy_zone_canvas_cursor_applies (self))
    return;
  d = fy_zone_view_to_device (&self->view, self->kcursor);
  cairo_save (cr);
  /* Dark under light: visible on any fill. */
  for (int pass = 0; pass < 2; pass++)
    {
      cairo_set_line_width (cr, pass == 0 ? 4 : 2);
      if (pass == 0)
        cairo_set_source_rgba (cr, 0, 0, 0, 0.8);
      else
        cairo_set_source_rgb (cr, 1.0, 0.85, 0.1);
      cairo_new_path (cr);
      cairo_arc (cr, d.x, d.y, 9, 0, 2 * G_PI);
      cairo_move_to (cr, d.x - 16, d.y);
      cairo_line_to (cr, d.x - 4, d.y);
      cairo_move_to (cr, d.x + 4, d.y);
      cairo_line_to (cr, d.x + 16, d.y);
      cairo_move_to (cr, d.x, d.y - 16);
      cairo_line_to (cr, d.x, d.y - 4);
      cairo_move_to (cr, d.x, d.y + 4);
      cairo_line_to (cr, d.x, d.y + 16);
      cairo_stroke (cr);
    }
  if (on_first_corner (self))
    {
      /* Enter here closes the polygon. */
      cairo_arc (cr, d.x, d.y, 13, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.95, 0.45, 0.0);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

FyPoint
fy_zone_canvas_get_key_cursor (FyZoneCanvas *self, gboolean *shown)
{
  if (shown)
    *shown = self->kcursor_on;
  return self->kcursor;
}
