/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-canvas-draw.c — the zone canvas's pictures: the static layers
 * drawn by the core renderer, and each frame (a copy of a layer, stretched
 * while the view moves, plus the moving things: selection, hover, the
 * outline being dragged or drawn, snapping marks, the scale line). */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "fy-zone-canvas-private.h"

/* A redraw this fast (µs) is done on every frame of a pan or zoom. */
#define CHEAP_RENDER_US  6000

/* ------------------------------------------------------------------ */
/* Layers                                                              */

void
fy_canvas_layer_clear (FyCanvasLayer *layer)
{
  g_clear_pointer (&layer->surface, cairo_surface_destroy);
  layer->valid = FALSE;
}

gboolean
fy_zone_views_equal (const FyZoneView *a, const FyZoneView *b)
{
  return a->scale == b->scale && a->offset_x == b->offset_x && a->offset_y == b->offset_y;
}

void
fy_zone_canvas_invalidate (FyZoneCanvas *self)
{
  self->main.valid = FALSE;
  self->drag.valid = FALSE;
}

void
fy_zone_canvas_set_area_tints (FyZoneCanvas *self, GHashTable *tints)
{
  g_return_if_fail (FY_IS_ZONE_CANVAS (self));

  if (tints != NULL)
    g_hash_table_ref (tints);
  g_clear_pointer (&self->area_tints, g_hash_table_unref);
  self->area_tints = tints;
  fy_zone_canvas_invalidate (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
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
  options.area_tints = self->area_tints;
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
      && fy_zone_views_equal (&self->drag.view, &self->view))
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

  if (fy_zone_views_equal (from, to))
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
  fy_zone_canvas_draw_cursor (self, cr);
}

/* ------------------------------------------------------------------ */
/* Frames                                                              */

void
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
      || (!fy_zone_views_equal (&layer->view, &self->view)
          && (!self->view_moving || self->last_render_us < CHEAP_RENDER_US)))
    render_layer (self, layer, dragging_area ? self->op_area : 0);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  paint_layer (self, cr, layer);
  draw_overlays (self, cr);
  cairo_destroy (cr);
  if (self->op == FY_CANVAS_OP_NONE)
    schedule_prepare (self);
}
