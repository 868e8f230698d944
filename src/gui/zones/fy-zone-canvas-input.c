/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-canvas-input.c — pointer presses and drags on the zone map, and
 * the tools that turn them into edits (keys, wheel, pinch and drops are in
 * fy-zone-canvas-keys.c).
 *
 * A drag shows a preview only; its end is ONE core call (move, resize,
 * corner, add), so one gesture is one undo step and one transaction. The
 * handlers read positions from their signal arguments only (not from the
 * current event), so tests can drive them by emitting the controllers'
 * signals with widget coordinates. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "fy-zone-canvas-private.h"


/* Smallest rectangle drawn (metres), below it a drag is taken as a slip. */
#define MIN_RECT_M 0.2

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

double
fy_zone_canvas_pick_metres (FyZoneCanvas *self)
{
  return fy_zone_view_to_metres (&self->view, FY_CANVAS_PICK_PX);
}

FyPoint
fy_zone_canvas_to_map (FyZoneCanvas *self, double x, double y)
{
  return fy_zone_view_to_map (&self->view, x, y);
}

/* Snaps to another area's corner nearby, else to the grid (when on). */
FyPoint
fy_zone_canvas_snap (FyZoneCanvas *self, FyPoint m, gint64 exclude_area)
{
  FyPoint out;

  self->snap_on_vertex = fy_zone_map_snap (self->map, m, fy_zone_canvas_pick_metres (self), exclude_area,
                                           self->snap_grid, &out);
  self->snap_at = out;
  self->snap_shown = TRUE;
  return out;
}

void
fy_zone_canvas_set_cursor (FyZoneCanvas *self, const char *name)
{
  if (self->cursor == name)
    return;
  self->cursor = name;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), name);
}

void
fy_zone_canvas_report (FyZoneCanvas *self, gboolean ok, GError *error)
{
  if (!ok && error != NULL)
    fy_zone_canvas_emit_error (self, error);
}

