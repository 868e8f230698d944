/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window at 1280 × 800 (run once in C and once in zh_CN): on every
 * page of the pages table, and every view of a page, no shown label and no
 * column title is cut short ("Employee …", "Health C…"): a label's natural
 * width fits the width it was given. At 800 px the Health page still shows
 * both session columns of the daily entry. */
#include "config.h"

#include <adwaita.h>

#include "fy-gate-events.h"
#include "fy-gui-test-support.h"
#include "fy-truck-dialog.h"
#include "fy-visitor-dialog.h"

#define TODAY "2026-11-22"

static FyStore *demo;

/* A shown label that ellipsizes and was given less than its text needs. */
static gboolean
is_cut (GtkWidget *widget)
{
  int natural = 0;

  if (!GTK_IS_LABEL (widget) || gtk_label_get_ellipsize (GTK_LABEL (widget)) == PANGO_ELLIPSIZE_NONE
      || *gtk_label_get_text (GTK_LABEL (widget)) == '\0')
    return FALSE;
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural > gtk_widget_get_width (widget) + 1;
}

static void
collect_cut (GtkWidget *widget, const char *where, gpointer cut)
{
  if (!gtk_widget_is_drawable (widget))
    return;
  if (is_cut (widget))
    fy_gui_test_add_problem (cut, g_strdup_printf ("%s: “%s” (%s)", where, gtk_label_get_text (GTK_LABEL (widget)),
                                                   G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget))));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_cut (c, where, cut);
}

static void
test_nothing_cut (void)
{
  FyWindow *win = fy_gui_test_make_window (demo);
  g_autoptr(GPtrArray) cut = g_ptr_array_new_with_free_func (g_free);

  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 800);
  fy_gui_test_iterate ();
  g_test_message ("window %d × %d", gtk_widget_get_width (GTK_WIDGET (win)), gtk_widget_get_height (GTK_WIDGET (win)));
  fy_gui_test_walk_pages (win, collect_cut, cut);
  fy_gui_test_report_problems (cut, "labels cut short at 1280 × 800");
  fy_gui_test_destroy (win);
}

static void open_visitor (void) { fy_visitor_dialog_present (NULL, demo, 0); }
static void open_truck (void) { fy_truck_dialog_present (NULL, demo, 0); }
static void open_gate_events (void) { fy_gate_events_present (NULL, demo); }
static void open_gate_event (void) { fy_gate_event_dialog_present (NULL, demo, NULL); }

static gboolean
is_laid_out (gpointer window)
{
  return gtk_widget_get_width (window) > 0 && gtk_widget_get_mapped (window);
}

/* The gate's declarations and events register at their own size: nothing
 * of their forms cut short either (the title is the header bar's). */
static void
test_gate_dialogs_nothing_cut (void)
{
  g_autoptr(GPtrArray) cut = g_ptr_array_new_with_free_func (g_free);
  void (*openers[]) (void) = { open_visitor, open_truck, open_gate_events, open_gate_event };

  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    {
      g_autoptr(GList) tops = NULL;
      GtkWindow *dialog;

      openers[i] ();
      fy_gui_test_iterate ();
      tops = gtk_window_list_toplevels ();
      g_assert_cmpuint (g_list_length (tops), ==, 1);
      dialog = tops->data;
      fy_gui_test_wait_until (is_laid_out, dialog);
      fy_gui_test_wait_frames (GTK_WIDGET (dialog), 2);
      collect_cut (gtk_window_get_child (dialog), gtk_widget_get_name (GTK_WIDGET (dialog)), cut);
      fy_gui_test_destroy_all_windows ();
    }
  fy_gui_test_report_problems (cut, "labels cut short in the gate dialogs");
}

static gboolean
is_inscription_with (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_INSCRIPTION (widget) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0;
}

/* The column title `title` of the daily entry is shown whole inside the
 * window's width. */
static void
assert_column_shown (FyWindow *win, const char *title)
{
  GtkWidget *label = fy_gui_test_find_widget (GTK_WIDGET (win), is_inscription_with, title);
  graphene_rect_t bounds;

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_drawable (label));
  g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (win), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (win)));
}

static int narrow_width;

static gboolean
is_narrow (gpointer win)
{
  return gtk_widget_get_width (win) <= narrow_width;
}

/* At 800 px, and at 640 px with the sidebar folded, the Health page still
 * shows the name and both sessions. */
static void
test_health_at (gconstpointer width)
{
  FyWindow *win = fy_gui_test_make_window (demo);

  narrow_width = GPOINTER_TO_INT (width);
  fy_window_show_page (win, "health");
  gtk_window_set_default_size (GTK_WINDOW (win), narrow_width, 700);
  /* The X server answers the resize in its own time. */
  fy_gui_test_wait_until (is_narrow, win);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (win)), <=, narrow_width);
  assert_column_shown (win, fy_test_tr ("Name"));
  assert_column_shown (win, fy_test_tr ("Morning"));
  assert_column_shown (win, fy_test_tr ("Afternoon"));
  fy_gui_test_destroy (win);
}

int
main (int argc, char **argv)
{
  int status;

  if (!fy_gui_test_init (&argc, &argv, TODAY))
    return 0;
  demo = fy_test_open_demo_store ();
  g_test_add_func ("/gui/layout/nothing-cut", test_nothing_cut);
  g_test_add_func ("/gui/layout/gate-dialogs-nothing-cut", test_gate_dialogs_nothing_cut);
  g_test_add_data_func ("/gui/layout/health-at-800", GINT_TO_POINTER (800), test_health_at);
  g_test_add_data_func ("/gui/layout/health-at-640", GINT_TO_POINTER (640), test_health_at);
  status = g_test_run ();
  fy_gui_test_destroy_all_windows ();
  g_assert_finalize_object (demo);
  return status;
}
