/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-export-window.c — a big export must never freeze the window. Opens
 * the main window on a database, starts the month-grid .xlsx export through
 * the GUI's own export flow (worker thread, progress strip), and records
 * while it runs: the gaps between frames of the main window (a tick
 * callback keeps its clock running; --redraw-all also repaints the whole
 * window every frame, the worst case), the longest time the main loop went
 * without running a 1 ms timer, and the progress values the bar showed.
 * --idle measures the same with no export, for comparison.
 *
 * Needs a display: xvfb-run -a build/bench/bench-export-window --database FILE
 * (FILE from build/bench/bench-health --days 30 --keep FILE). One line;
 * run it a few times for a median. --snapshot FILE saves the window as PNG
 * mid-export (that render is itself counted in the figures of that run). */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "fy-export-flow-private.h"
#include "fy-export-flow.h"
#include "fy-window.h"

typedef struct
{
  gboolean  running;
  gboolean  done;
  gboolean  ok;
  gint64    last_frame;
  gint64    last_timer;
  GArray   *frame_gaps;     /* ms, double */
  double    worst_timer_gap;
  double    worst_timer_at;   /* ms after the export started */
  gint64    started;
  gboolean  redraw_all;       /* repaint the whole window every frame */
  GtkProgressBar *bar;
  const char *snapshot;       /* PNG of the window while the export runs */
  GtkWidget *window;
  double    last_fraction;
  guint     progress_steps;
} Watch;

static gboolean painted;

static void
on_after_paint_cb (GdkFrameClock *clock, gpointer data)
{
  painted = TRUE;
}

static gboolean
on_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  Watch *w = data;
  gint64 now = g_get_monotonic_time ();

  if (w->running && w->last_frame)
    {
      double gap = (now - w->last_frame) / 1000.0;
      g_array_append_val (w->frame_gaps, gap);
    }
  w->last_frame = now;
  if (w->redraw_all)
    gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

/* What the window shows, as a PNG (to look at the progress strip). */
static void
save_window_png (GtkWidget *window, const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int w = gtk_widget_get_width (window), h = gtk_widget_get_height (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  if (!gdk_texture_save_to_png (texture, path))
    g_printerr ("could not save %s\n", path);
}

static GtkProgressBar *
find_progress_bar (GtkWidget *root)
{
  if (GTK_IS_PROGRESS_BAR (root))
    return GTK_PROGRESS_BAR (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkProgressBar *bar = find_progress_bar (c);
      if (bar)
        return bar;
    }
  return NULL;
}

static gboolean
on_timer_cb (gpointer data)
{
  Watch *w = data;
  gint64 now = g_get_monotonic_time ();
  g_autoptr(GListModel) toplevels = NULL;

  if (w->running && w->last_timer && (now - w->last_timer) / 1000.0 > w->worst_timer_gap)
    {
      w->worst_timer_gap = (now - w->last_timer) / 1000.0;
      w->worst_timer_at = (w->last_timer - w->started) / 1000.0;
    }
  w->last_timer = now;
  if (!w->running)
    return G_SOURCE_CONTINUE;

  /* The progress the officer sees (searched for only until found). */
  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; w->bar == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) win = g_list_model_get_item (toplevels, i);
      w->bar = find_progress_bar (win);
    }
  if (w->bar && gtk_progress_bar_get_fraction (w->bar) != w->last_fraction)
    {
      w->last_fraction = gtk_progress_bar_get_fraction (w->bar);
      w->progress_steps++;
      if (w->snapshot && w->progress_steps == 4)
        save_window_png (w->window, w->snapshot);
    }
  return G_SOURCE_CONTINUE;
}

