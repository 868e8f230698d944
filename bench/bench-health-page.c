/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-health-page.c — opening the Health page on a big database: the time
 * from building the window with the Health page shown to its first painted
 * frame, against a bare window (a list of 40 labels) in the same process,
 * and the resident memory after that frame.
 *
 * Needs a display: xvfb-run -a build/bench/bench-health-page --database FILE
 * (make FILE with build/bench/bench-health --days 30|365 --keep FILE).
 * Prints one line; run it a few times for a median. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <adwaita.h>

#include "fy-daily-entry-private.h"
#include "fy-daily-entry.h"
#include "fy-health-page.h"
#include "fy-window.h"

static gboolean painted;

static void
on_after_paint_cb (GdkFrameClock *clock, gpointer data)
{
  painted = TRUE;
}

static void
on_realize_cb (GtkWidget *widget, gpointer data)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
}

/* Presents `window` and runs the loop until its first frame is painted. */
static void
present_and_wait (GtkWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_TIME_SPAN_SECOND;

  painted = FALSE;
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
  gtk_window_present (window);
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  if (!painted)
    g_printerr ("no frame was painted within 30 s\n");
}

static long
status_kb (const char *key)
{
  g_autofree char *text = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &text, NULL, NULL) || (line = strstr (text, key)) == NULL)
    return -1;
  return strtol (line + strlen (key), NULL, 10);
}

static GtkWidget *
find_type (GtkWidget *root, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_type (c, type);
      if (found)
        return found;
    }
  return NULL;
}

static double
bare_window_ms (void)
{
  gint64 start = g_get_monotonic_time ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  double ms;

  for (int i = 0; i < 40; i++)
    {
      g_autofree char *text = g_strdup_printf ("员工 %d  36.%d", i, i % 10);
      gtk_box_append (GTK_BOX (box), gtk_label_new (text));
    }
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  present_and_wait (GTK_WINDOW (window));
  ms = (g_get_monotonic_time () - start) / 1000.0;
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return ms;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *page_name = NULL;
  g_autoptr(FyStore) store = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("- first frame of the Health page");
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &path, "The database to open", "FILE" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page_name, "The page to show (default health)", "NAME" },
    { NULL }
  };
  FyWindow *win;
  FyHealthPage *page;
  gint64 start, built;
  double bare, first;
  long rss_before, rss_after;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || path == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--database FILE is required");
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_print ("health page: SKIP (no display; run under xvfb-run)\n");
      return 0;
    }
  adw_init ();

  bare = bare_window_ms ();
  store = fy_store_open (path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  rss_before = status_kb ("VmRSS:");

  start = g_get_monotonic_time ();
  win = g_object_new (FY_TYPE_WINDOW, "store", store, NULL);
  fy_window_show_page (win, page_name ? page_name : "health");
  built = g_get_monotonic_time ();
  present_and_wait (GTK_WINDOW (win));
  first = (g_get_monotonic_time () - start) / 1000.0;
  rss_after = status_kb ("VmRSS:");

  /* The window already up on another page: switching to Health, and for
   * comparison to the Staff page (both pages built already, first shown). */
  if (page_name && !g_str_equal (page_name, "health"))
    {
      const char *targets[] = { "health", "staff" };
      for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
        {
          gint64 t = g_get_monotonic_time ();
          if (g_str_equal (page_name, targets[i]))
            continue;
          painted = FALSE;
          fy_window_show_page (win, targets[i]);
          while (!painted)
            g_main_context_iteration (NULL, TRUE);
          g_print ("switch to %s: %.1f ms\n", targets[i], (g_get_monotonic_time () - t) / 1000.0);
        }
    }
  page = FY_HEALTH_PAGE (find_type (GTK_WIDGET (win), FY_TYPE_HEALTH_PAGE));
  g_print ("%s: %u people listed; first frame: %.1f ms (window and pages built in %.1f ms; bare window %.1f ms; "
           "ratio %.2f)  rss %ld kB (store open %ld kB, peak %ld kB)  %s\n",
           page_name ? page_name : "health",
           page ? g_list_model_get_n_items (fy_daily_entry_get_model (fy_health_page_get_entry (page))) : 0,
           first, (built - start) / 1000.0, bare, bare > 0 ? first / bare : 0,
           rss_after, rss_before, status_kb ("VmHWM:"), first > 1000 ? "OVER 1 s" : "under 1 s");
  gtk_window_destroy (GTK_WINDOW (win));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return 0;
}
