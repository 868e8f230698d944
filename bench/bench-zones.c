/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-zones.c — zone map performance against the targets of issue 4:
 *   - full render of 500 areas with labels and hatches at 1920 × 1080
 *     ≤ 1.2 × a bare cairo loop filling, stroking and labelling the same
 *     polygons (translucent colour, outline, the same two-line label);
 *   - hit test < 50 µs;
 *   - opening a map with a 4000 × 3000 floor plan (load + first full
 *     render, decoding included) < 300 ms.
 * Fixed seed; medians of 7 runs. Pass --png DIR to keep the rendered frames. */
#include "config.h"

#include <math.h>
#include <glib/gstdio.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <pango/pangocairo.h>

#include "fy-bench.h"
#include "fy-store.h"
#include "fy-test-support.h"
#include "fy-zone-map.h"
#include "fy-zone-render-private.h"
#include "fy-zone-render.h"

#define W 1920
#define H 1080
#define RUNS 7

typedef struct
{
  FyZoneMap       *map;
  FyZoneRenderer  *renderer;
  cairo_surface_t *surface;
  FyZoneRenderOptions options;
} Job;

static void
app_render (gpointer data)
{
  Job *job = data;
  cairo_t *cr = cairo_create (job->surface);

  fy_zone_renderer_render (job->renderer, cr, job->map, &job->options);
  cairo_destroy (cr);
  cairo_surface_flush (job->surface);
}

/* The same polygons, the same text, the plainest cairo + pango code. */
static void
bare_render (gpointer data)
{
  static const double colours[FY_ZONE_N_LEVELS][3] = {
    { 0.20, 0.66, 0.32 }, { 0.18, 0.45, 0.88 }, { 0.98, 0.78, 0.05 }, { 0.88, 0.14, 0.14 } };
  Job *job = data;
  const FyZoneView *v = &job->options.view;
  cairo_t *cr = cairo_create (job->surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, job->options.font_size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_line_width (cr, 1.5);
  for (guint i = 0, n = fy_zone_map_get_n_areas (job->map); i < n; i++)
    {
      const FyZoneArea *a = fy_zone_map_get_area (job->map, i);
      FyPoint c = fy_polygon_centroid (a->points, a->n_points);
      int count = fy_zone_map_get_headcount (job->map, a->id);
      g_autofree char *text = g_strdup_printf ("%s\n%d / %d people", a->name, count, a->capacity);
      PangoRectangle ext;

      for (guint k = 0; k < a->n_points; k++)
        cairo_line_to (cr, a->points[k].x * v->scale + v->offset_x, a->points[k].y * v->scale + v->offset_y);
      cairo_close_path (cr);
      cairo_set_source_rgba (cr, colours[a->level][0], colours[a->level][1], colours[a->level][2], 0.3);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, colours[a->level][0] * 0.5, colours[a->level][1] * 0.5, colours[a->level][2] * 0.5);
      cairo_stroke (cr);
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_extents (layout, NULL, &ext);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, c.x * v->scale + v->offset_x - ext.width / 2.0, c.y * v->scale + v->offset_y - ext.height / 2.0);
      pango_cairo_show_layout (cr, layout);
    }
  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_flush (job->surface);
}

static void
bench_render (const char *png_dir, double font_size)
{
  Job job = { 0 };
  g_autofree char *name = g_strdup_printf ("zones: 500 areas, hatch, labels %.0f px", font_size);
  double app, bare;

  job.map = fy_test_zone_site_map (TRUE);
  job.renderer = fy_zone_renderer_new ();
  job.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  fy_zone_render_options_init (&job.options);
  job.options.flags = FY_ZONE_DRAW_BACKGROUND | FY_ZONE_DRAW_AREAS | FY_ZONE_DRAW_HATCH | FY_ZONE_DRAW_LABELS;
  job.options.font_size = font_size;
  fy_zone_view_fit (&job.options.view, job.map, &(FyRect) { 0, 0, W, H });

  /* Back to back, twice in alternating order; the better median counts. */
  bare = fy_bench_median_ms (RUNS, NULL, bare_render, &job);
  app = fy_bench_median_ms (RUNS, NULL, app_render, &job);
  app = MIN (app, fy_bench_median_ms (RUNS, NULL, app_render, &job));
  bare = MIN (bare, fy_bench_median_ms (RUNS, NULL, bare_render, &job));
  if (png_dir)
    {
      g_autofree char *a = g_strdup_printf ("%s/bench-zones-app-%.0f.png", png_dir, font_size);
      g_autofree char *b = g_strdup_printf ("%s/bench-zones-bare-%.0f.png", png_dir, font_size);
      app_render (&job);
      cairo_surface_write_to_png (job.surface, a);
      bare_render (&job);
      cairo_surface_write_to_png (job.surface, b);
    }
  fy_bench_report (name, app, bare, 1.2);
  /* The bare loop draws every label even where they overlap; the app
   * leaves out the ones that would collide. */
  g_print ("    labels placed without overlap: %u of %u (bare: all %u, overlapping)\n",
           fy_zone_renderer_get_label_rects (job.renderer)->len, fy_zone_map_get_n_areas (job.map),
           fy_zone_map_get_n_areas (job.map));

  if (font_size == 12)
    {
      /* Hit tests: 20 000 random clicks, each a full hit test (symbols,
       * the selected area's corners and edges, then areas top-down). */
      g_autoptr(GRand) rand = g_rand_new_with_seed (7);
      gint64 start = g_get_monotonic_time ();
      guint hits = 0, n = 20000;
      double us;
      for (guint i = 0; i < n; i++)
        {
          FyZoneHit hit = fy_zone_map_hit_test (job.map, g_rand_double_range (rand, 0, 480),
                                                g_rand_double_range (rand, 0, 270), 0.5,
                                                fy_zone_map_get_area (job.map, i % 500)->id);
          hits += hit.kind != FY_ZONE_HIT_NONE;
        }
      us = (g_get_monotonic_time () - start) / (double) n;
      g_print ("%-44s app %9.2f us per query (target < 50 us)%s   [%u of %u hit something]\n",
               "zones: hit test, 500 areas", us, us >= 50 ? "  OVER" : "", hits, n);
    }

  cairo_surface_destroy (job.surface);
  fy_zone_renderer_free (job.renderer);
  g_object_unref (job.map);
}

