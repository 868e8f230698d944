/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-symbol.c — the map symbols (isolation point, gate, locker…).
 * Each kind has its own SHAPE, so they stay apart on black-and-white paper
 * and for colour-blind readers, and its own colour on screen. */
#include "config.h"

#include <math.h>

#include "fy-zone-render.h"

void
fy_zone_renderer_draw_symbol (FyZoneRenderer *r, cairo_t *cr, FyZonePointKind kind,
                              double x, double y, double size)
{
  double s = size / 2;

  cairo_save (cr);
  cairo_new_path (cr);   /* text drawn before leaves a current point */
  cairo_translate (cr, x, y);
  cairo_set_line_width (cr, MAX (1.2, size / 12));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* Each kind has its own shape (distinct without colour) and colour. */
  switch (kind)
    {
    case FY_ZONE_POINT_ISOLATION:      /* red square with a white cross */
      cairo_rectangle (cr, -s, -s, size, size);
      cairo_set_source_rgb (cr, 0.8, 0.05, 0.05);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_stroke (cr);
      cairo_move_to (cr, -s * 0.55, -s * 0.55);
      cairo_line_to (cr, s * 0.55, s * 0.55);
      cairo_move_to (cr, s * 0.55, -s * 0.55);
      cairo_line_to (cr, -s * 0.55, s * 0.55);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_stroke (cr);
      break;
    case FY_ZONE_POINT_OBSERVATION:    /* amber circle with a dot (an eye) */
      cairo_arc (cr, 0, 0, s, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.95, 0.65, 0.0);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_stroke (cr);
      cairo_arc (cr, 0, 0, s * 0.35, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case FY_ZONE_POINT_ENTRANCE:       /* green gate: an arch */
      cairo_move_to (cr, -s, s);
      cairo_line_to (cr, -s, -s * 0.2);
      cairo_arc (cr, 0, -s * 0.2, s, G_PI, 2 * G_PI);
      cairo_line_to (cr, s, s);
      cairo_close_path (cr);
      cairo_set_source_rgb (cr, 0.1, 0.6, 0.25);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_stroke (cr);
      cairo_rectangle (cr, -s * 0.4, 0, s * 0.8, s);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill (cr);
      break;
    case FY_ZONE_POINT_SAMPLING:       /* blue diamond with a white plus */
      cairo_move_to (cr, 0, -s);
      cairo_line_to (cr, s, 0);
      cairo_line_to (cr, 0, s);
      cairo_line_to (cr, -s, 0);
      cairo_close_path (cr);
      cairo_set_source_rgb (cr, 0.1, 0.35, 0.85);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_stroke (cr);
      cairo_move_to (cr, 0, -s * 0.5);
      cairo_line_to (cr, 0, s * 0.5);
      cairo_move_to (cr, -s * 0.5, 0);
      cairo_line_to (cr, s * 0.5, 0);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_stroke (cr);
      break;
    case FY_ZONE_POINT_DISINFECTION:   /* purple hexagon with a white star */
      for (int k = 0; k < 6; k++)
        {
          double t = G_PI / 6 + k * G_PI / 3;
          if (k == 0)
            cairo_move_to (cr, s * cos (t), s * sin (t));
          else
            cairo_line_to (cr, s * cos (t), s * sin (t));
        }
      cairo_close_path (cr);
      cairo_set_source_rgb (cr, 0.5, 0.2, 0.7);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_stroke (cr);
      for (int k = 0; k < 3; k++)
        {
          double t = k * G_PI / 3 + G_PI / 2;
          cairo_move_to (cr, s * 0.55 * cos (t), s * 0.55 * sin (t));
          cairo_line_to (cr, -s * 0.55 * cos (t), -s * 0.55 * sin (t));
        }
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_stroke (cr);
      break;
    case FY_ZONE_POINT_LOCKER:         /* white cabinet, 2 × 2 doors */
      cairo_rectangle (cr, -s, -s, size, size);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_stroke (cr);
      cairo_move_to (cr, 0, -s);
      cairo_line_to (cr, 0, s);
      cairo_move_to (cr, -s, 0);
      cairo_line_to (cr, s, 0);
      cairo_stroke (cr);
      break;
    case FY_ZONE_POINT_TRUCK_LOADING:  /* grey lorry: box, cab, two wheels */
      cairo_rectangle (cr, -s, -s * 0.7, s * 1.25, s * 1.1);
      cairo_rectangle (cr, s * 0.3, -s * 0.25, s * 0.7, s * 0.65);
      cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_stroke (cr);
      cairo_new_sub_path (cr);
      cairo_arc (cr, -s * 0.55, s * 0.6, s * 0.28, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc (cr, s * 0.6, s * 0.6, s * 0.28, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    default:
      g_return_if_reached ();
    }
  cairo_restore (cr);
}