void
fy_zone_canvas_abort_op (FyZoneCanvas *self)
{
  gboolean was_pan = self->op == FY_CANVAS_OP_PAN;

  self->op = FY_CANVAS_OP_NONE;
  self->op_moved = FALSE;
  self->op_area = 0;
  self->op_point_id = 0;
  self->op_index = -1;
  g_clear_pointer (&self->op_orig, g_free);
  g_clear_pointer (&self->op_pts, g_free);
  self->op_n = 0;
  if (was_pan)
    fy_zone_canvas_settle (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Remembers an area's outline at press time for the preview. */
static void
grab_area (FyZoneCanvas *self, const FyZoneArea *a)
{
  self->op_area = a->id;
  self->op_level = a->level;
  self->op_shape = a->shape;
  self->op_n = a->n_points;
  g_free (self->op_orig);
  g_free (self->op_pts);
  self->op_orig = g_memdup2 (a->points, sizeof (FyPoint) * a->n_points);
  self->op_pts = g_memdup2 (a->points, sizeof (FyPoint) * a->n_points);
  self->op_bounds = a->bounds;
  self->op_new_bounds = a->bounds;
}

/* The resize handle of the selected area under (x, y), or -1. */
int
fy_zone_canvas_hit_handle (FyZoneCanvas *self, double x, double y)
{
  const FyZoneArea *a = self->sel_area ? fy_zone_map_lookup_area (self->map, self->sel_area) : NULL;
  FyPoint tl, br, h[8];
  FyRect box;

  if (a == NULL)
    return -1;
  tl = fy_zone_view_to_device (&self->view, (FyPoint) { a->bounds.x0, a->bounds.y0 });
  br = fy_zone_view_to_device (&self->view, (FyPoint) { a->bounds.x1, a->bounds.y1 });
  box = (FyRect) { tl.x, tl.y, br.x, br.y };
  fy_zone_canvas_handles (&box, h);
  for (int i = 0; i < 8; i++)
    if (fabs (h[i].x - x) <= 6 && fabs (h[i].y - y) <= 6)
      return i;
  return -1;
}

/* ------------------------------------------------------------------ */
/* Drag: move, resize, corners, rectangles, the scale line, panning    */

static void
begin_pan (FyZoneCanvas *self)
{
  self->op = FY_CANVAS_OP_PAN;
  self->pan_start = self->view;
  fy_zone_canvas_set_cursor (self, "grabbing");
}

static void
begin_select_tool (FyZoneCanvas *self, FyPoint m, double x, double y)
{
  int handle = fy_zone_canvas_hit_handle (self, x, y);
  FyZoneHit hit;

  if (handle >= 0)
    {
      grab_area (self, fy_zone_map_lookup_area (self->map, self->sel_area));
      self->op = FY_CANVAS_OP_RESIZE;
      self->op_index = handle;
      return;
    }
  hit = fy_zone_map_hit_test (self->map, m.x, m.y, fy_zone_canvas_pick_metres (self), self->sel_area);
  switch (hit.kind)
    {
    case FY_ZONE_HIT_POINT:
      {
        const FyZonePoint *p = fy_zone_map_lookup_point (self->map, hit.id);
        fy_zone_canvas_set_selection (self, 0, hit.id);
        self->op = FY_CANVAS_OP_MOVE_POINT;
        self->op_point_id = hit.id;
        self->op_a = self->op_b = (FyPoint) { p->x, p->y };
      }
      break;
    case FY_ZONE_HIT_VERTEX:
    case FY_ZONE_HIT_EDGE:
    case FY_ZONE_HIT_AREA:
      {
        const FyZoneArea *a = fy_zone_map_lookup_area (self->map, hit.id);
        int v;
        fy_zone_canvas_set_selection (self, hit.id, 0);
        grab_area (self, a);
        self->op = FY_CANVAS_OP_MOVE_AREA;
        /* The corner nearest the pointer is the one that snaps. */
        v = fy_polygon_hit_vertex (a->points, a->n_points, m.x, m.y, G_MAXDOUBLE);
        self->op_ref = a->points[MAX (v, 0)];
      }
      break;
    case FY_ZONE_HIT_NONE:
    default:
      fy_zone_canvas_set_selection (self, 0, 0);
      begin_pan (self);
      break;
    }
}

static void
begin_vertex_tool (FyZoneCanvas *self, FyPoint m)
{
  FyZoneHit hit = fy_zone_map_hit_test (self->map, m.x, m.y, fy_zone_canvas_pick_metres (self), self->sel_area);

  switch (hit.kind)
    {
    case FY_ZONE_HIT_VERTEX:
      self->sel_vertex = hit.index;
      grab_area (self, fy_zone_map_lookup_area (self->map, hit.id));
      self->op = FY_CANVAS_OP_MOVE_VERTEX;
      self->op_index = hit.index;
      break;
    case FY_ZONE_HIT_EDGE:
      self->sel_vertex = -1;   /* a double-click here adds a corner */
      break;
    case FY_ZONE_HIT_POINT:
      {
        const FyZonePoint *p = fy_zone_map_lookup_point (self->map, hit.id);
        fy_zone_canvas_set_selection (self, 0, hit.id);
        self->op = FY_CANVAS_OP_MOVE_POINT;
        self->op_point_id = hit.id;
        self->op_a = self->op_b = (FyPoint) { p->x, p->y };
      }
      break;
    case FY_ZONE_HIT_AREA:
      self->sel_vertex = -1;
      fy_zone_canvas_set_selection (self, hit.id, 0);
      break;
    case FY_ZONE_HIT_NONE:
    default:
      self->sel_vertex = -1;
      fy_zone_canvas_set_selection (self, 0, 0);
      begin_pan (self);
      break;
    }
  fy_zone_canvas_update_hint (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture, double x, double y, FyZoneCanvas *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  FyPoint m;

  if (self->map == NULL || !self->have_view)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_widget_grab_focus (GTK_WIDGET (self));
  fy_zone_canvas_abort_op (self);
  self->press_x = x;
  self->press_y = y;
  self->press_m = m = fy_zone_canvas_to_map (self, x, y);
  self->op_moved = FALSE;

  if (button == GDK_BUTTON_MIDDLE || (self->space_down && button != GDK_BUTTON_SECONDARY))
    begin_pan (self);
  else if (button == GDK_BUTTON_SECONDARY)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  else
    switch (self->tool)
      {
      case FY_ZONE_TOOL_SELECT:
        begin_select_tool (self, m, x, y);
        break;
      case FY_ZONE_TOOL_VERTEX:
        begin_vertex_tool (self, m);
        break;
      case FY_ZONE_TOOL_RECT:
        self->op = FY_CANVAS_OP_RECT;
        self->op_a = self->op_b = fy_zone_canvas_snap (self, m, 0);
        break;
      case FY_ZONE_TOOL_SCALE:
        self->op = FY_CANVAS_OP_SCALE;
        self->scale_done = FALSE;
        self->op_a = self->op_b = fy_zone_canvas_snap (self, m, 0);
        break;
      case FY_ZONE_TOOL_POLYGON:
      case FY_ZONE_TOOL_POINT:
      case FY_ZONE_N_TOOLS:
      default:
        break;   /* clicks: see on_pressed_cb */
      }

  /* Draw the map without this area now, before it starts moving: the
   * frames of the drag then only copy a picture. */
  if (self->op == FY_CANVAS_OP_MOVE_AREA || self->op == FY_CANVAS_OP_RESIZE
      || self->op == FY_CANVAS_OP_MOVE_VERTEX)
    fy_zone_canvas_prepare_drag (self, self->op_area);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_resize (FyZoneCanvas *self, FyPoint p)
{
  FyRect b = self->op_bounds;
  static const gboolean moves_x0[8] = { 1, 0, 0, 0, 0, 0, 1, 1 };
  static const gboolean moves_x1[8] = { 0, 0, 1, 1, 1, 0, 0, 0 };
  static const gboolean moves_y0[8] = { 1, 1, 1, 0, 0, 0, 0, 0 };
  static const gboolean moves_y1[8] = { 0, 0, 0, 0, 1, 1, 1, 0 };
  int i = self->op_index;

  if (moves_x0[i])
    b.x0 = MIN (p.x, b.x1 - MIN_RECT_M);
  if (moves_x1[i])
    b.x1 = MAX (p.x, b.x0 + MIN_RECT_M);
  if (moves_y0[i])
    b.y0 = MIN (p.y, b.y1 - MIN_RECT_M);
  if (moves_y1[i])
    b.y1 = MAX (p.y, b.y0 + MIN_RECT_M);
  self->op_new_bounds = b;
  memcpy (self->op_pts, self->op_orig, sizeof (FyPoint) * self->op_n);
  fy_polygon_map_rect (self->op_pts, self->op_n, &self->op_bounds, &b);
}

static void
update_vertex (FyZoneCanvas *self, FyPoint p)
{
  guint n = self->op_n, i = self->op_index;

  memcpy (self->op_pts, self->op_orig, sizeof (FyPoint) * n);
  if (self->op_shape == FY_ZONE_SHAPE_RECT && n == 4)
    {
      /* As the core does: the neighbours follow so a box stays a box. */
      guint nb[2] = { (i + n - 1) % n, (i + 1) % n };
      for (guint k = 0; k < 2; k++)
        {
          if (self->op_orig[nb[k]].x == self->op_orig[i].x)
            self->op_pts[nb[k]].x = p.x;
          else
            self->op_pts[nb[k]].y = p.y;
        }
    }
  self->op_pts[i] = p;
  self->op_b = p;
}

static void
on_drag_update_cb (GtkGestureDrag *gesture, double ox, double oy, FyZoneCanvas *self)
{
  double x = self->press_x + ox, y = self->press_y + oy;
  FyPoint m;

  if (self->op == FY_CANVAS_OP_NONE || self->map == NULL)
    return;
  if (!self->op_moved && self->op != FY_CANVAS_OP_PAN && hypot (ox, oy) < FY_CANVAS_DRAG_PX)
    return;
  self->op_moved = TRUE;
  self->have_pointer = TRUE;
  self->ptr_x = x;
  self->ptr_y = y;
  m = fy_zone_canvas_to_map (self, x, y);

  switch (self->op)
    {
    case FY_CANVAS_OP_PAN:
      {
        FyZoneView v = self->pan_start;
        v.offset_x += ox;
        v.offset_y += oy;
        fy_zone_canvas_set_view (self, &v, TRUE);
      }
      return;
    case FY_CANVAS_OP_MOVE_AREA:
      {
        FyPoint raw = { self->op_ref.x + m.x - self->press_m.x, self->op_ref.y + m.y - self->press_m.y };
        FyPoint to = fy_zone_canvas_snap (self, raw, self->op_area);
        self->op_delta = (FyPoint) { to.x - self->op_ref.x, to.y - self->op_ref.y };
        memcpy (self->op_pts, self->op_orig, sizeof (FyPoint) * self->op_n);
        fy_polygon_translate (self->op_pts, self->op_n, self->op_delta.x, self->op_delta.y);
        fy_zone_canvas_set_cursor (self, "grabbing");
      }
      break;
    case FY_CANVAS_OP_RESIZE:
      update_resize (self, fy_zone_canvas_snap (self, m, self->op_area));
      break;
    case FY_CANVAS_OP_MOVE_VERTEX:
      update_vertex (self, fy_zone_canvas_snap (self, m, self->op_area));
      break;
    case FY_CANVAS_OP_MOVE_POINT:
      self->op_b = m;
      self->snap_shown = FALSE;
      break;
    case FY_CANVAS_OP_RECT:
    case FY_CANVAS_OP_SCALE:
      self->op_b = fy_zone_canvas_snap (self, m, 0);
      break;
    case FY_CANVAS_OP_NONE:
    default:
      break;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
fy_zone_canvas_add_rect_area (FyZoneCanvas *self, GError **error)
{
  g_autoptr(FyZoneArea) area = fy_zone_area_new ();
  FyRect r = fy_rect_empty ();
  FyPoint pts[4];
  gint64 id;

  fy_rect_add_point (&r, self->op_a.x, self->op_a.y);
  fy_rect_add_point (&r, self->op_b.x, self->op_b.y);
  if (r.x1 - r.x0 < MIN_RECT_M || r.y1 - r.y0 < MIN_RECT_M)
    return TRUE;   /* a slip, not a drawing */
  fy_rect_to_polygon (&r, pts);
  g_free (area->name);
  /* Translators: the name a new area gets until the user names it */
  area->name = g_strdup_printf (_("Area %u"), fy_zone_map_get_n_areas (self->map) + 1);
  area->shape = FY_ZONE_SHAPE_RECT;
  area->function = FY_ZONE_FUNCTION_OTHER;
  fy_zone_area_set_points (area, pts, 4);
  if ((id = fy_zone_map_add_area (self->map, area, error)) == 0)
    return FALSE;
  fy_zone_canvas_set_selection (self, id, 0);
  fy_zone_canvas_emit_area_created (self, id);
  return TRUE;
}

static void
on_drag_end_cb (GtkGestureDrag *gesture, double ox, double oy, FyZoneCanvas *self)
{
  g_autoptr(GError) error = NULL;
  FyCanvasOp op = self->op;
  gboolean ok = TRUE;

  if (op == FY_CANVAS_OP_NONE || self->map == NULL)
    return;
  if (!self->op_moved && op != FY_CANVAS_OP_PAN)
    {
      fy_zone_canvas_abort_op (self);
      return;
    }
  /* Finish the preview first: the edit emits "changed" and the next frame
   * shows the map as saved. */
  self->op = FY_CANVAS_OP_NONE;
  self->snap_shown = FALSE;
  switch (op)
    {
    case FY_CANVAS_OP_PAN:
      fy_zone_canvas_settle (self);
      break;
    case FY_CANVAS_OP_MOVE_AREA:
      if (self->op_delta.x != 0 || self->op_delta.y != 0)
        ok = fy_zone_map_move_area (self->map, self->op_area, self->op_delta.x, self->op_delta.y, &error);
      break;
    case FY_CANVAS_OP_RESIZE:
      ok = fy_zone_map_resize_area (self->map, self->op_area, &self->op_new_bounds, &error);
      break;
    case FY_CANVAS_OP_MOVE_VERTEX:
      ok = fy_zone_map_move_vertex (self->map, self->op_area, self->op_index, self->op_b, &error);
      break;
    case FY_CANVAS_OP_MOVE_POINT:
      ok = fy_zone_map_move_point (self->map, self->op_point_id, self->op_b, &error);
      break;
    case FY_CANVAS_OP_RECT:
      ok = fy_zone_canvas_add_rect_area (self, &error);
      break;
    case FY_CANVAS_OP_SCALE:
      {
        FyPoint a = fy_zone_view_to_device (&self->view, self->op_a);
        FyPoint b = fy_zone_view_to_device (&self->view, self->op_b);
        if (hypot (b.x - a.x, b.y - a.y) >= FY_CANVAS_DRAG_PX)
          {
            self->scale_done = TRUE;
            fy_zone_canvas_emit_scale_line (self, self->op_a, self->op_b);
          }
      }
      break;
    case FY_CANVAS_OP_NONE:
    default:
      break;
    }
  fy_zone_canvas_abort_op (self);
  fy_zone_canvas_set_cursor (self, NULL);
  fy_zone_canvas_report (self, ok, error);
}

static void
on_drag_cancel_cb (GtkGesture *gesture, GdkEventSequence *sequence, FyZoneCanvas *self)
{
  fy_zone_canvas_abort_op (self);
}

/* ------------------------------------------------------------------ */
/* Clicks: polygon corners, symbols, double-clicks                     */

void
fy_zone_canvas_close_polygon (FyZoneCanvas *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneArea) area = NULL;
  gint64 id;

  if (self->poly->len < 3)
    return;
  if (!fy_zone_validate_polygon ((FyPoint *) self->poly->data, self->poly->len, &error))
    {
      /* Keep the corners: Backspace can fix the outline. */
      fy_zone_canvas_emit_error (self, error);
      return;
    }
  area = fy_zone_area_new ();
  g_free (area->name);
  area->name = g_strdup_printf (_("Area %u"), fy_zone_map_get_n_areas (self->map) + 1);
  area->shape = FY_ZONE_SHAPE_POLYGON;
  area->function = FY_ZONE_FUNCTION_OTHER;
  fy_zone_area_set_points (area, (FyPoint *) self->poly->data, self->poly->len);
  if ((id = fy_zone_map_add_area (self->map, area, &error)) == 0)
    {
      fy_zone_canvas_emit_error (self, error);
      return;
    }
  g_array_set_size (self->poly, 0);
  fy_zone_canvas_update_hint (self);
  fy_zone_canvas_set_selection (self, id, 0);
  fy_zone_canvas_emit_area_created (self, id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
polygon_click (FyZoneCanvas *self, int n_press, double x, double y)
{
  if (n_press >= 2)
    {
      /* The first click of the double-click placed the last corner. */
      fy_zone_canvas_close_polygon (self);
      return;
    }
  if (self->poly->len >= 3)
    {
      FyPoint first = fy_zone_view_to_device (&self->view, g_array_index (self->poly, FyPoint, 0));
      if (hypot (first.x - x, first.y - y) <= FY_CANVAS_PICK_PX)
        {
          fy_zone_canvas_close_polygon (self);
          return;
        }
    }
  fy_zone_canvas_add_corner (self, fy_zone_canvas_to_map (self, x, y));
}

void
fy_zone_canvas_add_corner (FyZoneCanvas *self, FyPoint m)
{
  FyPoint p = fy_zone_canvas_snap (self, m, 0);

  if (self->poly->len > 0)
    {
      FyPoint last = g_array_index (self->poly, FyPoint, self->poly->len - 1);
      if (hypot (last.x - p.x, last.y - p.y) < FY_GEOMETRY_EPSILON)
        return;
    }
  if (self->poly->len >= FY_ZONE_MAX_VERTICES)
    return;
  g_array_append_val (self->poly, p);
  fy_zone_canvas_update_hint (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
fy_zone_canvas_place_point_at (FyZoneCanvas *self, FyPoint m)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZonePoint) point = fy_zone_point_new ();
  gint64 id;

  point->kind = self->point_kind;
  point->x = m.x;
  point->y = m.y;
  g_free (point->name);
  point->name = g_strdup (fy_zone_point_kind_label (self->point_kind));
  if ((id = fy_zone_map_add_point (self->map, point, &error)) == 0)
    {
      fy_zone_canvas_emit_error (self, error);
      return;
    }
  fy_zone_canvas_set_selection (self, 0, id);
}

static void
insert_corner (FyZoneCanvas *self, double x, double y)
{
  g_autoptr(GError) error = NULL;
  FyPoint m = fy_zone_canvas_to_map (self, x, y);
  FyZoneHit hit = fy_zone_map_hit_test (self->map, m.x, m.y, fy_zone_canvas_pick_metres (self), self->sel_area);

  if (hit.kind != FY_ZONE_HIT_EDGE || hit.id != self->sel_area)
    return;
  if (!fy_zone_map_insert_vertex (self->map, hit.id, hit.index + 1, hit.at, &error))
    {
      fy_zone_canvas_emit_error (self, error);
      return;
    }
  self->sel_vertex = hit.index + 1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_pressed_cb (GtkGestureClick *gesture, int n_press, double x, double y, FyZoneCanvas *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (self->map == NULL || !self->have_view || (button != 0 && button != GDK_BUTTON_PRIMARY)
      || self->space_down)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->have_pointer = TRUE;
  self->ptr_x = x;
  self->ptr_y = y;
  switch (self->tool)
    {
    case FY_ZONE_TOOL_POLYGON:
      polygon_click (self, n_press, x, y);
      break;
    case FY_ZONE_TOOL_POINT:
      if (n_press == 1)
        fy_zone_canvas_place_point_at (self, fy_zone_canvas_to_map (self, x, y));
      break;
    case FY_ZONE_TOOL_SELECT:
      /* Double-click an area: edit its corners. */
      if (n_press == 2 && self->sel_area)
        {
          fy_zone_canvas_abort_op (self);
          fy_zone_canvas_set_tool (self, FY_ZONE_TOOL_VERTEX);
        }
      break;
    case FY_ZONE_TOOL_VERTEX:
      if (n_press == 2 && self->sel_area)
        insert_corner (self, x, y);
      break;
    case FY_ZONE_TOOL_RECT:
    case FY_ZONE_TOOL_SCALE:
    case FY_ZONE_N_TOOLS:
    default:
      break;
    }
}

void
fy_zone_canvas_init_pointer (FyZoneCanvas *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  /* Every button: the middle one pans. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), 0);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (on_drag_cancel_cb), self);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  fy_zone_canvas_add_controller (self, "drag", GTK_EVENT_CONTROLLER (drag));
  fy_zone_canvas_add_controller (self, "click", GTK_EVENT_CONTROLLER (click));
  /* Grouped: the drag claiming a press must not hide it from the click. */
  gtk_gesture_group (click, drag);
}
