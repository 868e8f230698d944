/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-sheet.c — the zone map on paper and in files: legend, the printed
 * sheet (title block, map, legend, scale bar, date and 填表人 line), and
 * export to PNG / PDF / SVG through a temporary file. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "fy-atomic-file.h"
#include "fy-error.h"
#include "fy-validate.h"
#include "fy-zone-render.h"
#include "fy-zone-sheet.h"

/* ------------------------------------------------------------------ */
/* Text helpers                                                        */

static PangoLayout *
new_layout (cairo_t *cr, double size, gboolean bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  return layout;
}

/* Draws `text` with its logical box's top-left at `at` (or only measures
 * when draw is FALSE); returns the box size. */
static void
text_at (cairo_t *cr, PangoLayout *layout, const char *text, FyPoint at, gboolean draw, double *w, double *h)
{
  double x = at.x, y = at.y;
  PangoRectangle ext;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &ext);
  if (draw)
    {
      cairo_move_to (cr, x - ext.x, y - ext.y);
      pango_cairo_show_layout (cr, layout);
    }
  if (w)
    *w = ext.width;
  if (h)
    *h = ext.height;
}

/* ------------------------------------------------------------------ */
/* Legend                                                              */

void
fy_zone_renderer_draw_legend (FyZoneRenderer *r, cairo_t *cr, FyZoneMap *map, FyPoint corner,
                              double font_size, double *width, double *height)
{
  double x = corner.x, y = corner.y;
  cairo_surface_t *scratch = NULL;
  gboolean draw = cr != NULL;
  PangoLayout *title, *body;
  int n_areas[FY_ZONE_N_LEVELS] = { 0 }, people[FY_ZONE_N_LEVELS] = { 0 };
  gboolean kinds[FY_ZONE_N_POINT_KINDS] = { FALSE };
  double pad = font_size * 0.6, gap = font_size * 0.35;
  double sw = font_size * 2.2, sh = font_size * 1.3;
  double w = 0, h, tw, th, cy;

  if (!draw)
    {
      /* Measuring only: a throwaway context gives the same text sizes. */
      scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cr = cairo_create (scratch);
    }
  for (guint i = 0, n = fy_zone_map_get_n_areas (map); i < n; i++)
    {
      const FyZoneArea *a = fy_zone_map_get_area (map, i);
      n_areas[a->level]++;
      people[a->level] += fy_zone_map_get_headcount (map, a->id);
    }
  for (guint i = 0, n = fy_zone_map_get_n_points (map); i < n; i++)
    kinds[fy_zone_map_get_point (map, i)->kind] = TRUE;

  title = new_layout (cr, font_size * 1.1, TRUE);
  body = new_layout (cr, font_size, FALSE);

  /* Two passes: measure the widest row, then draw the box and the rows. */
  for (int pass = 0; pass < (draw ? 2 : 1); pass++)
    {
      gboolean paint = pass == 1;

      if (paint)
        {
          cairo_save (cr);
          cairo_rectangle (cr, x, y, *width, *height);
          cairo_set_source_rgba (cr, 1, 1, 1, 0.92);
          cairo_fill_preserve (cr);
          cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
          cairo_set_source_rgb (cr, 0, 0, 0);
        }
      cy = y + pad;
      text_at (cr, title, _("Legend"), (FyPoint) { x + pad, cy }, paint, &tw, &th);
      w = MAX (w, tw);
      cy += th + gap;
      for (guint l = 0; l < FY_ZONE_N_LEVELS; l++)
        {
          g_autofree char *areas = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d area", "%d areas", n_areas[l]), n_areas[l]);
          g_autofree char *persons = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person", "%d people", people[l]), people[l]);
          /* Translators: legend row: level, number of areas, number of people */
          g_autofree char *row = g_strdup_printf (_("%s: %s, %s"), fy_zone_level_label (l), areas, persons);
          double rh;
          text_at (cr, body, row, (FyPoint) { x + pad + sw + gap * 2, cy }, FALSE, &tw, &th);
          rh = MAX (sh, th);
          if (paint)
            {
              fy_zone_renderer_draw_swatch (r, cr, l, x + pad, cy + (rh - sh) / 2, sw, sh);
              cairo_set_source_rgb (cr, 0, 0, 0);
              text_at (cr, body, row, (FyPoint) { x + pad + sw + gap * 2, cy + (rh - th) / 2 }, TRUE, NULL, NULL);
            }
          w = MAX (w, sw + gap * 2 + tw);
          cy += rh + gap;
        }
      for (guint k = 0; k < FY_ZONE_N_POINT_KINDS; k++)
        {
          double rh;
          if (!kinds[k])
            continue;
          text_at (cr, body, fy_zone_point_kind_label (k), (FyPoint) { 0, 0 }, FALSE, &tw, &th);
          rh = MAX (sh, th);
          if (paint)
            {
              fy_zone_renderer_draw_symbol (r, cr, k, x + pad + sw / 2, cy + rh / 2, sh);
              cairo_set_source_rgb (cr, 0, 0, 0);
              text_at (cr, body, fy_zone_point_kind_label (k),
                       (FyPoint) { x + pad + sw + gap * 2, cy + (rh - th) / 2 }, TRUE, NULL, NULL);
            }
          w = MAX (w, sw + gap * 2 + tw);
          cy += rh + gap;
        }
      h = cy - y - gap + pad;
      if (pass == 0)
        {
          *width = w + 2 * pad;
          *height = h;
        }
      if (paint)
        cairo_restore (cr);
    }

  g_object_unref (title);
  g_object_unref (body);
  if (scratch)
    {
      cairo_destroy (cr);
      cairo_surface_destroy (scratch);
    }
}

