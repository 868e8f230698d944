/* fy-zone-canvas.c — the zone map editor's drawing surface: layers, frames,
 * the view (pan and zoom), selection and the public API. Input and tools
 * are in fy-zone-canvas-input.c.
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

/* A redraw this fast (µs) is done on every frame of a pan or zoom. */
#define CHEAP_RENDER_US  6000
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
/* Layers                                                              */

static void
layer_clear (FyCanvasLayer *layer)
{
  g_clear_pointer (&layer->surface, cairo_surface_destroy);
  layer->valid = FALSE;
}

static gboolean
views_equal (const FyZoneView *a, const FyZoneView *b)
{
  return a->scale == b->scale && a->offset_x == b->offset_x && a->offset_y == b->offset_y;
}

static void
invalidate_layers (FyZoneCanvas *self)
{
  self->main.valid = FALSE;
  self->drag.valid = FALSE;
}

/* Draws the map into `layer` at the current view and size. */
static void
render_layer (FyZoneCanvas *self, FyCanvasLayer *layer, gint64 skip_area)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  int sf = gtk_widget_get_scale_factor (widget);
  FyZoneRenderOptions options;
  gint64 start = g_get_monotonic_time ();
  cairo_t *cr;

  if (w <= 0 || h <= 0 || self->map == NULL)
    return;
  if (layer->surface == NULL || layer->width != w || layer->height != h || layer->scale_factor != sf)
    {
      g_clear_pointer (&layer->surface, cairo_surface_destroy);
      layer->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w * sf, h * sf);
      cairo_surface_set_device_scale (layer->surface, sf, sf);
      layer->width = w;
      layer->height = h;
      layer->scale_factor = sf;
    }

  cr = cairo_create (layer->surface);
  /* Around the sheet: a quiet grey so the map's edge shows. */
  cairo_set_source_rgb (cr, 0.91, 0.91, 0.90);
  cairo_paint (cr);
  fy_zone_render_options_init (&options);
  options.view = self->view;
  /* The legend is a widget of its own on top (fy-zones-page.c): it stays
   * put while the map pans and can be folded away. */
  options.flags = FY_ZONE_DRAW_SCREEN & ~(FY_ZONE_DRAW_SELECTION | FY_ZONE_DRAW_LEGEND);
  options.skip_area = skip_area;
  fy_zone_renderer_render (self->renderer, cr, self->map, &options);
  cairo_destroy (cr);
  cairo_surface_flush (layer->surface);

  layer->view = self->view;
  layer->skip_area = skip_area;
  layer->valid = TRUE;
  self->last_render_us = g_get_monotonic_time () - start;
  self->render_count++;
}

static gboolean
layer_fits (FyZoneCanvas *self, FyCanvasLayer *layer)
{
  GtkWidget *widget = GTK_WIDGET (self);

  return layer->valid && layer->surface != NULL
         && layer->width == gtk_widget_get_width (widget)
         && layer->height == gtk_widget_get_height (widget)
         && layer->scale_factor == gtk_widget_get_scale_factor (widget);
}

void
fy_zone_canvas_prepare_drag (FyZoneCanvas *self, gint64 skip_area)
{
  if (layer_fits (self, &self->drag) && self->drag.skip_area == skip_area
      && views_equal (&self->drag.view, &self->view))
    return;
  render_layer (self, &self->drag, skip_area);
}

static gboolean
prepare_idle_cb (gpointer data)
{
  FyZoneCanvas *self = data;

  self->prepare_id = 0;
  if (self->map && self->sel_area && self->op == FY_CANVAS_OP_NONE && !self->view_moving
      && gtk_widget_get_mapped (GTK_WIDGET (self)) && layer_fits (self, &self->main))
    fy_zone_canvas_prepare_drag (self, self->sel_area);
  return G_SOURCE_REMOVE;
}

/* After a frame with an area selected, draw the map without it while the
 * user looks, so that dragging it starts at once. A press on another area
 * draws its own at press time. */
static void
schedule_prepare (FyZoneCanvas *self)
{
  if (self->prepare_id == 0 && self->sel_area
      && (self->tool == FY_ZONE_TOOL_SELECT || self->tool == FY_ZONE_TOOL_VERTEX))
    self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_idle_cb, self, NULL);
}

