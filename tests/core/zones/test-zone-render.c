/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Zone map drawing: level colours and hatches visible in the pixels (and
 * distinct without colour), labels that never overlap, the floor plan under
 * the areas, and PDF / PNG / SVG files read back with real readers. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "fy-error.h"
#include "fy-test-support.h"
#include "fy-zone-map.h"
#include "fy-zone-render-private.h"
#include "fy-zone-render.h"
#include "fy-zone-sheet.h"

/* Four areas in a 2 × 2 layout on an 80 × 60 m blank map. */
static FyZoneMap *
four_levels (FyStore *store)
{
  g_autoptr(GError) error = NULL;
  FyZoneMap *map = fy_zone_map_create (store, "测试厂区", 80, 60, &error);

  g_assert_no_error (error);
  fy_test_add_rect (map, "绿区车间", FY_ZONE_LEVEL_GREEN, 0, 0, 40, 30);
  fy_test_add_rect (map, "蓝区宿舍", FY_ZONE_LEVEL_BLUE, 40, 0, 80, 30);
  fy_test_add_rect (map, "黄区仓库", FY_ZONE_LEVEL_YELLOW, 0, 30, 40, 60);
  fy_test_add_rect (map, "红区隔离", FY_ZONE_LEVEL_RED, 40, 30, 80, 60);
  return map;
}

typedef struct
{
  double r, g, b;       /* mean, 0–1 */
  double dark;          /* fraction of pixels clearly darker than the block's lightest */
  guint  distinct;      /* number of different pixel values */
} Block;

/* Statistics of a w × h block of an RGB24/ARGB32 surface. */
static Block
sample (cairo_surface_t *s, int x0, int y0, int w, int h)
{
  const guchar *data = cairo_image_surface_get_data (s);
  int stride = cairo_image_surface_get_stride (s);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  Block b = { 0 };
  double max_luma = 0;
  g_autofree double *luma = g_new (double, w * h);

  cairo_surface_flush (s);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 px = *(const guint32 *) (data + (y0 + y) * stride + (x0 + x) * 4);
        double r = ((px >> 16) & 0xff) / 255.0, g = ((px >> 8) & 0xff) / 255.0, bl = (px & 0xff) / 255.0;
        b.r += r;
        b.g += g;
        b.b += bl;
        luma[y * w + x] = 0.299 * r + 0.587 * g + 0.114 * bl;
        max_luma = MAX (max_luma, luma[y * w + x]);
        g_hash_table_add (seen, GUINT_TO_POINTER (px & 0xffffff));
      }
  for (int i = 0; i < w * h; i++)
    if (luma[i] < max_luma - 0.15)
      b.dark += 1;
  b.r /= w * h;
  b.g /= w * h;
  b.b /= w * h;
  b.dark /= w * h;
  b.distinct = g_hash_table_size (seen);
  return b;
}

