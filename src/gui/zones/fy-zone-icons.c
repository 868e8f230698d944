/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-icons.c — symbol and level pictures as GtkDrawingAreas. */
#include "config.h"

#include "fy-zone-icons.h"
#include "fy-zone-render.h"

/* One renderer for every icon: it only caches the hatch tiles. */
static FyZoneRenderer *
icon_renderer (void)
{
  static FyZoneRenderer *renderer;

  if (renderer == NULL)
    renderer = fy_zone_renderer_new ();
  return renderer;
}

static void
draw_symbol_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (area), "fy-kind"));
  fy_zone_renderer_draw_symbol (icon_renderer (), cr, kind, width / 2.0, height / 2.0, MIN (width, height) - 2);
}

static void
draw_swatch_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  int level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (area), "fy-level"));
  fy_zone_renderer_draw_swatch (icon_renderer (), cr, level, 1, 1, width - 2, height - 2);
}

GtkWidget *
fy_zone_icon_new_symbol (FyZonePointKind kind, int size)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), size);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), size);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  fy_zone_icon_set_symbol (area, kind);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_symbol_cb, NULL, NULL);
  return area;
}

void
fy_zone_icon_set_symbol (GtkWidget *icon, FyZonePointKind kind)
{
  g_object_set_data (G_OBJECT (icon), "fy-kind", GINT_TO_POINTER (kind));
  gtk_widget_queue_draw (icon);
}

GtkWidget *
fy_zone_icon_new_swatch (FyZoneLevel level, int width, int height)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), width);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), height);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  fy_zone_icon_set_swatch (area, level);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch_cb, NULL, NULL);
  return area;
}

void
fy_zone_icon_set_swatch (GtkWidget *icon, FyZoneLevel level)
{
  g_object_set_data (G_OBJECT (icon), "fy-level", GINT_TO_POINTER (level));
  gtk_widget_queue_draw (icon);
}