/* Copies a layer, stretched when it was drawn at another view. */
static void
paint_layer (FyZoneCanvas *self, cairo_t *cr, FyCanvasLayer *layer)
{
  const FyZoneView *from = &layer->view, *to = &self->view;

  if (views_equal (from, to))
    {
      cairo_set_source_surface (cr, layer->surface, 0, 0);
      cairo_paint (cr);
      return;
    }
  /* A pixel at c showed the metre point (c − o0) / s0, now at that × s1 + o1. */
  cairo_set_source_rgb (cr, 0.91, 0.91, 0.90);
  cairo_paint (cr);
  cairo_save (cr);
  cairo_translate (cr, to->offset_x - from->offset_x * to->scale / from->scale,
                   to->offset_y - from->offset_y * to->scale / from->scale);
  cairo_scale (cr, to->scale / from->scale, to->scale / from->scale);
  cairo_set_source_surface (cr, layer->surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_FAST);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* ------------------------------------------------------------------ */
/* Overlays                                                            */

static const double select_rgb[3] = { 0.10, 0.36, 0.90 };

static void
path_outline (cairo_t *cr, const FyZoneView *view, const FyPoint *pts, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      FyPoint d = fy_zone_view_to_device (view, pts[i]);
      if (i == 0)
        cairo_move_to (cr, d.x, d.y);
      else
        cairo_line_to (cr, d.x, d.y);
    }
  cairo_close_path (cr);
}

void
fy_zone_canvas_handles (const FyRect *b, FyPoint out[8])
{
  double mx = (b->x0 + b->x1) / 2, my = (b->y0 + b->y1) / 2;

  out[0] = (FyPoint) { b->x0, b->y0 };
  out[1] = (FyPoint) { mx, b->y0 };
  out[2] = (FyPoint) { b->x1, b->y0 };
  out[3] = (FyPoint) { b->x1, my };
  out[4] = (FyPoint) { b->x1, b->y1 };
  out[5] = (FyPoint) { mx, b->y1 };
  out[6] = (FyPoint) { b->x0, b->y1 };
  out[7] = (FyPoint) { b->x0, my };
}

static void
draw_square_handle (cairo_t *cr, double x, double y, double half, gboolean filled)
{
  cairo_rectangle (cr, round (x) - half + 0.5, round (y) - half + 0.5, 2 * half - 1, 2 * half - 1);
  if (filled)
    cairo_set_source_rgb (cr, select_rgb[0], select_rgb[1], select_rgb[2]);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, select_rgb[0], select_rgb[1], select_rgb[2]);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* Select tool: the outline, its bounding box and eight resize handles. */
static void
draw_box_selection (FyZoneCanvas *self, cairo_t *cr, const FyZoneArea *a)
{
  static const double dash[] = { 4, 3 };
  FyPoint tl = fy_zone_view_to_device (&self->view, (FyPoint) { a->bounds.x0, a->bounds.y0 });
  FyPoint br = fy_zone_view_to_device (&self->view, (FyPoint) { a->bounds.x1, a->bounds.y1 });
  FyRect box = { tl.x, tl.y, br.x, br.y };
  FyPoint h[8];

  cairo_save (cr);
  path_outline (cr, &self->view, a->points, a->n_points);
  cairo_set_source_rgb (cr, select_rgb[0], select_rgb[1], select_rgb[2]);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  if (a->shape != FY_ZONE_SHAPE_RECT)
    {
      cairo_rectangle (cr, round (box.x0) + 0.5, round (box.y0) + 0.5,
                       round (box.x1) - round (box.x0), round (box.y1) - round (box.y0));
      cairo_set_dash (cr, dash, 2, 0);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  fy_zone_canvas_handles (&box, h);
  for (int i = 0; i < 8; i++)
    draw_square_handle (cr, h[i].x, h[i].y, 4.5, FALSE);
  cairo_restore (cr);
}

static void
draw_selection (FyZoneCanvas *self, cairo_t *cr)
{
  const FyZoneArea *a = NULL;
  gboolean dragging_it = self->op == FY_CANVAS_OP_MOVE_AREA || self->op == FY_CANVAS_OP_RESIZE
                         || self->op == FY_CANVAS_OP_MOVE_VERTEX;

  if (self->sel_area && !(dragging_it && self->op_moved))
    a = fy_zone_map_lookup_area (self->map, self->sel_area);
  if (a != NULL && self->tool == FY_ZONE_TOOL_VERTEX)
    {
      FyZoneRenderOptions o;
      fy_zone_render_options_init (&o);
      o.view = self->view;
      o.flags = FY_ZONE_DRAW_SELECTION;
      o.selected_area = a->id;
      fy_zone_renderer_render (self->overlay, cr, self->map, &o);
      if (self->sel_vertex >= 0 && (guint) self->sel_vertex < a->n_points)
        {
          FyPoint d = fy_zone_view_to_device (&self->view, a->points[self->sel_vertex]);
          draw_square_handle (cr, d.x, d.y, 5.5, TRUE);
        }
    }
  else if (a != NULL)
    draw_box_selection (self, cr, a);

  if (self->sel_point && !(self->op == FY_CANVAS_OP_MOVE_POINT && self->op_moved))
    {
      FyZoneRenderOptions o;
      fy_zone_render_options_init (&o);
      o.view = self->view;
      o.flags = FY_ZONE_DRAW_SELECTION;
      o.selected_point = self->sel_point;
      fy_zone_renderer_render (self->overlay, cr, self->map, &o);
    }
}

static void
draw_outline_highlight (FyZoneCanvas *self, cairo_t *cr, gint64 area_id, double alpha, double width)
{
  const FyZoneArea *a = area_id ? fy_zone_map_lookup_area (self->map, area_id) : NULL;

  if (a == NULL)
    return;
  cairo_save (cr);
  path_outline (cr, &self->view, a->points, a->n_points);
  cairo_set_source_rgba (cr, select_rgb[0], select_rgb[1], select_rgb[2], alpha);
  cairo_set_line_width (cr, width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Text in a white box centred at (x, y). */
static void
draw_tag (cairo_t *cr, const char *text, double x, double y)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold");
  PangoRectangle ext;

  pango_font_description_set_absolute_size (font, 12 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &ext);
  cairo_rectangle (cr, x - ext.width / 2.0 - 4, y - ext.height / 2.0 - 2, ext.width + 8, ext.height + 4);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.92);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, select_rgb[0], select_rgb[1], select_rgb[2]);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_move_to (cr, x - ext.width / 2.0 - ext.x, y - ext.height / 2.0 - ext.y);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
}

