/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-render.c — drawing a zone map on a cairo_t (screen, paper, files).
 *
 * Cost matters: a full repaint of 500 areas must stay close to a bare loop
 * that only fills, strokes and labels the same polygons. So each area is
 * ONE fill with a small repeating tile that holds both the translucent level
 * colour and the hatch, paths are built directly in device units, anything
 * outside the clip is skipped, and the floor plan is drawn from a cached,
 * pre-shrunk copy close to the needed resolution. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "fy-zone-map-private.h"
#include "fy-zone-render-private.h"

#define MAX_MIP_LEVELS 8

struct _FyZoneRenderer
{
  GBytes          *bg_bytes;                 /* the image the cache was made from */
  cairo_surface_t *bg_levels[MAX_MIP_LEVELS]; /* [0] full size, [k] 1/2^k */
  gboolean         bg_failed;
  cairo_pattern_t *image_tiles[FY_ZONE_N_LEVELS]; /* for image targets */
  GArray          *labels;                    /* FyRect, device */
};

typedef struct
{
  double fill[3];
  double ink[3];     /* outline and hatch */
} LevelStyle;

static const LevelStyle styles[FY_ZONE_N_LEVELS] = {
  { { 0.20, 0.66, 0.32 }, { 0.04, 0.38, 0.12 } },   /* green */
  { { 0.18, 0.45, 0.88 }, { 0.06, 0.24, 0.62 } },   /* blue */
  { { 0.98, 0.78, 0.05 }, { 0.55, 0.40, 0.00 } },   /* yellow */
  { { 0.88, 0.14, 0.14 }, { 0.55, 0.02, 0.02 } },   /* red */
};

typedef struct
{
  cairo_pattern_t *fill[FY_ZONE_N_LEVELS];    /* one reference each */
  cairo_pattern_t *hatch[FY_ZONE_N_LEVELS];   /* a second pass, or NULL */
} FyZoneTiles;

#define FILL_ALPHA 0.30
#define INK_ALPHA  0.80

/* ------------------------------------------------------------------ */
/* Views                                                               */

void
fy_zone_view_fit (FyZoneView *view, FyZoneMap *map, const FyRect *box)
{
  double w = fy_zone_map_get_width (map), h = fy_zone_map_get_height (map);
  double bw = box->x1 - box->x0, bh = box->y1 - box->y0;

  view->scale = MAX (1e-9, MIN (bw / w, bh / h));
  view->offset_x = box->x0 + (bw - w * view->scale) / 2;
  view->offset_y = box->y0 + (bh - h * view->scale) / 2;
}

FyPoint
fy_zone_view_to_device (const FyZoneView *view, FyPoint p)
{
  return (FyPoint) { p.x * view->scale + view->offset_x, p.y * view->scale + view->offset_y };
}

FyPoint
fy_zone_view_to_map (const FyZoneView *view, double x, double y)
{
  return (FyPoint) { (x - view->offset_x) / view->scale, (y - view->offset_y) / view->scale };
}

double
fy_zone_view_to_metres (const FyZoneView *view, double d)
{
  return d / view->scale;
}

void
fy_zone_render_options_init (FyZoneRenderOptions *options)
{
  memset (options, 0, sizeof *options);
  options->view.scale = 1;
  options->flags = FY_ZONE_DRAW_SCREEN;
  options->font_size = 12;
}

/* ------------------------------------------------------------------ */
/* Renderer                                                            */

FyZoneRenderer *
fy_zone_renderer_new (void)
{
  FyZoneRenderer *r = g_new0 (FyZoneRenderer, 1);

  r->labels = g_array_new (FALSE, FALSE, sizeof (FyRect));
  return r;
}

static void
drop_background (FyZoneRenderer *r)
{
  for (guint k = 0; k < MAX_MIP_LEVELS; k++)
    g_clear_pointer (&r->bg_levels[k], cairo_surface_destroy);
  g_clear_pointer (&r->bg_bytes, g_bytes_unref);
  r->bg_failed = FALSE;
}

