/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-canvas-keys.c — the zone canvas's other input: pointer motion
 * (hover, snapping mark, cursor), wheel and pinch zoom, keys (tools, Tab
 * through the areas and symbols, Enter to edit one in the side panel,
 * Escape, Delete, space to pan, arrows to nudge) and departments dropped
 * on an area. Handlers take positions from their signal arguments only, so
 * tests can drive them by emitting the controllers' signals. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "fy-zone-canvas-private.h"

#define DEPARTMENT_PREFIX "fangyi-department:"

static const char *const handle_cursors[8] = {
  "nwse-resize", "ns-resize", "nesw-resize", "ew-resize",
  "nwse-resize", "ns-resize", "nesw-resize", "ew-resize",
};

/* ------------------------------------------------------------------ */
/* Pointer motion: hover, snapping mark, cursor, position              */

static void
update_cursor (FyZoneCanvas *self, double x, double y)
{
  FyPoint m = fy_zone_canvas_to_map (self, x, y);
  const char *name = NULL;

  if (self->space_down)
    name = "grab";
  else
    switch (self->tool)
      {
      case FY_ZONE_TOOL_SELECT:
        {
          int handle = fy_zone_canvas_hit_handle (self, x, y);
          if (handle >= 0)
            name = handle_cursors[handle];
          else
            {
              FyZoneHit hit = fy_zone_map_hit_test (self->map, m.x, m.y, fy_zone_canvas_pick_metres (self), self->sel_area);
              if (hit.kind == FY_ZONE_HIT_NONE)
                name = "grab";
              else if (hit.kind == FY_ZONE_HIT_POINT || hit.id == self->sel_area)
                name = "move";
              else
                name = "pointer";
            }
        }
        break;
      case FY_ZONE_TOOL_VERTEX:
        {
          FyZoneHit hit = fy_zone_map_hit_test (self->map, m.x, m.y, fy_zone_canvas_pick_metres (self), self->sel_area);
          name = hit.kind == FY_ZONE_HIT_VERTEX || hit.kind == FY_ZONE_HIT_POINT ? "move"
                 : hit.kind == FY_ZONE_HIT_EDGE ? "copy"
                 : hit.kind == FY_ZONE_HIT_AREA ? "pointer" : "grab";
        }
        break;
      case FY_ZONE_TOOL_RECT:
      case FY_ZONE_TOOL_POLYGON:
      case FY_ZONE_TOOL_SCALE:
        name = "crosshair";
        break;
      case FY_ZONE_TOOL_POINT:
        name = "copy";
        break;
      case FY_ZONE_N_TOOLS:
      default:
        break;
      }
  fy_zone_canvas_set_cursor (self, name);
}

