/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-canvas.c — the zone map editor's drawing surface: the view (pan
 * and zoom), selection, the map and the public API. Pictures and frames are
 * in fy-zone-canvas-draw.c, pointer tools in fy-zone-canvas-input.c, keys,
 * wheel, pinch and drops in fy-zone-canvas-keys.c.
 *
 * Frames. The static layer (background, grid, areas, hatches, symbols,
 * labels, legend) is an image surface drawn by the core renderer; a frame
 * copies it and draws the few moving things on top. While the view pans or
 * zooms the old picture is stretched and the layer is redrawn once the
 * movement ends, unless a redraw is cheap enough to do every frame. A drag
 * of an area copies a second layer drawn without that area (the renderer's
 * skip_area) and draws the dragged outline with the renderer's preview. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "fy-zone-canvas-private.h"

G_DEFINE_FINAL_TYPE (FyZoneCanvas, fy_zone_canvas, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_TOOL,
  PROP_POINT_KIND,
  PROP_SNAP_TO_GRID,
  PROP_ZOOM,
  PROP_HINT,
  PROP_POSITION,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

enum
{
  SELECTION_CHANGED,
  AREA_CREATED,
  ERROR,
  SCALE_LINE,
  DEPARTMENT_DROPPED,
  N_SIGNALS
};
static guint signals[N_SIGNALS];

/* A pan or zoom has ended when nothing moved for this long (ms). */
#define SETTLE_MS        160
#define FIT_MARGIN       24.0

static const char *const tool_codes[FY_ZONE_N_TOOLS] = {
  "select", "rect", "polygon", "vertex", "point", "scale",
};

const char *
fy_zone_tool_to_code (FyZoneTool tool)
{
  g_return_val_if_fail (tool < FY_ZONE_N_TOOLS, "select");
  return tool_codes[tool];
}

int
fy_zone_tool_from_code (const char *code)
{
  for (int i = 0; i < FY_ZONE_N_TOOLS; i++)
    if (g_strcmp0 (code, tool_codes[i]) == 0)
      return i;
  return -1;
}

/* ------------------------------------------------------------------ */
/* View                                                                */

static void
notify_zoom (FyZoneCanvas *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static gboolean
settle_cb (gpointer data)
{
  FyZoneCanvas *self = data;

  self->settle_id = 0;
  fy_zone_canvas_settle (self);
  return G_SOURCE_REMOVE;
}

void
fy_zone_canvas_settle (FyZoneCanvas *self)
{
  g_clear_handle_id (&self->settle_id, g_source_remove);
  if (self->view_moving)
    {
      self->view_moving = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

void
fy_zone_canvas_set_view (FyZoneCanvas *self, const FyZoneView *view, gboolean moving)
{
  if (fy_zone_views_equal (&self->view, view) && self->have_view)
    return;
  self->view = *view;
  self->have_view = TRUE;
  self->fitted = FALSE;
  if (moving)
    {
      self->view_moving = TRUE;
      g_clear_handle_id (&self->settle_id, g_source_remove);
      self->settle_id = g_timeout_add (SETTLE_MS, settle_cb, self);
    }
  else
    self->view_moving = FALSE;
  notify_zoom (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Scales between a quarter of the fitted view and 400 px per metre. */
void
fy_zone_canvas_zoom_at (FyZoneCanvas *self, double factor, double x, double y, gboolean moving)
{
  FyZoneView v = self->view;
  FyPoint m;
  double lo, hi;

  if (self->map == NULL || !self->have_view || factor <= 0)
    return;
  lo = self->fit_scale / 4;
  hi = MAX (self->fit_scale * 4, 400);
  m = fy_zone_view_to_map (&self->view, x, y);
  v.scale = CLAMP (self->view.scale * factor, lo, hi);
  v.offset_x = x - m.x * v.scale;
  v.offset_y = y - m.y * v.scale;
  fy_zone_canvas_set_view (self, &v, moving);
}

void
fy_zone_canvas_zoom_by (FyZoneCanvas *self, double factor)
{
  g_return_if_fail (FY_IS_ZONE_CANVAS (self));
  fy_zone_canvas_zoom_at (self, factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                          gtk_widget_get_height (GTK_WIDGET (self)) / 2.0, FALSE);
}

void
fy_zone_canvas_zoom_fit (FyZoneCanvas *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
  FyRect box;
  FyZoneView v;

  g_return_if_fail (FY_IS_ZONE_CANVAS (self));
  if (self->map == NULL || w <= 2 * FIT_MARGIN || h <= 2 * FIT_MARGIN)
    return;
  box = (FyRect) { FIT_MARGIN, FIT_MARGIN, w - FIT_MARGIN, h - FIT_MARGIN };
  fy_zone_view_fit (&v, self->map, &box);
  v.offset_x = round (v.offset_x);
  v.offset_y = round (v.offset_y);
  self->fit_scale = v.scale;
  fy_zone_canvas_set_view (self, &v, FALSE);
  self->fitted = TRUE;
}

double
fy_zone_canvas_get_zoom (FyZoneCanvas *self)
{
  g_return_val_if_fail (FY_IS_ZONE_CANVAS (self), 1);
  return self->fit_scale > 0 ? self->view.scale / self->fit_scale : 1;
}

const FyZoneView *
fy_zone_canvas_get_view (FyZoneCanvas *self)
{
  return &self->view;
}

FyPoint
fy_zone_canvas_map_to_widget (FyZoneCanvas *self, FyPoint p)
{
  return fy_zone_view_to_device (&self->view, p);
}

static void
fy_zone_canvas_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  FyZoneCanvas *self = FY_ZONE_CANVAS (widget);

  /* Keep a view the user has not changed fitted to the new size. */
  if (self->map && (self->fitted || !self->have_view))
    fy_zone_canvas_zoom_fit (self);
  else if (self->map && self->fit_scale > 0)
    {
      FyRect box = { FIT_MARGIN, FIT_MARGIN, width - FIT_MARGIN, height - FIT_MARGIN };
      FyZoneView v;
      if (box.x1 > box.x0 && box.y1 > box.y0)
        {
          fy_zone_view_fit (&v, self->map, &box);
          self->fit_scale = v.scale;
        }
    }
}

static void
fy_zone_canvas_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                        int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  *minimum = 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 560;
}

/* ------------------------------------------------------------------ */
/* Selection, hints, signals                                           */

void
fy_zone_canvas_set_selection (FyZoneCanvas *self, gint64 area_id, gint64 point_id)
{
  if (area_id != 0)
    point_id = 0;
  if (self->sel_area == area_id && self->sel_point == point_id)
    return;
  if (self->sel_area != area_id)
    self->sel_vertex = -1;
  self->sel_area = area_id;
  self->sel_point = point_id;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
fy_zone_canvas_update_hint (FyZoneCanvas *self)
{
  const char *hint = NULL;
  g_autofree char *owned = NULL;

  switch (self->tool)
    {
    case FY_ZONE_TOOL_SELECT:
      hint = _("Click an area or symbol to select it, drag it to move it, drag a handle to resize; drag empty space to pan");
      break;
    case FY_ZONE_TOOL_RECT:
      hint = _("Drag from corner to corner to draw a rectangular area");
      break;
    case FY_ZONE_TOOL_POLYGON:
      if (self->poly->len == 0)
        hint = _("Click to place the first corner of the area");
      else if (self->poly->len < 3)
        hint = _("Click to add corners; Backspace removes the last one, Esc cancels");
      else
        hint = _("Double-click, press Enter or click the first corner to finish the area");
      break;
    case FY_ZONE_TOOL_VERTEX:
      hint = self->sel_area
             ? _("Drag a corner to move it; double-click an edge to add a corner; click a corner and press Delete to remove it")
             : _("Click an area to edit its corners");
      break;
    case FY_ZONE_TOOL_POINT:
      /* Translators: %s is a kind of symbol, e.g. "Isolation point" */
      owned = g_strdup_printf (_("Click on the map to place: %s"), fy_zone_point_kind_label (self->point_kind));
      break;
    case FY_ZONE_TOOL_SCALE:
      hint = _("Drag along something whose real length you know (a wall, a road), then type that length");
      break;
    case FY_ZONE_N_TOOLS:
    default:
      break;
    }
  if (owned == NULL)
    owned = g_strdup (hint ? hint : "");
  if (g_strcmp0 (owned, self->hint) != 0)
    {
      g_free (self->hint);
      self->hint = g_steal_pointer (&owned);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HINT]);
    }
}

void
fy_zone_canvas_emit_error (FyZoneCanvas *self, const GError *error)
{
  g_signal_emit (self, signals[ERROR], 0, error->message);
}

void
fy_zone_canvas_emit_area_created (FyZoneCanvas *self, gint64 area_id)
{
  g_signal_emit (self, signals[AREA_CREATED], 0, area_id);
}

void
fy_zone_canvas_emit_scale_line (FyZoneCanvas *self, FyPoint a, FyPoint b)
{
  g_signal_emit (self, signals[SCALE_LINE], 0, a.x, a.y, b.x, b.y);
}

void
fy_zone_canvas_emit_department (FyZoneCanvas *self, const char *department, gint64 area_id)
{
  g_signal_emit (self, signals[DEPARTMENT_DROPPED], 0, department, area_id);
}

void
fy_zone_canvas_notify_tool (FyZoneCanvas *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOL]);
}

void
fy_zone_canvas_set_position_text (FyZoneCanvas *self, const char *text)
{
  if (g_strcmp0 (text, self->position) == 0)
    return;
  g_free (self->position);
  self->position = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* ------------------------------------------------------------------ */
/* The map                                                             */

static void
on_map_changed_cb (FyZoneMap *map, FyZoneCanvas *self)
{
  gint64 area = self->sel_area, point = self->sel_point;

  fy_zone_canvas_invalidate (self);
  /* The map may have changed size (a floor plan, a new scale). */
  if (self->fitted)
    fy_zone_canvas_zoom_fit (self);
  if (area && fy_zone_map_lookup_area (map, area) == NULL)
    area = 0;
  if (point && fy_zone_map_lookup_point (map, point) == NULL)
    point = 0;
  if (self->sel_area && area)
    {
      const FyZoneArea *a = fy_zone_map_lookup_area (map, area);
      if (self->sel_vertex >= (int) a->n_points)
        self->sel_vertex = -1;
    }
  if (self->hover_area && fy_zone_map_lookup_area (map, self->hover_area) == NULL)
    self->hover_area = 0;
  fy_zone_canvas_set_selection (self, area, point);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
fy_zone_canvas_set_map (FyZoneCanvas *self, FyZoneMap *map)
{
  g_return_if_fail (FY_IS_ZONE_CANVAS (self));

  if (self->map == map)
    return;
  fy_zone_canvas_abort_op (self);
  fy_zone_canvas_cancel (self);
  if (self->map)
    {
      g_clear_signal_handler (&self->map_changed_id, self->map);
      g_clear_object (&self->map);
    }
  if (map)
    {
      self->map = g_object_ref (map);
      self->map_changed_id = g_signal_connect (map, "changed", G_CALLBACK (on_map_changed_cb), self);
    }
  /* A new map: a fresh renderer (its floor-plan cache belongs to the old one). */
  g_clear_pointer (&self->renderer, fy_zone_renderer_free);
  g_clear_pointer (&self->area_tints, g_hash_table_unref);
  self->renderer = fy_zone_renderer_new ();
  fy_canvas_layer_clear (&self->main);
  fy_canvas_layer_clear (&self->drag);
  self->have_view = FALSE;
  self->hover_area = 0;
  fy_zone_canvas_set_selection (self, 0, 0);
  fy_zone_canvas_zoom_fit (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

FyZoneMap *
fy_zone_canvas_get_map (FyZoneCanvas *self)
{
  return self->map;
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */

void
fy_zone_canvas_set_tool (FyZoneCanvas *self, FyZoneTool tool)
{
  g_return_if_fail (FY_IS_ZONE_CANVAS (self));
  g_return_if_fail (tool < FY_ZONE_N_TOOLS);

  if (self->tool == tool)
    return;
  fy_zone_canvas_abort_op (self);
  fy_zone_canvas_cancel (self);
  self->tool = tool;
  self->sel_vertex = -1;
  fy_zone_canvas_update_hint (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  fy_zone_canvas_notify_tool (self);
}

FyZoneTool
fy_zone_canvas_get_tool (FyZoneCanvas *self)
{
  return self->tool;
}

void
fy_zone_canvas_set_point_kind (FyZoneCanvas *self, FyZonePointKind kind)
{
  g_return_if_fail (FY_IS_ZONE_CANVAS (self));
  g_return_if_fail (kind < FY_ZONE_N_POINT_KINDS);

  if (self->point_kind == kind)
    return;
  self->point_kind = kind;
  fy_zone_canvas_update_hint (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POINT_KIND]);
}

void
fy_zone_canvas_set_snap_to_grid (FyZoneCanvas *self, gboolean snap)
{
  g_return_if_fail (FY_IS_ZONE_CANVAS (self));
  snap = !!snap;
  if (self->snap_grid == snap)
    return;
  self->snap_grid = snap;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNAP_TO_GRID]);
}

gint64
fy_zone_canvas_get_selected_area (FyZoneCanvas *self)
{
  return self->sel_area;
}

gint64
fy_zone_canvas_get_selected_point (FyZoneCanvas *self)
{
  return self->sel_point;
}

void
fy_zone_canvas_select (FyZoneCanvas *self, gint64 area_id, gint64 point_id, gboolean reveal)
{
  FyRect box = fy_rect_empty ();
  int w, h;

  g_return_if_fail (FY_IS_ZONE_CANVAS (self));
  if (self->map == NULL)
    return;
  if (area_id && fy_zone_map_lookup_area (self->map, area_id) == NULL)
    area_id = 0;
  if (point_id && fy_zone_map_lookup_point (self->map, point_id) == NULL)
    point_id = 0;
  fy_zone_canvas_set_selection (self, area_id, point_id);
  if (!reveal || (!area_id && !point_id))
    return;

  if (area_id)
    box = fy_zone_map_lookup_area (self->map, area_id)->bounds;
  else
    {
      const FyZonePoint *p = fy_zone_map_lookup_point (self->map, point_id);
      fy_rect_add_point (&box, p->x, p->y);
    }
  w = gtk_widget_get_width (GTK_WIDGET (self));
  h = gtk_widget_get_height (GTK_WIDGET (self));
  {
    FyPoint a = fy_zone_view_to_device (&self->view, (FyPoint) { box.x0, box.y0 });
    FyPoint b = fy_zone_view_to_device (&self->view, (FyPoint) { box.x1, box.y1 });
    if (a.x < 0 || a.y < 0 || b.x > w || b.y > h)
      {
        /* Centre it, keeping the zoom. */
        FyZoneView v = self->view;
        v.offset_x += w / 2.0 - (a.x + b.x) / 2;
        v.offset_y += h / 2.0 - (a.y + b.y) / 2;
        fy_zone_canvas_set_view (self, &v, FALSE);
      }
  }
}

void
fy_zone_canvas_delete_selection (FyZoneCanvas *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  g_return_if_fail (FY_IS_ZONE_CANVAS (self));
  if (self->map == NULL)
    return;
  if (self->sel_area && self->tool == FY_ZONE_TOOL_VERTEX && self->sel_vertex >= 0)
    {
      ok = fy_zone_map_remove_vertex (self->map, self->sel_area, self->sel_vertex, &error);
      if (ok)
        self->sel_vertex = -1;
    }
  else if (self->sel_area)
    ok = fy_zone_map_delete_area (self->map, self->sel_area, &error);
  else if (self->sel_point)
    ok = fy_zone_map_delete_point (self->map, self->sel_point, &error);
  if (!ok)
    fy_zone_canvas_emit_error (self, error);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
fy_zone_canvas_cancel (FyZoneCanvas *self)
{
  g_return_if_fail (FY_IS_ZONE_CANVAS (self));
  g_array_set_size (self->poly, 0);
  self->scale_done = FALSE;
  fy_zone_canvas_update_hint (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
fy_zone_canvas_get_hint (FyZoneCanvas *self)
{
  return self->hint ? self->hint : "";
}

GtkEventController *
fy_zone_canvas_get_controller (FyZoneCanvas *self, const char *name)
{
  return g_hash_table_lookup (self->controllers, name);
}

gint64
fy_zone_canvas_get_last_render_us (FyZoneCanvas *self)
{
  return self->last_render_us;
}

guint
fy_zone_canvas_get_render_count (FyZoneCanvas *self)
{
  return self->render_count;
}

GtkWidget *
fy_zone_canvas_new (void)
{
  return g_object_new (FY_TYPE_ZONE_CANVAS, NULL);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

static void
fy_zone_canvas_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FyZoneCanvas *self = FY_ZONE_CANVAS (object);

  switch (prop_id)
    {
    case PROP_TOOL:
      g_value_set_int (value, self->tool);
      break;
    case PROP_POINT_KIND:
      g_value_set_int (value, self->point_kind);
      break;
    case PROP_SNAP_TO_GRID:
      g_value_set_boolean (value, self->snap_grid);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, fy_zone_canvas_get_zoom (self));
      break;
    case PROP_HINT:
      g_value_set_string (value, fy_zone_canvas_get_hint (self));
      break;
    case PROP_POSITION:
      g_value_set_string (value, self->position ? self->position : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_zone_canvas_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FyZoneCanvas *self = FY_ZONE_CANVAS (object);

  switch (prop_id)
    {
    case PROP_TOOL:
      fy_zone_canvas_set_tool (self, g_value_get_int (value));
      break;
    case PROP_POINT_KIND:
      fy_zone_canvas_set_point_kind (self, g_value_get_int (value));
      break;
    case PROP_SNAP_TO_GRID:
      fy_zone_canvas_set_snap_to_grid (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_zone_canvas_dispose (GObject *object)
{
  FyZoneCanvas *self = FY_ZONE_CANVAS (object);

  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_handle_id (&self->prepare_id, g_source_remove);
  if (self->map)
    {
      g_clear_signal_handler (&self->map_changed_id, self->map);
      g_clear_object (&self->map);
    }
  G_OBJECT_CLASS (fy_zone_canvas_parent_class)->dispose (object);
}

static void
fy_zone_canvas_finalize (GObject *object)
{
  FyZoneCanvas *self = FY_ZONE_CANVAS (object);

  fy_canvas_layer_clear (&self->main);
  fy_canvas_layer_clear (&self->drag);
  g_clear_pointer (&self->renderer, fy_zone_renderer_free);
  g_clear_pointer (&self->overlay, fy_zone_renderer_free);
  g_clear_pointer (&self->controllers, g_hash_table_unref);
  g_clear_pointer (&self->poly, g_array_unref);
  g_free (self->op_orig);
  g_free (self->op_pts);
  g_free (self->hint);
  g_free (self->position);
  G_OBJECT_CLASS (fy_zone_canvas_parent_class)->finalize (object);
}

static void
on_scale_factor_cb (FyZoneCanvas *self)
{
  fy_zone_canvas_invalidate (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
fy_zone_canvas_class_init (FyZoneCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_zone_canvas_dispose;
  object_class->finalize = fy_zone_canvas_finalize;
  object_class->get_property = fy_zone_canvas_get_property;
  object_class->set_property = fy_zone_canvas_set_property;
  widget_class->snapshot = fy_zone_canvas_snapshot;
  widget_class->size_allocate = fy_zone_canvas_size_allocate;
  widget_class->measure = fy_zone_canvas_measure;

  properties[PROP_TOOL] = g_param_spec_int ("tool", NULL, NULL, 0, FY_ZONE_N_TOOLS - 1, 0,
                                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POINT_KIND] = g_param_spec_int ("point-kind", NULL, NULL, 0, FY_ZONE_N_POINT_KINDS - 1, 0,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNAP_TO_GRID] = g_param_spec_boolean ("snap-to-grid", NULL, NULL, TRUE,
                                                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, 0, G_MAXDOUBLE, 1,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HINT] = g_param_spec_string ("hint", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] = g_param_spec_string ("position", NULL, NULL, "",
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[AREA_CREATED] = g_signal_new ("area-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SCALE_LINE] = g_signal_new ("scale-line", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                                      G_TYPE_DOUBLE, G_TYPE_DOUBLE, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
  signals[DEPARTMENT_DROPPED] = g_signal_new ("department-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "zonecanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fy_zone_canvas_init (FyZoneCanvas *self)
{
  self->renderer = fy_zone_renderer_new ();
  self->overlay = fy_zone_renderer_new ();
  self->controllers = g_hash_table_new (g_str_hash, g_str_equal);
  self->poly = g_array_new (FALSE, FALSE, sizeof (FyPoint));
  self->snap_grid = TRUE;
  self->sel_vertex = -1;
  self->op_index = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor_cb), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Zone map"), -1);
  fy_zone_canvas_init_input (self);
  fy_zone_canvas_update_hint (self);
}