/* ------------------------------------------------------------------ */
/* Page                                                                */

void
fy_zone_paper_size (FyZonePaper paper, double *width_pt, double *height_pt)
{
  /* ISO 216 in points (1 mm = 72 / 25.4 pt), landscape. */
  double w_mm = paper == FY_ZONE_PAPER_A3 ? 420 : 297;
  double h_mm = paper == FY_ZONE_PAPER_A3 ? 297 : 210;

  *width_pt = w_mm * 72 / 25.4;
  *height_pt = h_mm * 72 / 25.4;
}

void
fy_zone_sheet_info_init (FyZoneSheetInfo *info, FyZoneMap *map)
{
  FyStore *store = fy_zone_map_get_store (map);

  info->company = store ? fy_store_get_setting (store, "company.name") : g_strdup ("");
  info->preparer = store ? fy_store_get_setting (store, "officer") : g_strdup ("");
  info->date = fy_today ();
  info->area_tints = NULL;
}

void
fy_zone_sheet_info_clear (FyZoneSheetInfo *info)
{
  g_clear_pointer (&info->company, g_free);
  g_clear_pointer (&info->preparer, g_free);
  g_clear_pointer (&info->date, g_free);
  g_clear_pointer (&info->area_tints, g_hash_table_unref);
}

/* A bar of a round length (1, 2 or 5 × 10^k m) about a fifth of `room`. */
static void
draw_scale_bar (cairo_t *cr, const FyZoneView *view, double x, double y, double room, double font_size)
{
  double want = room / 5 / view->scale, len = 1, px;
  g_autoptr(PangoLayout) layout = new_layout (cr, font_size, FALSE);
  g_autofree char *text = NULL;
  double tw, th;

  len = pow (10, floor (log10 (want)));
  if (len * 5 <= want)
    len *= 5;
  else if (len * 2 <= want)
    len *= 2;
  px = len * view->scale;
  /* Translators: a length on the scale bar, in metres */
  text = g_strdup_printf (_("%g m"), len);

  text_at (cr, layout, text, (FyPoint) { 0, 0 }, FALSE, &tw, &th);
  cairo_save (cr);
  cairo_rectangle (cr, x - 3, y - th - 6, px + 6 + tw + 6, th + 12);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, x, y - 4, px / 2, 4);
  cairo_fill (cr);
  cairo_rectangle (cr, x, y - 4, px, 4);
  cairo_stroke (cr);
  text_at (cr, layout, text, (FyPoint) { x + px + 6, y - th + 2 }, TRUE, NULL, NULL);
  cairo_restore (cr);
}