/* A 4000 × 3000 "floor plan" (walls and rooms on white), encoded. */
static GBytes *
make_plan (const char *type)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 4000, 3000);
  cairo_t *cr = cairo_create (s);
  g_autoptr(GdkPixbuf) pb = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 4000, 3000);
  g_autoptr(GError) error = NULL;
  guchar *dst = gdk_pixbuf_get_pixels (pb);
  const guchar *src;
  char *buf = NULL;
  gsize len = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_set_line_width (cr, 6);
  cairo_set_font_size (cr, 40);
  for (int i = 0; i < 40; i++)
    {
      cairo_rectangle (cr, 50 + (i % 8) * 480, 60 + (i / 8) * 580, 420, 520);
      cairo_move_to (cr, 90 + (i % 8) * 480, 130 + (i / 8) * 580);
      cairo_show_text (cr, "Workshop");
    }
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_flush (s);
  src = cairo_image_surface_get_data (s);
  for (int y = 0; y < 3000; y++)
    for (int x = 0; x < 4000; x++)
      {
        guint32 px = *(const guint32 *) (src + y * cairo_image_surface_get_stride (s) + x * 4);
        guchar *d = dst + y * gdk_pixbuf_get_rowstride (pb) + x * 3;
        d[0] = px >> 16;
        d[1] = px >> 8;
        d[2] = px;
      }
  cairo_surface_destroy (s);
  if (g_str_equal (type, "jpeg"))
    gdk_pixbuf_save_to_buffer (pb, &buf, &len, "jpeg", &error, "quality", "85", NULL);
  else
    gdk_pixbuf_save_to_buffer (pb, &buf, &len, "png", &error, NULL);
  g_assert_no_error (error);
  return g_bytes_new_take (buf, len);
}

typedef struct
{
  FyStore         *store;
  gint64           map_id;
  cairo_surface_t *surface;
} OpenJob;

/* What opening does: read the map, then draw it the first time (a fresh
 * renderer, so the plan is decoded inside the timing). */
static void
open_map (gpointer data)
{
  OpenJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneMap) map = fy_zone_map_load (job->store, job->map_id, &error);
  FyZoneRenderer *r = fy_zone_renderer_new ();
  FyZoneRenderOptions o;
  cairo_t *cr = cairo_create (job->surface);

  g_assert_no_error (error);
  fy_zone_render_options_init (&o);
  fy_zone_view_fit (&o.view, map, &(FyRect) { 0, 0, W, H });
  fy_zone_renderer_render (r, cr, map, &o);
  cairo_destroy (cr);
  fy_zone_renderer_free (r);
}

/* The bare side: decoding the same bytes into a pixbuf, nothing else. */
static void
decode_only (gpointer data)
{
  GBytes *bytes = data;
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();

  gdk_pixbuf_loader_write_bytes (loader, bytes, NULL);
  gdk_pixbuf_loader_close (loader, NULL);
}

static void
bench_open (const char *type)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fangyi-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(GBytes) plan = make_plan (type);
  g_autoptr(FyZoneMap) map = NULL;
  g_autofree char *name = g_strdup_printf ("zones: open map, 4000x3000 %s plan", type);
  OpenJob job = { 0 };
  double app, bare;

  job.store = fy_store_open (path, &error);
  g_assert_no_error (error);
  map = fy_zone_map_create (job.store, "平面图", 400, 300, &error);
  g_assert_no_error (error);
  fy_zone_map_set_background (map, plan, &error);
  g_assert_no_error (error);
  for (int i = 0; i < 50; i++)
    {
      g_autoptr(FyZoneArea) a = fy_zone_area_new ();
      FyPoint pts[4];
      g_free (a->name);
      a->name = g_strdup_printf ("区域%d", i);
      a->level = i % FY_ZONE_N_LEVELS;
      fy_rect_to_polygon (&(FyRect) { 10 + (i % 8) * 48, 10 + (i / 8) * 45, 50 + (i % 8) * 48, 50 + (i / 8) * 45 }, pts);
      fy_zone_area_set_points (a, pts, 4);
      fy_zone_map_add_area (map, a, &error);
      g_assert_no_error (error);
    }
  job.map_id = fy_zone_map_get_id (map);
  job.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);

  bare = fy_bench_median_ms (5, NULL, decode_only, plan);
  app = fy_bench_median_ms (5, NULL, open_map, &job);
  /* The target is absolute; decoding alone is shown for scale. */
  g_print ("%-44s app %9.2f ms   (decode alone %.2f ms; %zu KB) target < 300 ms%s\n", name, app, bare,
           g_bytes_get_size (plan) / 1024, app < 300 ? "" : "  OVER");

  cairo_surface_destroy (job.surface);
  g_clear_object (&map);
  fy_store_close (job.store);
  g_object_unref (job.store);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  const char *png_dir = argc > 2 && g_str_equal (argv[1], "--png") ? argv[2] : NULL;

  bench_render (png_dir, 12);
  bench_render (png_dir, 8);
  bench_open ("jpeg");
  bench_open ("png");
  return 0;
}