void
fy_zone_renderer_free (FyZoneRenderer *r)
{
  if (r == NULL)
    return;
  drop_background (r);
  for (guint i = 0; i < FY_ZONE_N_LEVELS; i++)
    g_clear_pointer (&r->image_tiles[i], cairo_pattern_destroy);
  g_array_unref (r->labels);
  g_free (r);
}

GArray *
fy_zone_renderer_get_label_rects (FyZoneRenderer *r)
{
  return r->labels;
}

static gboolean
is_vector_target (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_RECORDING:
      return TRUE;
    default:
      return FALSE;
    }
}

/* ------------------------------------------------------------------ */
/* Level tiles: colour + hatch in one repeating pattern                */

static void
draw_hatch (cairo_t *cr, FyZoneLevel level, double t)
{
  const double *ink = styles[level].ink;

  cairo_set_source_rgba (cr, ink[0], ink[1], ink[2], INK_ALPHA);
  switch (level)
    {
    case FY_ZONE_LEVEL_GREEN:       /* sparse dots */
      cairo_arc (cr, t / 2, t / 2, 1.1, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case FY_ZONE_LEVEL_BLUE:        /* "/" */
    case FY_ZONE_LEVEL_YELLOW:      /* "/" and "\" */
    case FY_ZONE_LEVEL_RED:         /* dense "\" */
      cairo_set_line_width (cr, level == FY_ZONE_LEVEL_RED ? 1.2 : 1.0);
      /* Three copies so the lines run on seamlessly across tile edges. */
      for (int k = -1; k <= 1; k++)
        {
          if (level != FY_ZONE_LEVEL_RED)
            {
              cairo_move_to (cr, k * t, t);
              cairo_line_to (cr, k * t + t, 0);
            }
          if (level != FY_ZONE_LEVEL_BLUE)
            {
              cairo_move_to (cr, k * t, 0);
              cairo_line_to (cr, k * t + t, t);
            }
        }
      cairo_stroke (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

static double
tile_size (FyZoneLevel level)
{
  return level == FY_ZONE_LEVEL_RED ? 6 : level == FY_ZONE_LEVEL_YELLOW ? 12 : 10;
}

/* `similar_to` NULL gives an image tile; a vector target gets a recording
 * tile so PDF and SVG hatches stay sharp at any zoom. with_fill bakes the
 * translucent colour into the tile (one fill per area on screen). */
static cairo_pattern_t *
make_tile (cairo_surface_t *similar_to, FyZoneLevel level, gboolean with_fill)
{
  double t = tile_size (level);
  const double *fill = styles[level].fill;
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_t *cr;

  if (similar_to)
    tile = cairo_surface_create_similar (similar_to, CAIRO_CONTENT_COLOR_ALPHA, (int) t, (int) t);
  else
    tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) t, (int) t);
  cr = cairo_create (tile);
  if (with_fill)
    {
      cairo_set_source_rgba (cr, fill[0], fill[1], fill[2], FILL_ALPHA);
      cairo_paint (cr);
    }
  draw_hatch (cr, level, t);
  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  if (similar_to == NULL)
    cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);   /* pixel-aligned */
  return pattern;
}

/* The fill of each level for this target: on image surfaces one cached
 * tile holding colour and hatch; on PDF/SVG a flat colour plus a vector
 * hatch tile (a coloured tile would show its seams in PDF viewers). */
static void
fy_zone_tiles_init (FyZoneRenderer *r, cairo_t *cr, FyZoneTiles *tiles, gboolean hatch)
{
  gboolean vector = is_vector_target (cr);

  for (guint i = 0; i < FY_ZONE_N_LEVELS; i++)
    {
      const double *fill = styles[i].fill;
      tiles->hatch[i] = NULL;
      if (!hatch || vector)
        tiles->fill[i] = cairo_pattern_create_rgba (fill[0], fill[1], fill[2], FILL_ALPHA);
      if (hatch && vector)
        tiles->hatch[i] = make_tile (cairo_get_target (cr), i, FALSE);
      else if (hatch)
        {
          if (r->image_tiles[i] == NULL)
            r->image_tiles[i] = make_tile (NULL, i, TRUE);
          tiles->fill[i] = cairo_pattern_reference (r->image_tiles[i]);
        }
    }
}

static void
fy_zone_tiles_clear (FyZoneTiles *tiles)
{
  for (guint i = 0; i < FY_ZONE_N_LEVELS; i++)
    {
      g_clear_pointer (&tiles->fill[i], cairo_pattern_destroy);
      g_clear_pointer (&tiles->hatch[i], cairo_pattern_destroy);
    }
}

/* Fills the current path with a level (the path is kept). */
static void
fill_level (cairo_t *cr, const FyZoneTiles *tiles, FyZoneLevel level)
{
  cairo_set_source (cr, tiles->fill[level]);
  cairo_fill_preserve (cr);
  if (tiles->hatch[level])
    {
      cairo_set_source (cr, tiles->hatch[level]);
      cairo_fill_preserve (cr);
    }
}

void
fy_zone_renderer_draw_swatch (FyZoneRenderer *r, cairo_t *cr, FyZoneLevel level,
                              double x, double y, double w, double h)
{
  FyZoneTiles tiles;
  const double *ink = styles[level].ink;

  fy_zone_tiles_init (r, cr, &tiles, TRUE);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill_preserve (cr);
  fill_level (cr, &tiles, level);
  cairo_set_source_rgb (cr, ink[0], ink[1], ink[2]);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_restore (cr);
  fy_zone_tiles_clear (&tiles);
}

/* ------------------------------------------------------------------ */
/* Floor plan                                                          */

static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pb)
{
  int w = gdk_pixbuf_get_width (pb), h = gdk_pixbuf_get_height (pb);
  int n = gdk_pixbuf_get_n_channels (pb), src_stride = gdk_pixbuf_get_rowstride (pb);
  gboolean alpha = gdk_pixbuf_get_has_alpha (pb);
  const guchar *src = gdk_pixbuf_read_pixels (pb);
  cairo_surface_t *s = cairo_image_surface_create (alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, w, h);
  guchar *dst;
  int dst_stride;

  if (cairo_surface_status (s) != CAIRO_STATUS_SUCCESS)
    return s;
  cairo_surface_flush (s);
  dst = cairo_image_surface_get_data (s);
  dst_stride = cairo_image_surface_get_stride (s);
  for (int y = 0; y < h; y++)
    {
      const guchar *p = src + (gsize) y * src_stride;
      guint32 *q = (guint32 *) (dst + (gsize) y * dst_stride);
      for (int x = 0; x < w; x++, p += n)
        {
          guint a = alpha ? p[3] : 255;
          guint r = p[0], g = p[1], b = p[2];
          if (a != 255)
            {
              /* cairo wants premultiplied alpha */
              r = (r * a + 127) / 255;
              g = (g * a + 127) / 255;
              b = (b * a + 127) / 255;
            }
          q[x] = (a << 24) | (r << 16) | (g << 8) | b;
        }
    }
  cairo_surface_mark_dirty (s);
  return s;
}