static void
test_pixels (void)
{
  FY_TEST_LAST_REF FyZoneMap *map = four_levels (NULL);
  FyZoneRenderer *r = fy_zone_renderer_new ();
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 420, 320);
  cairo_t *cr = cairo_create (s);
  FyZoneRenderOptions o;
  Block blocks[FY_ZONE_N_LEVELS], outside, plain;

  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);   /* the widget background around the map */
  cairo_paint (cr);
  fy_zone_render_options_init (&o);
  o.flags = FY_ZONE_DRAW_BACKGROUND | FY_ZONE_DRAW_AREAS | FY_ZONE_DRAW_HATCH;
  o.view = (FyZoneView) { 5, 10, 10 };   /* 5 px per metre, map at (10, 10) */
  fy_zone_renderer_render (r, cr, map, &o);

  /* 40 × 40 px blocks well inside each area (each area is 200 × 150 px). */
  blocks[FY_ZONE_LEVEL_GREEN] = sample (s, 10 + 80, 10 + 55, 40, 40);
  blocks[FY_ZONE_LEVEL_BLUE] = sample (s, 10 + 280, 10 + 55, 40, 40);
  blocks[FY_ZONE_LEVEL_YELLOW] = sample (s, 10 + 80, 10 + 205, 40, 40);
  blocks[FY_ZONE_LEVEL_RED] = sample (s, 10 + 280, 10 + 205, 40, 40);

  /* Colour: each level's hue dominates its block. */
  g_assert_cmpfloat (blocks[FY_ZONE_LEVEL_GREEN].g, >, blocks[FY_ZONE_LEVEL_GREEN].r + 0.1);
  g_assert_cmpfloat (blocks[FY_ZONE_LEVEL_GREEN].g, >, blocks[FY_ZONE_LEVEL_GREEN].b + 0.1);
  g_assert_cmpfloat (blocks[FY_ZONE_LEVEL_BLUE].b, >, blocks[FY_ZONE_LEVEL_BLUE].r + 0.1);
  g_assert_cmpfloat (blocks[FY_ZONE_LEVEL_BLUE].b, >, blocks[FY_ZONE_LEVEL_BLUE].g + 0.05);
  g_assert_cmpfloat (blocks[FY_ZONE_LEVEL_YELLOW].r, >, blocks[FY_ZONE_LEVEL_YELLOW].b + 0.2);
  g_assert_cmpfloat (blocks[FY_ZONE_LEVEL_YELLOW].g, >, blocks[FY_ZONE_LEVEL_YELLOW].b + 0.2);
  g_assert_cmpfloat (blocks[FY_ZONE_LEVEL_RED].r, >, blocks[FY_ZONE_LEVEL_RED].g + 0.2);
  g_assert_cmpfloat (blocks[FY_ZONE_LEVEL_RED].r, >, blocks[FY_ZONE_LEVEL_RED].b + 0.2);

  /* Hatch: pixels inside an area are not all the same, and the share of
   * dark (hatch) pixels differs between every two levels, so the levels
   * stay apart in grey: dots < "/" < cross < dense "\". */
  for (guint i = 0; i < FY_ZONE_N_LEVELS; i++)
    {
      g_test_message ("level %u: rgb %.2f %.2f %.2f dark %.3f distinct %u", i, blocks[i].r, blocks[i].g,
                      blocks[i].b, blocks[i].dark, blocks[i].distinct);
      g_assert_cmpuint (blocks[i].distinct, >=, 2);
      g_assert_cmpfloat (blocks[i].dark, >, 0.005);
    }
  g_assert_cmpfloat (blocks[FY_ZONE_LEVEL_GREEN].dark + 0.03, <, blocks[FY_ZONE_LEVEL_BLUE].dark);
  g_assert_cmpfloat (blocks[FY_ZONE_LEVEL_BLUE].dark + 0.03, <, blocks[FY_ZONE_LEVEL_YELLOW].dark);
  g_assert_cmpfloat (blocks[FY_ZONE_LEVEL_YELLOW].dark + 0.03, <, blocks[FY_ZONE_LEVEL_RED].dark);

  /* Outside the map: untouched; without hatch the fill is one flat colour. */
  outside = sample (s, 0, 0, 8, 8);
  g_assert_cmpuint (outside.distinct, ==, 1);
  g_assert_cmpfloat_with_epsilon (outside.r, 0.5, 0.01);

  o.flags &= ~FY_ZONE_DRAW_HATCH;
  fy_zone_renderer_render (r, cr, map, &o);
  plain = sample (s, 10 + 280, 10 + 205, 40, 40);
  g_assert_cmpuint (plain.distinct, ==, 1);

  cairo_destroy (cr);
  if (g_getenv ("FANGYI_KEEP_TEST_FILES"))
    cairo_surface_write_to_png (s, "/tmp/fangyi-zone-pixels.png");
  cairo_surface_destroy (s);
  fy_zone_renderer_free (r);
}

static gboolean
rects_overlap (const FyRect *a, const FyRect *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static guint
render_labels (FyZoneMap *map, FyZoneRenderer *r, double scale, gboolean legend, GArray **out)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 820, 820);
  cairo_t *cr = cairo_create (s);
  FyZoneRenderOptions o;
  GArray *rects;

  fy_zone_render_options_init (&o);
  o.view = (FyZoneView) { scale, 0, 0 };
  if (!legend)
    o.flags &= ~FY_ZONE_DRAW_LEGEND;
  fy_zone_renderer_render (r, cr, map, &o);
  rects = fy_zone_renderer_get_label_rects (r);
  if (g_getenv ("FANGYI_KEEP_TEST_FILES"))
    {
      g_autofree char *name = g_strdup_printf ("/tmp/fangyi-zone-labels-%.1f.png", scale);
      cairo_surface_write_to_png (s, name);
    }
  for (guint i = 0; i < rects->len; i++)
    for (guint k = i + 1; k < rects->len; k++)
      g_assert_false (rects_overlap (&g_array_index (rects, FyRect, i), &g_array_index (rects, FyRect, k)));
  cairo_destroy (cr);
  cairo_surface_destroy (s);
  *out = rects;
  return rects->len;
}