void
fy_zone_renderer_draw_sheet (FyZoneRenderer *r, cairo_t *cr, FyZoneMap *map,
                            const FyZoneSheetInfo *info, double W, double H)
{
  double m = MIN (W, H) * 0.045, fs = H * 0.018, y = m, tw, th, lw, lh;
  g_autoptr(PangoLayout) big = new_layout (cr, H * 0.032, TRUE);
  g_autoptr(PangoLayout) small = new_layout (cr, fs, FALSE);
  g_autofree char *title = g_strdup_printf (_("%s — epidemic prevention zone map"), fy_zone_map_get_name (map));
  g_autofree char *prepared = NULL;
  g_autofree char *reviewed = NULL;
  g_autofree char *dated = NULL;
  const char *blank = "__________";
  FyZoneRenderOptions o;
  FyRect box;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  /* Title block */
  if (info->company && *info->company)
    {
      text_at (cr, small, info->company, (FyPoint) { 0, 0 }, FALSE, &tw, &th);
      text_at (cr, small, info->company, (FyPoint) { (W - tw) / 2, y }, TRUE, NULL, NULL);
      y += th + fs * 0.3;
    }
  text_at (cr, big, title, (FyPoint) { 0, 0 }, FALSE, &tw, &th);
  text_at (cr, big, title, (FyPoint) { (W - MIN (tw, W - 2 * m)) / 2, y }, TRUE, NULL, NULL);
  y += th + fs * 0.8;

  /* Signature line: who filled it in, who reviewed it, the date. */
  prepared = g_strdup_printf (_("Prepared by: %s"), info->preparer && *info->preparer ? info->preparer : blank);
  reviewed = g_strdup_printf (_("Reviewed by: %s"), blank);
  dated = g_strdup_printf (_("Date: %s"), info->date ? info->date : "");
  text_at (cr, small, prepared, (FyPoint) { 0, 0 }, FALSE, &tw, &th);
  text_at (cr, small, prepared, (FyPoint) { m, H - m - th }, TRUE, NULL, NULL);
  text_at (cr, small, reviewed, (FyPoint) { 0, 0 }, FALSE, &tw, NULL);
  text_at (cr, small, reviewed, (FyPoint) { (W - tw) / 2, H - m - th }, TRUE, NULL, NULL);
  text_at (cr, small, dated, (FyPoint) { 0, 0 }, FALSE, &tw, NULL);
  text_at (cr, small, dated, (FyPoint) { W - m - tw, H - m - th }, TRUE, NULL, NULL);

  /* Legend on the right, the map in the rest. */
  fy_zone_renderer_draw_legend (r, NULL, map, (FyPoint) { 0, 0 }, fs * 0.9, &lw, &lh);
  box = (FyRect) { m, y, W - m - lw - fs, H - m - th - fs };
  fy_zone_renderer_draw_legend (r, cr, map, (FyPoint) { W - m - lw, y }, fs * 0.9, &lw, &lh);

  cairo_rectangle (cr, box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);

  fy_zone_render_options_init (&o);
  o.flags = FY_ZONE_DRAW_PRINT;
  o.font_size = fs * 0.75;
  o.area_tints = info->area_tints;
  {
    /* Room for symbols sitting on the map's edge. */
    double pad = o.font_size * 1.4 / 2 + 4;
    fy_zone_view_fit (&o.view, map, &(FyRect) { box.x0 + pad, box.y0 + pad, box.x1 - pad, box.y1 - pad });
  }
  cairo_save (cr);
  cairo_rectangle (cr, box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0);
  cairo_clip (cr);
  fy_zone_renderer_render (r, cr, map, &o);
  draw_scale_bar (cr, &o.view, box.x0 + 10, box.y1 - 10, box.x1 - box.x0, fs * 0.75);
  cairo_restore (cr);
  cairo_restore (cr);
}

/* ------------------------------------------------------------------ */
/* Export                                                              */

typedef struct
{
  FyAtomicFile *file;
  int err;   /* errno of the first failed write */
} Sink;

static cairo_status_t
write_sink_cb (void *closure, const unsigned char *data, unsigned int length)
{
  Sink *sink = closure;

  if (sink->err == 0)
    sink->err = fy_atomic_file_write (sink->file, data, length);
  return sink->err ? CAIRO_STATUS_WRITE_ERROR : CAIRO_STATUS_SUCCESS;
}

typedef enum { OUT_PNG, OUT_PDF, OUT_SVG } OutKind;