static void
on_motion_cb (GtkEventControllerMotion *motion, double x, double y, FyZoneCanvas *self)
{
  gboolean redraw = FALSE;
  g_autofree char *position = NULL;
  FyPoint m;

  if (self->map == NULL || !self->have_view)
    return;
  self->have_pointer = TRUE;
  self->ptr_x = x;
  self->ptr_y = y;
  m = fy_zone_canvas_to_map (self, x, y);
  /* Translators: the pointer's position on the map in metres */
  position = g_strdup_printf (_("%.1f m, %.1f m"), m.x, m.y);
  fy_zone_canvas_set_position_text (self, position);

  if (self->op != FY_CANVAS_OP_NONE)
    return;   /* the drag handlers draw */

  if (self->tool == FY_ZONE_TOOL_SELECT || self->tool == FY_ZONE_TOOL_VERTEX)
    {
      gint64 hover = fy_zone_map_hit_area (self->map, m.x, m.y);
      if (hover != self->hover_area)
        {
          self->hover_area = hover;
          redraw = TRUE;
        }
    }
  if (self->tool == FY_ZONE_TOOL_RECT || self->tool == FY_ZONE_TOOL_POLYGON
      || (self->tool == FY_ZONE_TOOL_SCALE && !self->scale_done))
    {
      fy_zone_canvas_snap (self, m, 0);
      redraw = TRUE;
    }
  else if (self->snap_shown)
    {
      self->snap_shown = FALSE;
      redraw = TRUE;
    }
  update_cursor (self, x, y);
  if (redraw)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_leave_cb (GtkEventControllerMotion *motion, FyZoneCanvas *self)
{
  self->have_pointer = FALSE;
  self->hover_area = 0;
  self->snap_shown = FALSE;
  fy_zone_canvas_set_position_text (self, "");
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------ */
/* Wheel and pinch                                                     */

static gboolean
on_scroll_cb (GtkEventControllerScroll *scroll, double dx, double dy, FyZoneCanvas *self)
{
  double x = self->have_pointer ? self->ptr_x : gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double y = self->have_pointer ? self->ptr_y : gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (self->map == NULL || !self->have_view || dy == 0)
    return FALSE;
  /* One wheel notch = 20 %; touchpads send fractions of a notch. */
  fy_zone_canvas_zoom_at (self, pow (1.2, -CLAMP (dy, -5, 5)), x, y, TRUE);
  return TRUE;
}

static void
on_zoom_begin_cb (GtkGesture *gesture, GdkEventSequence *sequence, FyZoneCanvas *self)
{
  self->zoom_start_scale = self->view.scale;
  if (!gtk_gesture_get_bounding_box_center (gesture, &self->zoom_cx, &self->zoom_cy))
    {
      self->zoom_cx = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      self->zoom_cy = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
}

static void
on_zoom_scale_changed_cb (GtkGestureZoom *gesture, double scale, FyZoneCanvas *self)
{
  if (self->view.scale > 0 && self->zoom_start_scale > 0)
    fy_zone_canvas_zoom_at (self, self->zoom_start_scale * scale / self->view.scale,
                            self->zoom_cx, self->zoom_cy, TRUE);
}

static void
on_zoom_end_cb (GtkGesture *gesture, GdkEventSequence *sequence, FyZoneCanvas *self)
{
  fy_zone_canvas_settle (self);
}

/* ------------------------------------------------------------------ */
/* Keys                                                                */

static void
nudge (FyZoneCanvas *self, double dx, double dy)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (self->sel_area)
    ok = fy_zone_map_move_area (self->map, self->sel_area, dx, dy, &error);
  else if (self->sel_point)
    {
      const FyZonePoint *p = fy_zone_map_lookup_point (self->map, self->sel_point);
      ok = fy_zone_map_move_point (self->map, p->id, (FyPoint) { p->x + dx, p->y + dy }, &error);
    }
  else
    {
      /* Nothing selected: the arrows pan. */
      FyZoneView v = self->view;
      v.offset_x -= ((dx > 0) - (dx < 0)) * 48;
      v.offset_y -= ((dy > 0) - (dy < 0)) * 48;
      fy_zone_canvas_set_view (self, &v, FALSE);
    }
  fy_zone_canvas_report (self, ok, error);
}

/* ------------------------------------------------------------------ */
/* The map's items by keyboard                                         */

/* Tab order: the areas in drawing order, then the symbols. */
static int
current_item (FyZoneCanvas *self)
{
  guint n_areas = fy_zone_map_get_n_areas (self->map);

  for (guint i = 0; i < n_areas && self->sel_area; i++)
    if (fy_zone_map_get_area (self->map, i)->id == self->sel_area)
      return (int) i;
  for (guint i = 0; i < fy_zone_map_get_n_points (self->map) && self->sel_point; i++)
    if (fy_zone_map_get_point (self->map, i)->id == self->sel_point)
      return (int) (n_areas + i);
  return -1;
}

/* Selects the next (or previous) item; past the last one the selection
 * ends and Tab leaves the map (FALSE). */
static gboolean
cycle_item (FyZoneCanvas *self, int direction)
{
  guint n_areas = fy_zone_map_get_n_areas (self->map);
  int n = (int) (n_areas + fy_zone_map_get_n_points (self->map));
  int cur = current_item (self);
  int next = cur < 0 ? (direction > 0 ? 0 : n - 1) : cur + direction;

  if (n == 0 || next < 0 || next >= n)
    {
      fy_zone_canvas_set_selection (self, 0, 0);
      return FALSE;
    }
  if ((guint) next < n_areas)
    fy_zone_canvas_set_selection (self, fy_zone_map_get_area (self->map, next)->id, 0);
  else
    fy_zone_canvas_set_selection (self, 0, fy_zone_map_get_point (self->map, next - n_areas)->id);
  return TRUE;
}

char *
fy_zone_canvas_describe_selection (FyZoneCanvas *self)
{
  const FyZoneArea *a = self->map && self->sel_area ? fy_zone_map_lookup_area (self->map, self->sel_area) : NULL;
  const FyZonePoint *p = self->map && self->sel_point ? fy_zone_map_lookup_point (self->map, self->sel_point) : NULL;
  g_autofree char *item = NULL;
  g_autofree char *label = NULL;

  if (a)
    {
      int people = fy_zone_map_get_headcount (self->map, a->id);
      /* TRANSLATORS: the selected area for a screen reader: name, level, headcount. */
      item = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s, %d person", "%s, %s, %d people", people),
                              a->name, fy_zone_level_label (a->level), people);
    }
  else if (p)
    item = g_strdup_printf (_("%s, %s"), p->name && *p->name ? p->name : fy_zone_point_kind_label (p->kind),
                            fy_zone_point_kind_label (p->kind));
  /* TRANSLATORS: the zone map and what is selected on it. */
  label = item ? g_strdup_printf (_("Zone map: %s"), item) : g_strdup (_("Zone map"));
  return g_steal_pointer (&label);
}

/* The map's accessible name says what is selected: a screen reader
 * reads it as the selection moves. */
static void
on_selection_changed_cb (FyZoneCanvas *self)
{
  g_autofree char *label = fy_zone_canvas_describe_selection (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* The canvas's keys, one table for the handler and for
 * fy_zone_canvas_key_bound() (the shortcuts window lists them). */
typedef enum
{
  KEY_ESCAPE, KEY_CLOSE_POLYGON, KEY_BACK_ONE_POINT, KEY_DELETE, KEY_PAN,
  KEY_LEFT, KEY_RIGHT, KEY_UP, KEY_DOWN, KEY_ZOOM_IN, KEY_ZOOM_OUT, KEY_TOOL, KEY_FINISH
} CanvasKey;

static const struct { guint keyval; CanvasKey key; FyZoneTool tool; } canvas_keys[] = {
  { GDK_KEY_Escape, KEY_ESCAPE, 0 },
  { GDK_KEY_Return, KEY_CLOSE_POLYGON, 0 },
  { GDK_KEY_KP_Enter, KEY_CLOSE_POLYGON, 0 },
  { GDK_KEY_ISO_Enter, KEY_CLOSE_POLYGON, 0 },
  { GDK_KEY_BackSpace, KEY_BACK_ONE_POINT, 0 },
  { GDK_KEY_Delete, KEY_DELETE, 0 },
  { GDK_KEY_KP_Delete, KEY_DELETE, 0 },
  { GDK_KEY_space, KEY_PAN, 0 },
  { GDK_KEY_Left, KEY_LEFT, 0 },
  { GDK_KEY_Right, KEY_RIGHT, 0 },
  { GDK_KEY_Up, KEY_UP, 0 },
  { GDK_KEY_Down, KEY_DOWN, 0 },
  { GDK_KEY_plus, KEY_ZOOM_IN, 0 },
  { GDK_KEY_equal, KEY_ZOOM_IN, 0 },
  { GDK_KEY_KP_Add, KEY_ZOOM_IN, 0 },
  { GDK_KEY_minus, KEY_ZOOM_OUT, 0 },
  { GDK_KEY_KP_Subtract, KEY_ZOOM_OUT, 0 },
  { GDK_KEY_v, KEY_TOOL, FY_ZONE_TOOL_SELECT },
  { GDK_KEY_r, KEY_TOOL, FY_ZONE_TOOL_RECT },
  { GDK_KEY_p, KEY_TOOL, FY_ZONE_TOOL_POLYGON },
  { GDK_KEY_e, KEY_TOOL, FY_ZONE_TOOL_VERTEX },
  { GDK_KEY_s, KEY_TOOL, FY_ZONE_TOOL_POINT },
  { GDK_KEY_l, KEY_TOOL, FY_ZONE_TOOL_SCALE },
  { GDK_KEY_c, KEY_FINISH, 0 },
};

/* Shift is allowed (it makes a nudge ten times longer; V and v are one
 * tool); Ctrl, Alt and Super belong to the page's shortcuts. */
static int
find_canvas_key (guint keyval, GdkModifierType state)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return -1;
  keyval = gdk_keyval_to_lower (keyval);
  for (guint i = 0; i < G_N_ELEMENTS (canvas_keys); i++)
    if (canvas_keys[i].keyval == keyval)
      return (int) i;
  return -1;
}

gboolean
fy_zone_canvas_key_bound (guint keyval, GdkModifierType mods)
{
  return find_canvas_key (keyval, mods) >= 0;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *key, guint keyval, guint keycode, GdkModifierType state,
                   FyZoneCanvas *self)
{
  int found = find_canvas_key (keyval, state);
  double step;

  if (self->map != NULL && self->tool == FY_ZONE_TOOL_SELECT && self->op == FY_CANVAS_OP_NONE
      && (keyval == GDK_KEY_Tab || keyval == GDK_KEY_ISO_Left_Tab || keyval == GDK_KEY_KP_Tab)
      && !(state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return cycle_item (self, keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) ? -1 : 1);
  if (self->map == NULL || found < 0)
    return FALSE;
  step = fy_zone_map_get_grid_step (self->map) > 0 ? fy_zone_map_get_grid_step (self->map) : 1;
  if (state & GDK_SHIFT_MASK)
    step *= 10;

  switch (canvas_keys[found].key)
    {
    case KEY_ESCAPE:
      if (self->op != FY_CANVAS_OP_NONE)
        fy_zone_canvas_abort_op (self);
      else if (self->poly->len > 0 || self->scale_done)
        fy_zone_canvas_cancel (self);
      else if (self->kcursor_on && fy_zone_canvas_cursor_applies (self))
        fy_zone_canvas_cursor_hide (self);
      else if (self->sel_vertex >= 0)
        {
          self->sel_vertex = -1;
          gtk_widget_queue_draw (GTK_WIDGET (self));
        }
      else
        fy_zone_canvas_set_selection (self, 0, 0);
      return TRUE;
    case KEY_CLOSE_POLYGON:
      /* The keyboard cursor places; without it Enter finishes. */
      if (fy_zone_canvas_cursor_applies (self) && fy_zone_canvas_cursor_enter (self))
        return TRUE;
      if (self->tool == FY_ZONE_TOOL_POLYGON && self->poly->len >= 3)
        {
          fy_zone_canvas_close_polygon (self);
          return TRUE;
        }
      /* Enter on a selected item: edit it in the side panel. */
      if (self->tool == FY_ZONE_TOOL_SELECT && (self->sel_area || self->sel_point))
        return gtk_widget_activate_action (GTK_WIDGET (self), "zones.edit-item", NULL);
      return FALSE;
    case KEY_BACK_ONE_POINT:
      if (self->tool == FY_ZONE_TOOL_POLYGON && self->poly->len > 0)
        {
          g_array_set_size (self->poly, self->poly->len - 1);
          fy_zone_canvas_update_hint (self);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          return TRUE;
        }
      return FALSE;
    case KEY_DELETE:
      if (self->sel_area || self->sel_point)
        {
          fy_zone_canvas_delete_selection (self);
          return TRUE;
        }
      return FALSE;
    case KEY_PAN:
      if (!self->space_down)
        {
          self->space_down = TRUE;
          fy_zone_canvas_set_cursor (self, "grab");
        }
      return TRUE;
    case KEY_FINISH:
      if (self->tool == FY_ZONE_TOOL_POLYGON && self->poly->len >= 3)
        {
          fy_zone_canvas_close_polygon (self);
          return TRUE;
        }
      return FALSE;
    case KEY_LEFT:
    case KEY_RIGHT:
    case KEY_UP:
    case KEY_DOWN:
      if (fy_zone_canvas_cursor_applies (self))
        {
          CanvasKey k = canvas_keys[found].key;
          fy_zone_canvas_cursor_move (self, (k == KEY_RIGHT) - (k == KEY_LEFT), (k == KEY_DOWN) - (k == KEY_UP),
                                      (state & GDK_SHIFT_MASK) != 0);
          return TRUE;
        }
      break;
    default:
      break;
    }

  switch (canvas_keys[found].key)
    {
    case KEY_LEFT:
      nudge (self, -step, 0);
      return TRUE;
    case KEY_RIGHT:
      nudge (self, step, 0);
      return TRUE;
    case KEY_UP:
      nudge (self, 0, -step);
      return TRUE;
    case KEY_DOWN:
      nudge (self, 0, step);
      return TRUE;
    case KEY_ZOOM_IN:
      fy_zone_canvas_zoom_by (self, 1.25);
      return TRUE;
    case KEY_ZOOM_OUT:
      fy_zone_canvas_zoom_by (self, 0.8);
      return TRUE;
    case KEY_TOOL:
      fy_zone_canvas_set_tool (self, canvas_keys[found].tool);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_key_released_cb (GtkEventControllerKey *key, guint keyval, guint keycode, GdkModifierType state,
                    FyZoneCanvas *self)
{
  if (keyval == GDK_KEY_space && self->space_down)
    {
      self->space_down = FALSE;
      fy_zone_canvas_set_cursor (self, NULL);
    }
}

static void
on_focus_leave_cb (GtkEventControllerFocus *focus, FyZoneCanvas *self)
{
  self->space_down = FALSE;
}

/* ------------------------------------------------------------------ */
/* A department dropped on an area                                     */

static GdkDragAction
on_drop_motion_cb (GtkDropTarget *target, double x, double y, FyZoneCanvas *self)
{
  FyPoint m;
  gint64 area;

  if (self->map == NULL || !self->have_view)
    return 0;
  m = fy_zone_canvas_to_map (self, x, y);
  area = fy_zone_map_hit_area (self->map, m.x, m.y);
  if (area != self->drop_area)
    {
      self->drop_area = area;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  return area ? GDK_ACTION_COPY : 0;
}

static void
on_drop_leave_cb (GtkDropTarget *target, FyZoneCanvas *self)
{
  self->drop_area = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_drop_cb (GtkDropTarget *target, const GValue *value, double x, double y, FyZoneCanvas *self)
{
  const char *text = G_VALUE_HOLDS_STRING (value) ? g_value_get_string (value) : NULL;
  gint64 area;
  FyPoint m;

  self->drop_area = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (self->map == NULL || !self->have_view || text == NULL || !g_str_has_prefix (text, DEPARTMENT_PREFIX))
    return FALSE;
  m = fy_zone_canvas_to_map (self, x, y);
  if ((area = fy_zone_map_hit_area (self->map, m.x, m.y)) == 0)
    return FALSE;
  fy_zone_canvas_emit_department (self, text + strlen (DEPARTMENT_PREFIX), area);
  return TRUE;
}

/* ------------------------------------------------------------------ */

void
fy_zone_canvas_add_controller (FyZoneCanvas *self, const char *name, GtkEventController *controller)
{
  gtk_event_controller_set_name (controller, name);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
  g_hash_table_insert (self->controllers, (gpointer) name, controller);
}

void
fy_zone_canvas_init_input (FyZoneCanvas *self)
{
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY);

  fy_zone_canvas_init_pointer (self);

  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  g_signal_connect (zoom, "end", G_CALLBACK (on_zoom_end_cb), self);
  fy_zone_canvas_add_controller (self, "zoom", GTK_EVENT_CONTROLLER (zoom));

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave_cb), self);
  fy_zone_canvas_add_controller (self, "motion", motion);

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  fy_zone_canvas_add_controller (self, "scroll", scroll);

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  g_signal_connect (self, "selection-changed", G_CALLBACK (on_selection_changed_cb), NULL);
  g_signal_connect (key, "key-released", G_CALLBACK (on_key_released_cb), self);
  fy_zone_canvas_add_controller (self, "key", key);
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  fy_zone_canvas_add_controller (self, "focus", focus);

  g_signal_connect (drop, "motion", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect (drop, "leave", G_CALLBACK (on_drop_leave_cb), self);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  fy_zone_canvas_add_controller (self, "drop", GTK_EVENT_CONTROLLER (drop));
}