static void
test_labels (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyZoneMap *map = fy_zone_map_create (NULL, "宿舍区", 100, 100, &error);
  FyZoneRenderer *r = fy_zone_renderer_new ();
  GArray *rects;
  gint64 red = 0;

  /* 10 × 10 rooms of 10 m: crowded when zoomed out. */
  for (int i = 0; i < 10; i++)
    for (int k = 0; k < 10; k++)
      {
        g_autofree char *name = g_strdup_printf ("%d-%d 宿舍", i + 1, k + 1);
        gint64 id = fy_test_add_rect (map, name, (i == 4 && k == 4) ? FY_ZONE_LEVEL_RED : FY_ZONE_LEVEL_GREEN,
                              i * 10, k * 10, i * 10 + 10, k * 10 + 10);
        if (i == 4 && k == 4)
          red = id;
      }
  g_assert_cmpint (red, >, 0);

  /* Normal zoom (a room is 80 px): every room gets its label. */
  g_assert_cmpuint (render_labels (map, r, 8, FALSE, &rects), ==, 100);
  /* The screen legend (bottom left) hides the rooms under it: their labels
   * are left out rather than drawn under the legend. */
  g_assert_cmpuint (render_labels (map, r, 8, TRUE, &rects), <, 100);
  g_assert_cmpuint (rects->len, >=, 95);
  /* Zoomed out (a room is 25 px): fewer labels, none overlapping, and the
   * red room's label is among those kept (risk first). */
  g_assert_cmpuint (render_labels (map, r, 2.5, FALSE, &rects), <, 100);
  g_assert_cmpuint (rects->len, >, 5);
  {
    gboolean red_kept = FALSE;
    for (guint i = 0; i < rects->len; i++)
      {
        const FyRect *b = &g_array_index (rects, FyRect, i);
        if (fy_rect_contains (b, 45 * 2.5, 45 * 2.5))
          red_kept = TRUE;
      }
    g_assert_true (red_kept);
  }
  fy_zone_renderer_free (r);
}

/* A 200 × 100 px plan: left half black, right half white. */
static GBytes *
half_black_png (void)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 200, 100);
  cairo_t *cr = cairo_create (s);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_rectangle (cr, 0, 0, 100, 100);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (s, fy_test_append_bytes_cb, png);
  cairo_surface_destroy (s);
  return g_byte_array_free_to_bytes (png);
}

static void
test_background (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyZoneMap *map = fy_zone_map_create (NULL, "平面图", 100, 100, &error);
  g_autoptr(GBytes) png = half_black_png ();
  FyZoneRenderer *r = fy_zone_renderer_new ();
  FyZoneRenderOptions o;

  g_assert_true (fy_zone_map_set_background (map, png, &error));   /* 0.5 m per pixel → 100 × 50 m */
  g_assert_no_error (error);
  fy_test_add_rect (map, "右侧", FY_ZONE_LEVEL_RED, 60, 10, 90, 40);
  fy_zone_render_options_init (&o);
  o.flags = FY_ZONE_DRAW_BACKGROUND | FY_ZONE_DRAW_AREAS | FY_ZONE_DRAW_HATCH;

  /* At 4 px per metre (magnified) and at 0.5 px per metre (a shrunk copy). */
  for (int pass = 0; pass < 2; pass++)
    {
      double scale = pass ? 0.5 : 4;
      int w = (int) (100 * scale), h = (int) (50 * scale);
      cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
      cairo_t *cr = cairo_create (s);
      Block black, white, red;

      o.view = (FyZoneView) { scale, 0, 0 };
      fy_zone_renderer_render (r, cr, map, &o);
      black = sample (s, w / 10, h / 4, w / 5, h / 2);
      white = sample (s, (int) (52 * scale), (int) (42 * scale), MAX (1, (int) (6 * scale)), MAX (1, (int) (6 * scale)));
      red = sample (s, (int) (70 * scale), (int) (20 * scale), MAX (2, (int) (10 * scale)), MAX (2, (int) (10 * scale)));
      g_assert_cmpfloat (black.r + black.g + black.b, <, 0.05);
      g_assert_cmpfloat (white.r + white.g + white.b, >, 2.9);
      g_assert_cmpfloat (red.r, >, red.g + 0.2);
      cairo_destroy (cr);
      cairo_surface_destroy (s);
    }
  fy_zone_renderer_free (r);
}

