/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-chart.c — the stock-over-time chart and the days-of-cover
 * bars (see the header). Plain cairo and Pango, no GTK; colours are the
 * ones of the warnings elsewhere (red, amber, green). */
#include "config.h"

#include <pango/pangocairo.h>

#include "fy-supplies-chart.h"

#define MARGIN 24.0

static void
set_rgb (cairo_t *cr, guint32 rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

static void
draw_text (cairo_t *cr, const char *text, double x, double y, double size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
}

void
fy_supplies_draw_stock_chart (cairo_t *cr, const FySupplyDays *days, gint64 reserve_target, double width,
                              double height)
{
  double plot_w = width - 2 * MARGIN, plot_h = height - 2 * MARGIN;
  gint64 top = MAX (reserve_target, 1);
  char label[32];

  g_return_if_fail (days != NULL && days->n > 0);
  for (int i = 0; i < days->n; i++)
    top = MAX (top, days->balance[i]);
  top = top + top / 10 + 1;
#define X(i) (MARGIN + (days->n > 1 ? plot_w * (i) / (days->n - 1) : plot_w / 2))
#define Y(v) (MARGIN + plot_h - plot_h * (double) (v) / (double) top)
  cairo_save (cr);
  set_rgb (cr, 0xffffff);
  cairo_paint (cr);
  /* Axes. */
  set_rgb (cr, 0x9a9996);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, MARGIN, MARGIN);
  cairo_line_to (cr, MARGIN, MARGIN + plot_h);
  cairo_line_to (cr, MARGIN + plot_w, MARGIN + plot_h);
  cairo_stroke (cr);
  g_snprintf (label, sizeof label, "%" G_GINT64_FORMAT, top);
  draw_text (cr, label, 2, MARGIN - 14, 10);
  draw_text (cr, days->from, MARGIN, MARGIN + plot_h + 4, 10);
  /* The reserve target, dashed amber. */
  if (reserve_target > 0)
    {
      double dash[] = { 6, 4 };
      set_rgb (cr, 0xc88800);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, MARGIN, Y (reserve_target));
      cairo_line_to (cr, MARGIN + plot_w, Y (reserve_target));
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  /* Receipts (green, up) and issues (grey, down) under the axis. */
  for (int i = 0; i < days->n; i++)
    {
      if (days->received[i] > 0)
        {
          set_rgb (cr, 0x26a269);
          cairo_rectangle (cr, X (i) - 1.5, MARGIN + plot_h - 8, 3, 8);
          cairo_fill (cr);
        }
      if (days->issued[i] > 0)
        {
          set_rgb (cr, 0x77767b);
          cairo_rectangle (cr, X (i) - 0.5, MARGIN + plot_h + 1, 1, 5);
          cairo_fill (cr);
        }
    }
  /* The balance, blue. */
  set_rgb (cr, 0x1c71d8);
  cairo_set_line_width (cr, 2);
  for (int i = 0; i < days->n; i++)
    if (i == 0)
      cairo_move_to (cr, X (i), Y (days->balance[i]));
    else
      cairo_line_to (cr, X (i), Y (days->balance[i]));
  cairo_stroke (cr);
  cairo_restore (cr);
#undef X
#undef Y
}

void
fy_supplies_draw_cover_bars (cairo_t *cr, GPtrArray *stock, double max_days, double width, double height)
{
  double label_w = 160, bar_area = width - label_w - MARGIN;
  double row_h = stock->len > 0 ? MIN (24.0, (height - 2 * MARGIN) / stock->len) : 24.0;

  g_return_if_fail (max_days > 0);
  cairo_save (cr);
  set_rgb (cr, 0xffffff);
  cairo_paint (cr);
  for (guint i = 0; i < stock->len; i++)
    {
      FySupplyStock *s = g_ptr_array_index (stock, i);
      double y = MARGIN + i * row_h;
      double days = s->cover_tenths / 10.0;

      set_rgb (cr, 0x241f31);
      draw_text (cr, s->name, 4, y, MIN (12.0, row_h * 0.7));
      if (s->cover_tenths < 0)
        continue;
      set_rgb (cr, s->urgency <= FY_SUPPLY_URGENT_BELOW_TARGET ? (s->urgency == FY_SUPPLY_URGENT_BELOW_MINIMUM
                                                                  ? 0xc01c28 : 0xc88800)
                   : 0x26a269);
      cairo_rectangle (cr, label_w, y + row_h * 0.15, bar_area * MIN (days, max_days) / max_days, row_h * 0.7);
      cairo_fill (cr);
      /* The reserve days as a tick. */
      set_rgb (cr, 0x241f31);
      cairo_rectangle (cr, label_w + bar_area * MIN (s->reserve_days, max_days) / max_days - 1, y, 2, row_h);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}