static void
draw_scale_line (FyZoneCanvas *self, cairo_t *cr)
{
  FyPoint a = fy_zone_view_to_device (&self->view, self->op_a);
  FyPoint b = fy_zone_view_to_device (&self->view, self->op_b);
  double len = hypot (self->op_b.x - self->op_a.x, self->op_b.y - self->op_a.y);
  double dx = b.x - a.x, dy = b.y - a.y, d = hypot (dx, dy);
  g_autofree char *text = NULL;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 5);
  cairo_move_to (cr, a.x, a.y);
  cairo_line_to (cr, b.x, b.y);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0.85, 0.35, 0.0);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, a.x, a.y);
  cairo_line_to (cr, b.x, b.y);
  if (d > 0)
    {
      /* End ticks across the line. */
      double nx = -dy / d * 7, ny = dx / d * 7;
      cairo_move_to (cr, a.x - nx, a.y - ny);
      cairo_line_to (cr, a.x + nx, a.y + ny);
      cairo_move_to (cr, b.x - nx, b.y - ny);
      cairo_line_to (cr, b.x + nx, b.y + ny);
    }
  cairo_stroke (cr);
  /* Translators: the length of the scale line as the map currently measures it */
  text = g_strdup_printf (_("%.2f m as drawn"), len);
  draw_tag (cr, text, (a.x + b.x) / 2, (a.y + b.y) / 2 - 16);
  cairo_restore (cr);
}