static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_autoptr(GBytes) out = NULL;

  g_assert_no_error (error);
  g_subprocess_communicate (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (proc));
  return g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

static void
test_export_pdf (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FY_TEST_LAST_REF FyZoneMap *map = four_levels (store);
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "分区图.pdf", NULL);
  g_autofree char *a3 = g_build_filename (dir, "a3.PDF", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  FyZoneExportOptions opt = { FY_ZONE_PAPER_A4, 0, NULL, NULL, NULL };
  GStatBuf st;

  g_assert_true (fy_store_set_setting (store, "company.name", "示例机械有限公司", &error));
  g_assert_true (fy_store_set_setting (store, "officer", "王芳", &error));
  g_assert_true (fy_zone_map_export (map, pdf, &opt, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_files (dir), ==, 1);   /* no temporary file left behind */

  info = run ((const char *const[]) { "pdfinfo", pdf, NULL });
  g_assert_true (g_regex_match_simple ("^Pages: +1$", info, G_REGEX_MULTILINE, 0));
  g_assert_nonnull (strstr (info, "841.89 x 595.276 pts (A4)"));
  text = run ((const char *const[]) { "pdftotext", "-layout", pdf, "-", NULL });
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "测试厂区"));              /* map name in the title */
  g_assert_nonnull (strstr (text, "示例机械有限公司"));      /* company */
  g_assert_nonnull (strstr (text, "王芳"));                  /* 填表人 */
  g_assert_nonnull (strstr (text, "2026-11-22"));            /* date */
  g_assert_nonnull (strstr (text, "红区隔离"));              /* an area label */
  g_assert_nonnull (strstr (text, "Legend"));

  opt.paper = FY_ZONE_PAPER_A3;
  opt.preparer = "李四";
  opt.date = "2026-12-01";
  g_assert_true (fy_zone_map_export (map, a3, &opt, &error));
  g_clear_pointer (&info, g_free);
  g_clear_pointer (&text, g_free);
  info = run ((const char *const[]) { "pdfinfo", a3, NULL });
  g_assert_nonnull (strstr (info, "1190.55 x 841.89 pts (A3)"));
  text = run ((const char *const[]) { "pdftotext", a3, "-", NULL });
  g_assert_nonnull (strstr (text, "李四"));
  g_assert_nonnull (strstr (text, "2026-12-01"));
}

static void
test_export_png_svg_and_errors (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyZoneMap *map = four_levels (NULL);
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *png = g_build_filename (dir, "map.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *bad = g_build_filename (dir, "map.docx", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "map.pdf", NULL);
  g_autofree char *out = NULL;
  FyZoneExportOptions opt = { FY_ZONE_PAPER_A4, 100, "公司", "", "2026-11-22" };
  cairo_surface_t *img;
  const char *script =
    "import sys, xml.etree.ElementTree as ET\n"
    "root = ET.parse(sys.argv[1]).getroot()\n"
    "print(root.tag, root.get('width'), root.get('height'), len(list(root.iter())))\n";

  g_assert_true (fy_zone_map_export (map, png, &opt, &error));
  g_assert_no_error (error);
  img = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (img), ==, CAIRO_STATUS_SUCCESS);
  /* A4 landscape at 100 dpi: 1170 × 827 pixels. */
  g_assert_cmpint (cairo_image_surface_get_width (img), ==, 1170);
  g_assert_cmpint (cairo_image_surface_get_height (img), ==, 827);
  cairo_surface_destroy (img);

  g_assert_true (fy_zone_map_export (map, svg, &opt, &error));
  g_assert_no_error (error);
  out = fy_test_run_python (script, (const char *const[]) { svg, NULL });
  g_assert_nonnull (out);
  g_assert_true (g_str_has_prefix (out, "{http://www.w3.org/2000/svg}svg 841.889764pt 595.275591pt"));

  g_assert_false (fy_zone_map_export (map, bad, &opt, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fy_zone_map_export (map, missing, &opt, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_IO);
  g_clear_error (&error);
  g_assert_cmpuint (count_files (dir), ==, 2);
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, "2026-11-22");
  g_test_add_func ("/zone-render/pixels", test_pixels);
  g_test_add_func ("/zone-render/labels", test_labels);
  g_test_add_func ("/zone-render/background", test_background);
  g_test_add_func ("/zone-render/export-pdf", test_export_pdf);
  g_test_add_func ("/zone-render/export-png-svg-and-errors", test_export_png_svg_and_errors);
  return g_test_run ();
}
