/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-zone-drag.c — frame times of the zone map editor while dragging on
 * a 500-area map: one full redraw with a fresh static layer for scale, then
 * three drags (an unselected area, an area selected first, a corner with
 * the vertex tool), each with the median and worst frame, the press and the
 * drop. Frames are made as GTK makes them with the cairo renderer: the
 * canvas's snapshot, then its render node drawn on an image surface.
 *
 * Needs a display: GSK_RENDERER=cairo xvfb-run -a build/bench/bench-zone-drag
 * (--frames N per drag, default 60). Prints one line per measurement;
 * run it a few times for a median. The GUI test checks what the drags do
 * (tests/gui/zones/test-gui-zones.c); this only times them. */
#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "fy-geometry.h"
#include "fy-test-support.h"
#include "fy-zone-canvas.h"
#include "fy-zone-canvas-private.h"

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* One frame as GTK makes it with the cairo renderer. */
static double
frame_ms (GtkWidget *canvas, cairo_surface_t *target)
{
  gint64 start = g_get_monotonic_time ();
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  cairo_t *cr;

  GTK_WIDGET_GET_CLASS (canvas)->snapshot (canvas, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  cr = cairo_create (target);
  if (node)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (target);
  g_clear_pointer (&node, gsk_render_node_unref);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
report_drag (const char *what, GtkWidget *canvas, GtkEventController *gesture, FyPoint from,
             cairo_surface_t *target, guint n)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint renders = fy_zone_canvas_get_render_count (FY_ZONE_CANVAS (canvas));
  gint64 start;
  double begin_ms, drop_ms;

  start = g_get_monotonic_time ();
  g_signal_emit_by_name (gesture, "drag-begin", from.x, from.y);
  begin_ms = (g_get_monotonic_time () - start) / 1000.0;
  for (guint i = 1; i <= n; i++)
    {
      double t;
      g_signal_emit_by_name (gesture, "drag-update", i * 1.5, i * 0.75);
      t = frame_ms (canvas, target);
      g_array_append_val (times, t);
    }
  renders = fy_zone_canvas_get_render_count (FY_ZONE_CANVAS (canvas)) - renders;
  start = g_get_monotonic_time ();
  g_signal_emit_by_name (gesture, "drag-end", n * 1.5, n * 0.75);
  frame_ms (canvas, target);
  drop_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_array_sort (times, cmp_double);
  g_print ("%-28s frame median %6.2f ms, worst %6.2f ms (%u frames, %u static re-renders); "
           "press %6.1f ms; drop (edit + full redraw) %6.1f ms\n",
           what, g_array_index (times, double, n / 2), g_array_index (times, double, n - 1), n, renders,
           begin_ms, drop_ms);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("- frame times of drags on a 500-area zone map");
  int frames = 60;
  GOptionEntry entries[] = {
    { "frames", 0, 0, G_OPTION_ARG_INT, &frames, "Frames per drag (default 60)", "N" },
    { NULL }
  };
  g_autoptr(FyZoneMap) map = NULL;
  GtkWidget *win, *canvas;
  GtkEventController *gesture;
  cairo_surface_t *target;
  const FyZoneArea *a;
  FyPoint c;
  double full;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || frames < 2)
    {
      g_printerr ("%s\n", error ? error->message : "--frames must be at least 2");
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_print ("zone drag: SKIP (no display; run under xvfb-run)\n");
      return 0;
    }
  adw_init ();

  map = fy_test_zone_site_map (FALSE);
  win = gtk_window_new ();
  canvas = fy_zone_canvas_new ();
  gesture = fy_zone_canvas_get_controller (FY_ZONE_CANVAS (canvas), "drag");
  gtk_window_set_default_size (GTK_WINDOW (win), 1600, 900);
  gtk_window_set_child (GTK_WINDOW (win), canvas);
  gtk_window_present (GTK_WINDOW (win));
  fy_zone_canvas_set_map (FY_ZONE_CANVAS (canvas), map);
  iterate ();
  target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gtk_widget_get_width (canvas),
                                       gtk_widget_get_height (canvas));

  /* A full frame with a fresh static layer, for scale. */
  fy_zone_canvas_zoom_by (FY_ZONE_CANVAS (canvas), 1.0001);
  full = frame_ms (canvas, target);
  g_print ("full redraw of 500 areas at %dx%d: %.1f ms (static layer %.1f ms)\n", gtk_widget_get_width (canvas),
           gtk_widget_get_height (canvas), full, fy_zone_canvas_get_last_render_us (FY_ZONE_CANVAS (canvas)) / 1000.0);

  /* Press on an area that is not selected and drag it at once: the press
   * draws the map without it. */
  a = fy_zone_map_get_area (map, 250);
  c = fy_zone_canvas_map_to_widget (FY_ZONE_CANVAS (canvas), fy_polygon_label_point (a->points, a->n_points));
  report_drag ("area drag (unselected)", canvas, gesture, c, target, frames);

  /* Select first, as a person does: after the frame showing the selection
   * an idle draws the map without it, so the press costs nothing. */
  a = fy_zone_map_get_area (map, 300);
  fy_zone_canvas_select (FY_ZONE_CANVAS (canvas), a->id, 0, FALSE);
  frame_ms (canvas, target);
  iterate ();
  c = fy_zone_canvas_map_to_widget (FY_ZONE_CANVAS (canvas), fy_polygon_label_point (a->points, a->n_points));
  report_drag ("area drag (selected first)", canvas, gesture, c, target, frames);

  /* Move a corner of another one (vertex tool, area selected first). */
  a = fy_zone_map_get_area (map, 120);
  fy_zone_canvas_set_tool (FY_ZONE_CANVAS (canvas), FY_ZONE_TOOL_VERTEX);
  fy_zone_canvas_select (FY_ZONE_CANVAS (canvas), a->id, 0, FALSE);
  frame_ms (canvas, target);
  iterate ();
  c = fy_zone_canvas_map_to_widget (FY_ZONE_CANVAS (canvas), a->points[0]);
  report_drag ("corner drag", canvas, gesture, c, target, frames);

  cairo_surface_destroy (target);
  gtk_window_destroy (GTK_WINDOW (win));
  iterate ();
  return 0;
}