static gboolean
kind_from_path (const char *path, OutKind *kind, GError **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *kind = OUT_PNG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *kind = OUT_PDF;
  else if (g_str_has_suffix (lower, ".svg"))
    *kind = OUT_SVG;
  else
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("Choose a file name ending in .png, .pdf or .svg."));
      return FALSE;
    }
  return TRUE;
}

/* Draws the page onto the sink; returns the cairo status. */
static cairo_status_t
write_page (FyZoneMap *map, OutKind kind, Sink *sink, const FyZoneSheetInfo *info, FyZonePaper paper,
            int dpi)
{
  FyZoneRenderer *r = fy_zone_renderer_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  double W, H;
  cairo_t *cr;

  fy_zone_paper_size (paper, &W, &H);
  if (kind == OUT_PDF)
    {
      g_autofree char *title = g_strdup_printf (_("%s — epidemic prevention zone map"), fy_zone_map_get_name (map));
      surface = cairo_pdf_surface_create_for_stream (write_sink_cb, sink, W, H);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Fangyi");
    }
  else if (kind == OUT_SVG)
    surface = cairo_svg_surface_create_for_stream (write_sink_cb, sink, W, H);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (W * dpi / 72.0),
                                          (int) ceil (H * dpi / 72.0));

  cr = cairo_create (surface);
  if (kind == OUT_PNG)
    cairo_scale (cr, dpi / 72.0, dpi / 72.0);
  fy_zone_renderer_draw_sheet (r, cr, map, info, W, H);
  if (kind != OUT_PNG)
    cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && kind == OUT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_sink_cb, sink);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  fy_zone_renderer_free (r);
  return status;
}

gboolean
fy_zone_map_export (FyZoneMap *map, const char *path, const FyZoneExportOptions *options, GError **error)
{
  FyZoneExportOptions defaults = { FY_ZONE_PAPER_A4, 150, NULL, NULL, NULL };
  const FyZoneExportOptions *opt = options ? options : &defaults;
  g_autoptr(FyAtomicFile) file = NULL;
  g_autofree char *display = g_filename_display_name (path);
  FyZoneSheetInfo info;
  cairo_status_t status;
  Sink sink = { NULL, 0 };
  OutKind kind;
  int dpi;

  g_return_val_if_fail (FY_IS_ZONE_MAP (map), FALSE);
  if (!kind_from_path (path, &kind, error))
    return FALSE;
  dpi = opt->png_dpi > 0 ? CLAMP (opt->png_dpi, 72, 600) : 150;

  if ((file = fy_atomic_file_begin (path, error)) == NULL)
    return FALSE;
  sink.file = file;

  fy_zone_sheet_info_init (&info, map);
  if (opt->company)
    g_free (info.company), info.company = g_strdup (opt->company);
  if (opt->preparer)
    g_free (info.preparer), info.preparer = g_strdup (opt->preparer);
  if (opt->date)
    g_free (info.date), info.date = g_strdup (opt->date);
  if (opt->area_tints)
    info.area_tints = g_hash_table_ref (opt->area_tints);
  status = write_page (map, kind, &sink, &info, opt->paper, dpi);
  fy_zone_sheet_info_clear (&info);

  if (status == CAIRO_STATUS_SUCCESS && sink.err == 0)
    return fy_atomic_file_commit (file, error);

  /* The temporary file goes with `file`. */
  if (sink.err == ENOSPC || sink.err == EDQUOT || sink.err == EFBIG)
    g_set_error (error, FY_ERROR, FY_ERROR_DISK_FULL,
                 _("The disk is full, so “%s” was not written. Free some space and try again."), display);
  else if (sink.err != 0)
    g_set_error (error, FY_ERROR, FY_ERROR_IO, _("Could not write “%s”: %s."), display, g_strerror (sink.err));
  else if (status == CAIRO_STATUS_NO_MEMORY || status == CAIRO_STATUS_INVALID_SIZE)
    g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                 _("There is not enough memory to draw the map at this size. Choose a lower resolution."));
  else
    g_set_error (error, FY_ERROR, FY_ERROR_FAILED, _("Drawing the map failed (%s)."),
                 cairo_status_to_string (status));
  return FALSE;
}