static void
unref_bytes (void *data)
{
  g_bytes_unref (data);
}

/* The full-size floor plan, decoded once per image. */
static cairo_surface_t *
get_background (FyZoneRenderer *r, FyZoneMap *map)
{
  GBytes *bytes = fy_zone_map_get_background (map);
  g_autoptr(GdkPixbuf) pb = NULL;
  cairo_surface_t *s;

  if (bytes == NULL)
    return NULL;
  if (r->bg_bytes != bytes)
    {
      drop_background (r);
      r->bg_bytes = g_bytes_ref (bytes);
    }
  if (r->bg_levels[0] != NULL || r->bg_failed)
    return r->bg_levels[0];

  pb = fy_zone_decode_image (bytes, 0, NULL);
  s = pb ? surface_from_pixbuf (pb) : NULL;
  if (s == NULL || cairo_surface_status (s) != CAIRO_STATUS_SUCCESS)
    {
      g_clear_pointer (&s, cairo_surface_destroy);
      r->bg_failed = TRUE;
      g_warning ("The floor plan of a zone map could not be decoded");
      return NULL;
    }
  /* A JPEG goes into PDF files as the original JPEG, not as raw pixels. */
  {
    gsize size;
    const guchar *data = g_bytes_get_data (bytes, &size);
    if (size >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
      cairo_surface_set_mime_data (s, CAIRO_MIME_TYPE_JPEG, data, size, unref_bytes, g_bytes_ref (bytes));
  }
  r->bg_levels[0] = s;
  return s;
}

/* A copy at 1/2^k size (each level halves the one above with a 2 × 2 box). */
static cairo_surface_t *
get_mip (FyZoneRenderer *r, guint k)
{
  cairo_surface_t *up, *s;
  cairo_t *cr;
  int w, h;

  if (r->bg_levels[k] != NULL)
    return r->bg_levels[k];
  up = get_mip (r, k - 1);
  w = MAX (1, (cairo_image_surface_get_width (up) + 1) / 2);
  h = MAX (1, (cairo_image_surface_get_height (up) + 1) / 2);
  s = cairo_image_surface_create (cairo_image_surface_get_format (up), w, h);
  cr = cairo_create (s);
  cairo_scale (cr, 0.5, 0.5);
  cairo_set_source_surface (cr, up, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_BILINEAR);
  cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
  cairo_paint (cr);
  cairo_destroy (cr);
  r->bg_levels[k] = s;
  return s;
}

static void
draw_background (FyZoneRenderer *r, cairo_t *cr, FyZoneMap *map, const FyZoneView *view)
{
  double mpp = fy_zone_map_get_metres_per_pixel (map);
  cairo_surface_t *full;
  cairo_surface_t *s;
  double px;   /* device units per image pixel */
  guint k = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, view->offset_x, view->offset_y,
                   fy_zone_map_get_width (map) * view->scale, fy_zone_map_get_height (map) * view->scale);
  cairo_fill_preserve (cr);
  /* The edge of the site, faint: a blank map has no other. */
  cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  if ((full = get_background (r, map)) == NULL || mpp <= 0)
    return;

  px = view->scale * mpp;
  /* On screen, shrink first to a level still at or above device resolution:
   * bilinear from there is smooth and cheap. Files keep the full image. */
  if (!is_vector_target (cr))
    while (k + 1 < MAX_MIP_LEVELS && px * (1u << (k + 1)) <= 1.0 + 1e-9
           && (cairo_image_surface_get_width (full) >> (k + 1)) > 0)
      k++;
  s = k ? get_mip (r, k) : full;

  cairo_save (cr);
  cairo_rectangle (cr, view->offset_x, view->offset_y,
                   fy_zone_map_get_width (map) * view->scale, fy_zone_map_get_height (map) * view->scale);
  cairo_clip (cr);
  cairo_translate (cr, view->offset_x, view->offset_y);
  cairo_scale (cr, px * (1u << k), px * (1u << k));
  cairo_set_source_surface (cr, s, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_BILINEAR);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* ------------------------------------------------------------------ */
/* Grid lines                                                          */

static void
draw_grid_lines (cairo_t *cr, FyZoneMap *map, const FyZoneView *view, const FyRect *clip)
{
  double step = fy_zone_map_get_grid_step (map);
  double w = fy_zone_map_get_width (map), h = fy_zone_map_get_height (map);
  FyPoint a, b;
  int i0, i1, j0, j1, major;

  if (step <= 0)
    return;
  while (step * view->scale < 8)   /* never denser than 8 device units */
    step *= 5;
  major = 5;
  a = fy_zone_view_to_map (view, clip->x0, clip->y0);
  b = fy_zone_view_to_map (view, clip->x1, clip->y1);
  i0 = (int) floor (MAX (0, a.x) / step);
  i1 = (int) ceil (MIN (w, b.x) / step);
  j0 = (int) floor (MAX (0, a.y) / step);
  j1 = (int) ceil (MIN (h, b.y) / step);

  cairo_save (cr);
  cairo_set_line_width (cr, 1);
  for (int pass = 0; pass < 2; pass++)
    {
      cairo_set_source_rgba (cr, 0.2, 0.3, 0.5, pass ? 0.22 : 0.09);
      for (int i = i0; i <= i1; i++)
        if ((i % major == 0) == pass && i * step <= w)
          {
            double x = round (i * step * view->scale + view->offset_x) + 0.5;
            cairo_move_to (cr, x, view->offset_y);
            cairo_line_to (cr, x, view->offset_y + h * view->scale);
          }
      for (int j = j0; j <= j1; j++)
        if ((j % major == 0) == pass && j * step <= h)
          {
            double y = round (j * step * view->scale + view->offset_y) + 0.5;
            cairo_move_to (cr, view->offset_x, y);
            cairo_line_to (cr, view->offset_x + w * view->scale, y);
          }
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* ------------------------------------------------------------------ */
/* Areas                                                               */

static void
device_path (cairo_t *cr, const FyZoneView *view, const FyPoint *pts, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      double x = pts[i].x * view->scale + view->offset_x;
      double y = pts[i].y * view->scale + view->offset_y;
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

static FyRect
device_rect (const FyZoneView *view, const FyRect *r)
{
  return (FyRect) { r->x0 * view->scale + view->offset_x, r->y0 * view->scale + view->offset_y,
                    r->x1 * view->scale + view->offset_x, r->y1 * view->scale + view->offset_y };
}

/* The caller's layer over one area (NULL: none): a wash inside and a
 * border just inside the outline. */
static void
draw_tint (cairo_t *cr, const FyZoneView *view, const FyZoneArea *a, const FyZoneTint *tint)
{
  static const double dash[] = { 8, 5 };

  if (tint == NULL)
    return;
  cairo_save (cr);
  device_path (cr, view, a->points, a->n_points);
  cairo_set_source_rgba (cr, tint->red, tint->green, tint->blue, tint->wash);
  cairo_fill_preserve (cr);
  cairo_clip_preserve (cr);
  cairo_set_source_rgb (cr, tint->red, tint->green, tint->blue);
  cairo_set_line_width (cr, 8);   /* 4 inside the clip */
  if (tint->dashed)
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_areas (cairo_t *cr, FyZoneMap *map, const FyZoneRenderOptions *o, const FyZoneTiles *tiles,
            const FyRect *clip)
{
  cairo_set_line_width (cr, 1.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0, n = fy_zone_map_get_n_areas (map); i < n; i++)
    {
      const FyZoneArea *a = fy_zone_map_get_area (map, i);
      const double *ink = styles[a->level].ink;
      FyRect box = device_rect (&o->view, &a->bounds);

      if (a->id == o->skip_area || !fy_rect_intersects (&box, clip))
        continue;
      device_path (cr, &o->view, a->points, a->n_points);
      fill_level (cr, tiles, a->level);
      cairo_set_source_rgb (cr, ink[0], ink[1], ink[2]);
      cairo_stroke (cr);
      if (o->area_tints != NULL)
        draw_tint (cr, &o->view, a, g_hash_table_lookup (o->area_tints, &a->id));
    }
}

static void
draw_grids (cairo_t *cr, FyZoneMap *map, const FyZoneRenderOptions *o, const FyRect *clip)
{
  g_autoptr(GPtrArray) grids = fy_zone_map_list_grids (map, 0);
  static const double dash[] = { 4, 3 };

  cairo_save (cr);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, dash, 2, 0);
  for (guint i = 0; i < grids->len; i++)
    {
      const FyZoneGrid *g = grids->pdata[i];
      const FyZoneArea *a;
      FyRect box;

      if (g->n_points < 3 || g->area_id == o->skip_area
          || (a = fy_zone_map_lookup_area (map, g->area_id)) == NULL)
        continue;
      box = fy_polygon_bounds (g->points, g->n_points);
      box = device_rect (&o->view, &box);
      if (!fy_rect_intersects (&box, clip))
        continue;
      device_path (cr, &o->view, g->points, g->n_points);
      cairo_set_source_rgba (cr, styles[a->level].ink[0], styles[a->level].ink[1], styles[a->level].ink[2], 0.9);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_handle (cairo_t *cr, double x, double y)
{
  cairo_rectangle (cr, round (x) - 3.5, round (y) - 3.5, 7, 7);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.1, 0.3, 0.9);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
draw_selection (cairo_t *cr, FyZoneMap *map, const FyZoneRenderOptions *o)
{
  const FyZoneArea *a = o->selected_area ? fy_zone_map_lookup_area (map, o->selected_area) : NULL;
  const FyZonePoint *p = o->selected_point ? fy_zone_map_lookup_point (map, o->selected_point) : NULL;

  cairo_save (cr);
  if (a != NULL && a->id != o->skip_area)
    {
      device_path (cr, &o->view, a->points, a->n_points);
      cairo_set_source_rgb (cr, 0.1, 0.3, 0.9);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
      for (guint k = 0; k < a->n_points; k++)
        {
          FyPoint d = fy_zone_view_to_device (&o->view, a->points[k]);
          draw_handle (cr, d.x, d.y);
        }
    }
  if (p != NULL)
    {
      FyPoint d = fy_zone_view_to_device (&o->view, (FyPoint) { p->x, p->y });
      cairo_arc (cr, d.x, d.y, o->font_size * 1.1, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.1, 0.3, 0.9);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

void
fy_zone_renderer_draw_preview (FyZoneRenderer *r, cairo_t *cr, const FyZoneView *view,
                               const FyPoint *points, guint n, FyZoneLevel level, gboolean closed)
{
  static const double dash[] = { 6, 4 };
  FyZoneTiles tiles;

  if (n == 0)
    return;
  fy_zone_tiles_init (r, cr, &tiles, TRUE);
  cairo_save (cr);
  device_path (cr, view, points, n);
  if (closed && n >= 3)
    fill_level (cr, &tiles, level);
  else
    {
      /* An open outline: drop the closing segment. */
      cairo_new_path (cr);
      for (guint i = 0; i < n; i++)
        {
          FyPoint d = fy_zone_view_to_device (view, points[i]);
          if (i == 0)
            cairo_move_to (cr, d.x, d.y);
          else
            cairo_line_to (cr, d.x, d.y);
        }
    }
  cairo_set_source_rgb (cr, styles[level].ink[0], styles[level].ink[1], styles[level].ink[2]);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < n; i++)
    {
      FyPoint d = fy_zone_view_to_device (view, points[i]);
      draw_handle (cr, d.x, d.y);
    }
  cairo_restore (cr);
  fy_zone_tiles_clear (&tiles);
}

/* ------------------------------------------------------------------ */
/* The whole map                                                       */

void
fy_zone_renderer_render (FyZoneRenderer *r, cairo_t *cr, FyZoneMap *map, const FyZoneRenderOptions *o)
{
  double font_size = o->font_size > 0 ? o->font_size : 12;
  double symbol = font_size * 1.4;
  g_autoptr(GArray) labels = NULL;
  g_autoptr(GArray) obstacles = NULL;
  FyZoneTiles tiles;
  FyRect clip, legend = { 0 };

  g_return_if_fail (r != NULL && cr != NULL && FY_IS_ZONE_MAP (map) && o != NULL);
  g_return_if_fail (o->view.scale > 0);

  cairo_clip_extents (cr, &clip.x0, &clip.y0, &clip.x1, &clip.y1);
  cairo_save (cr);

  if (o->flags & FY_ZONE_DRAW_BACKGROUND)
    draw_background (r, cr, map, &o->view);
  if (o->flags & FY_ZONE_DRAW_GRID_LINES)
    draw_grid_lines (cr, map, &o->view, &clip);

  if (o->flags & FY_ZONE_DRAW_AREAS)
    {
      fy_zone_tiles_init (r, cr, &tiles, (o->flags & FY_ZONE_DRAW_HATCH) != 0);
      draw_areas (cr, map, o, &tiles, &clip);
      fy_zone_tiles_clear (&tiles);
    }
  if (o->flags & FY_ZONE_DRAW_GRIDS)
    draw_grids (cr, map, o, &clip);

  labels = g_array_new (FALSE, FALSE, sizeof (FyZoneLabel));
  obstacles = g_array_new (FALSE, FALSE, sizeof (FyRect));
  if (o->flags & FY_ZONE_DRAW_LEGEND)
    {
      /* The legend goes on top later: keep labels out from under it. */
      fy_zone_renderer_draw_legend (r, NULL, map, (FyPoint) { 0, 0 }, font_size, &legend.x1, &legend.y1);
      legend = (FyRect) { clip.x0 + 8, clip.y1 - 8 - legend.y1, clip.x0 + 8 + legend.x1, clip.y1 - 8 };
      g_array_append_val (obstacles, legend);
    }

  if (o->flags & FY_ZONE_DRAW_POINTS)
    for (guint i = 0, n = fy_zone_map_get_n_points (map); i < n; i++)
      {
        const FyZonePoint *p = fy_zone_map_get_point (map, i);
        FyPoint d = fy_zone_view_to_device (&o->view, (FyPoint) { p->x, p->y });
        FyRect box = { d.x - symbol / 2, d.y - symbol / 2, d.x + symbol / 2, d.y + symbol / 2 };

        if (!fy_rect_intersects (&box, &clip))
          continue;
        fy_zone_renderer_draw_symbol (r, cr, p->kind, d.x, d.y, symbol);
        g_array_append_val (obstacles, box);
        if (*p->name && (o->flags & FY_ZONE_DRAW_LABELS))
          {
            FyZoneLabel l = { p->name, NULL, FALSE, d.x, d.y, 2, 0, symbol / 2 + 2 };
            g_array_append_val (labels, l);
          }
      }

  if ((o->flags & FY_ZONE_DRAW_LABELS) && (o->flags & FY_ZONE_DRAW_AREAS))
    {
      for (guint i = 0, n = fy_zone_map_get_n_areas (map); i < n; i++)
        {
          const FyZoneArea *a = fy_zone_map_get_area (map, i);
          FyRect box = device_rect (&o->view, &a->bounds);
          FyPoint at;
          FyZoneLabel l = { 0 };
          int count;

          if (a->id == o->skip_area || !fy_rect_intersects (&box, &clip))
            continue;
          at = fy_zone_view_to_device (&o->view, fy_polygon_label_point (a->points, a->n_points));
          count = fy_zone_map_get_headcount (map, a->id);
          l.name = a->name;
          l.area = a;
          l.count = fy_zone_count_text (count, a->capacity);
          l.over = a->capacity > 0 && count > a->capacity;
          l.x = at.x;
          l.y = at.y;
          /* Red first: the riskiest areas keep their labels. */
          l.priority = 10 + a->level;
          l.weight = (box.x1 - box.x0) * (box.y1 - box.y0);
          g_array_append_val (labels, l);
        }
    }
  if (labels->len > 0)
    fy_zone_place_labels (r->labels, cr, &o->view, labels, obstacles, font_size, &clip);
  else
    g_array_set_size (r->labels, 0);
  for (guint i = 0; i < labels->len; i++)
    g_free (g_array_index (labels, FyZoneLabel, i).count);

  if (o->flags & FY_ZONE_DRAW_SELECTION)
    draw_selection (cr, map, o);

  if (o->flags & FY_ZONE_DRAW_LEGEND)
    {
      double w, h;
      fy_zone_renderer_draw_legend (r, cr, map, (FyPoint) { legend.x0, legend.y0 }, font_size, &w, &h);
    }
  cairo_restore (cr);
}