static void
on_export_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  Watch *w = data;
  g_autoptr(GError) error = NULL;

  w->ok = fy_export_flow_write_finish (result, &error);
  if (!w->ok)
    g_printerr ("export failed: %s\n", error->message);
  w->done = TRUE;
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *month = NULL;
  gboolean idle = FALSE;
  g_autoptr(FyStore) store = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("- the window while a month grid is exported");
  Watch w = { 0 };
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &path, "The database to open", "FILE" },
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, "The month (YYYY-MM, default this month)", "MONTH" },
    { "idle", 0, 0, G_OPTION_ARG_NONE, &idle, "Measure 1.5 s of frames without exporting", NULL },
    { "snapshot", 0, 0, G_OPTION_ARG_FILENAME, &w.snapshot, "Save the window as PNG during the export", "FILE" },
    { "redraw-all", 0, 0, G_OPTION_ARG_NONE, &w.redraw_all, "Repaint the whole window every frame (worst case)", NULL },
    { NULL }
  };
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *from = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  FyLedgerParams params = { 0 };
  FyWindow *win;
  gint64 start, deadline;
  double median, worst, total_ms;

  /* Translated like the app (LANGUAGE=zh_CN FANGYI_LOCALEDIR=build/po). */
  setlocale (LC_ALL, "");
  if (g_getenv ("FANGYI_LOCALEDIR"))
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("FANGYI_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || path == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--database FILE is required");
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_print ("export window: SKIP (no display; run under xvfb-run)\n");
      return 0;
    }
  adw_init ();
  {
    /* The app's styles (an AdwApplication loads them by itself). */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
    gtk_css_provider_load_from_resource (css, "/io/github/fangyi/Fangyi/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  store = fy_store_open (path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  win = g_object_new (FY_TYPE_WINDOW, "store", store, NULL);
  w.window = GTK_WIDGET (win);
  fy_window_show_page (win, "health");
  gtk_window_present (GTK_WINDOW (win));
  deadline = g_get_monotonic_time () + 30 * G_TIME_SPAN_SECOND;
  while (gtk_widget_get_frame_clock (GTK_WIDGET (win)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (win)), "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  w.frame_gaps = g_array_new (FALSE, FALSE, sizeof (double));
  w.last_fraction = -1;
  gtk_widget_add_tick_callback (GTK_WIDGET (win), on_tick_cb, &w, NULL);
  g_timeout_add (1, on_timer_cb, &w);

  dir = g_dir_make_tmp ("fy-bench-export-XXXXXX", &error);
  out = g_build_filename (dir, "month.xlsx", NULL);
  from = month ? g_strdup_printf ("%s-01", month) : g_date_time_format (now, "%Y-%m-01");
  params.from = from;
  params.to = NULL;

  /* Let a few frames pass first, so the gaps measured are steady ones. */
  start = g_get_monotonic_time () + 200 * 1000;
  while (g_get_monotonic_time () < start)
    g_main_context_iteration (NULL, TRUE);

  start = w.started = g_get_monotonic_time ();
  w.running = TRUE;
  if (idle)
    {
      /* The same measure with no export: what the window costs by itself. */
      while (g_get_monotonic_time () < start + 1500 * 1000)
        g_main_context_iteration (NULL, TRUE);
      w.ok = TRUE;
    }
  else
    {
      fy_export_flow_write (GTK_WINDOW (win), store, "health-month", &params, out, on_export_done_cb, &w);
      while (!w.done)
        g_main_context_iteration (NULL, TRUE);
    }
  w.running = FALSE;
  total_ms = (g_get_monotonic_time () - start) / 1000.0;

  g_array_sort (w.frame_gaps, compare_double);
  median = w.frame_gaps->len ? g_array_index (w.frame_gaps, double, w.frame_gaps->len / 2) : 0;
  worst = w.frame_gaps->len ? g_array_index (w.frame_gaps, double, w.frame_gaps->len - 1) : 0;
  g_print ("%s %s in %.0f ms; window frames %u, gap median %.1f ms, worst %.1f ms; "
           "main loop longest busy %.1f ms (at %.0f ms); progress shown %u steps  %s\n",
           idle ? "no export (idle)" : "month grid export", w.ok ? "written" : "FAILED", total_ms, w.frame_gaps->len, median, worst, w.worst_timer_gap, w.worst_timer_at,
           w.progress_steps, worst <= 50 && w.worst_timer_gap <= 50 ? "never blocked > 50 ms" : "BLOCKED > 50 ms");

  g_unlink (out);
  g_rmdir (dir);
  g_array_unref (w.frame_gaps);
  gtk_window_destroy (GTK_WINDOW (win));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return w.ok ? 0 : 1;
}