static void
draw_snap_mark (FyZoneCanvas *self, cairo_t *cr)
{
  FyPoint d = fy_zone_view_to_device (&self->view, self->snap_at);

  cairo_save (cr);
  cairo_set_line_width (cr, 1.5);
  if (self->snap_on_vertex)
    {
      /* On another area's corner: an orange ring. */
      cairo_arc (cr, d.x, d.y, 7, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.95, 0.45, 0.0);
      cairo_stroke (cr);
    }
  cairo_move_to (cr, d.x - 5, d.y);
  cairo_line_to (cr, d.x + 5, d.y);
  cairo_move_to (cr, d.x, d.y - 5);
  cairo_line_to (cr, d.x, d.y + 5);
  cairo_set_source_rgb (cr, select_rgb[0], select_rgb[1], select_rgb[2]);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_polygon_in_progress (FyZoneCanvas *self, cairo_t *cr)
{
  guint n = self->poly->len;
  g_autofree FyPoint *pts = g_new (FyPoint, n + 1);
  guint m = n;

  memcpy (pts, self->poly->data, n * sizeof (FyPoint));
  if (self->have_pointer && self->snap_shown)
    pts[m++] = self->snap_at;
  fy_zone_renderer_draw_preview (self->overlay, cr, &self->view, pts, m, FY_ZONE_LEVEL_GREEN, m >= 3);
  if (n >= 3 && self->have_pointer)
    {
      /* Close to the first corner: a click there finishes. */
      FyPoint first = fy_zone_view_to_device (&self->view, pts[0]);
      if (hypot (first.x - self->ptr_x, first.y - self->ptr_y) <= FY_CANVAS_PICK_PX)
        {
          cairo_arc (cr, first.x, first.y, 8, 0, 2 * G_PI);
          cairo_set_source_rgb (cr, 0.95, 0.45, 0.0);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
        }
    }
}

static void
draw_overlays (FyZoneCanvas *self, cairo_t *cr)
{
  if (self->drop_area)
    draw_outline_highlight (self, cr, self->drop_area, 0.9, 4);
  else if (self->hover_area && self->hover_area != self->sel_area && self->op == FY_CANVAS_OP_NONE
           && (self->tool == FY_ZONE_TOOL_SELECT || self->tool == FY_ZONE_TOOL_VERTEX))
    draw_outline_highlight (self, cr, self->hover_area, 0.45, 2);

  draw_selection (self, cr);

  switch (self->op)
    {
    case FY_CANVAS_OP_MOVE_AREA:
    case FY_CANVAS_OP_RESIZE:
    case FY_CANVAS_OP_MOVE_VERTEX:
      if (self->op_moved && self->op_pts)
        fy_zone_renderer_draw_preview (self->overlay, cr, &self->view, self->op_pts, self->op_n,
                                       self->op_level, TRUE);
      break;
    case FY_CANVAS_OP_MOVE_POINT:
      if (self->op_moved)
        {
          const FyZonePoint *p = fy_zone_map_lookup_point (self->map, self->op_point_id);
          FyPoint d = fy_zone_view_to_device (&self->view, self->op_b);
          if (p)
            fy_zone_renderer_draw_symbol (self->overlay, cr, p->kind, d.x, d.y, 12 * 1.4);
        }
      break;
    case FY_CANVAS_OP_RECT:
      if (self->op_moved)
        {
          FyRect r = fy_rect_empty ();
          FyPoint pts[4];
          fy_rect_add_point (&r, self->op_a.x, self->op_a.y);
          fy_rect_add_point (&r, self->op_b.x, self->op_b.y);
          fy_rect_to_polygon (&r, pts);
          fy_zone_renderer_draw_preview (self->overlay, cr, &self->view, pts, 4, FY_ZONE_LEVEL_GREEN, TRUE);
          {
            g_autofree char *size = g_strdup_printf ("%.1f × %.1f m", r.x1 - r.x0, r.y1 - r.y0);
            FyPoint d = fy_zone_view_to_device (&self->view, (FyPoint) { (r.x0 + r.x1) / 2, r.y1 });
            draw_tag (cr, size, d.x, d.y + 14);
          }
        }
      break;
    case FY_CANVAS_OP_SCALE:
      if (self->op_moved)
        draw_scale_line (self, cr);
      break;
    case FY_CANVAS_OP_PAN:
    case FY_CANVAS_OP_NONE:
    default:
      break;
    }
  if (self->scale_done && self->op == FY_CANVAS_OP_NONE)
    draw_scale_line (self, cr);
  if (self->tool == FY_ZONE_TOOL_POLYGON && self->poly->len > 0)
    draw_polygon_in_progress (self, cr);
  if (self->snap_shown && self->have_pointer && self->op != FY_CANVAS_OP_PAN)
    draw_snap_mark (self, cr);
}

/* ------------------------------------------------------------------ */
/* Frames                                                              */

static void
fy_zone_canvas_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  FyZoneCanvas *self = FY_ZONE_CANVAS (widget);
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  gboolean dragging_area = (self->op == FY_CANVAS_OP_MOVE_AREA || self->op == FY_CANVAS_OP_RESIZE
                            || self->op == FY_CANVAS_OP_MOVE_VERTEX) && self->op_moved;
  FyCanvasLayer *layer = dragging_area ? &self->drag : &self->main;
  cairo_t *cr;

  if (self->map == NULL || w <= 0 || h <= 0)
    return;
  if (!self->have_view)
    fy_zone_canvas_zoom_fit (self);

  if (!layer_fits (self, layer)
      || (!views_equal (&layer->view, &self->view)
          && (!self->view_moving || self->last_render_us < CHEAP_RENDER_US)))
    render_layer (self, layer, dragging_area ? self->op_area : 0);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  paint_layer (self, cr, layer);
  draw_overlays (self, cr);
  cairo_destroy (cr);
  if (self->op == FY_CANVAS_OP_NONE)
    schedule_prepare (self);
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
  if (views_equal (&self->view, view) && self->have_view)
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

  invalidate_layers (self);
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
  self->renderer = fy_zone_renderer_new ();
  layer_clear (&self->main);
  layer_clear (&self->drag);
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

FyZonePointKind
fy_zone_canvas_get_point_kind (FyZoneCanvas *self)
{
  return self->point_kind;
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

  layer_clear (&self->main);
  layer_clear (&self->drag);
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
  invalidate_layers (self);
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
