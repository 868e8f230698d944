/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gui-test-support.c — shared helpers for the GUI test programs. */
#include "config.h"

#include "fy-a11y.h"
#include "fy-tooltip-fit.h"
#include "fy-gate-check-dialog.h"
#include "fy-gate-checkout-dialog.h"
#include "fy-gate-events.h"
#include "fy-truck-dialog.h"
#include "fy-visitor-dialog.h"
#include "fy-gui-test-support.h"
#include "fy-pages.h"

gboolean
fy_gui_test_init (int *argc, char ***argv, const char *today)
{
  fy_test_init (argc, argv, today);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }
  adw_init ();
  fy_a11y_install ();   /* as the application's startup does */
  fy_tooltip_fit_install ();
  return TRUE;
}

void
fy_gui_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
fy_gui_test_wait_until (gboolean (*done) (gpointer data), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;

  while (!done (data) && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_assert_true (done (data));
  fy_gui_test_iterate ();
}

void
fy_gui_test_press (GtkButton *button)
{
  gint64 until = g_get_monotonic_time () + 400 * G_TIME_SPAN_MILLISECOND;

  gtk_widget_activate (GTK_WIDGET (button));
  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  fy_gui_test_iterate ();
}

void
fy_gui_test_click (gpointer button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  fy_gui_test_iterate ();
}

typedef struct
{
  guint left;
} Frames;

static gboolean
count_frame_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  Frames *frames = data;

  if (frames->left > 0)
    frames->left--;
  return frames->left > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
no_frames_left (gpointer data)
{
  return ((Frames *) data)->left == 0;
}

void
fy_gui_test_wait_frames (GtkWidget *widget, guint n)
{
  Frames frames = { n };

  if (n == 0 || !gtk_widget_get_mapped (widget))
    return;
  gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);
  gtk_widget_queue_draw (widget);
  fy_gui_test_wait_until (no_frames_left, &frames);
}

void
fy_gui_test_walk_views (GtkWidget *root, const char *where, FyGuiTestVisit visit, gpointer data)
{
  if (ADW_IS_VIEW_STACK (root))
    {
      GtkSelectionModel *pages = adw_view_stack_get_pages (ADW_VIEW_STACK (root));
      g_autofree char *shown = g_strdup (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (root)));

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
        {
          g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
          g_autofree char *sub = g_strdup_printf ("%s/%s", where, adw_view_stack_page_get_name (page));
          adw_view_stack_set_visible_child (ADW_VIEW_STACK (root), adw_view_stack_page_get_child (page));
          fy_gui_test_wait_frames (root, 2);
          fy_gui_test_walk_views (adw_view_stack_page_get_child (page), sub, visit, data);
        }
      g_object_unref (pages);
      if (shown)
        adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (root), shown);
      return;
    }
  if (fy_gui_test_find_child_of_type (root, ADW_TYPE_VIEW_STACK) == NULL)
    {
      visit (root, where, data);
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    fy_gui_test_walk_views (c, where, visit, data);
}

void
fy_gui_test_walk_pages (FyWindow *window, FyGuiTestVisit visit, gpointer data)
{
  guint n_pages;
  const FyPageInfo *pages = fy_pages_get (&n_pages);

  for (guint i = 0; i < n_pages; i++)
    {
      GtkWidget *page;

      fy_window_show_page (window, pages[i].name);
      fy_gui_test_wait_frames (GTK_WIDGET (window), 2);
      page = fy_gui_test_find_child_of_type (GTK_WIDGET (window), pages[i].get_type ());
      g_assert_nonnull (page);
      fy_gui_test_walk_views (page, pages[i].name, visit, data);
    }
}

void
fy_gui_test_add_problem (GPtrArray *problems, char *line)
{
  if (g_ptr_array_find_with_equal_func (problems, line, g_str_equal, NULL))
    g_free (line);
  else
    g_ptr_array_add (problems, line);
}

void
fy_gui_test_report_problems (GPtrArray *problems, const char *what)
{
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s: %s", what, (char *) problems->pdata[i]);
  if (problems->len > 0)
    g_test_fail_printf ("%u × %s", problems->len, what);
}

GtkWidget *
fy_gui_test_find_widget (GtkWidget *root, FyGuiTestMatch match, gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = fy_gui_test_find_widget (c, match, data);
      if (found)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget *widget, gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, *(const GType *) type);
}

static gboolean
is_button_labelled (GtkWidget *widget, gconstpointer label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
is_named (GtkWidget *widget, gconstpointer name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
has_buildable_id (GtkWidget *widget, gconstpointer id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

GtkWidget *
fy_gui_test_find_named (GtkWidget *root, const char *name)
{
  return fy_gui_test_find_widget (root, is_named, name);
}

GtkWidget *
fy_gui_test_find_buildable_id (GtkWidget *root, const char *id)
{
  return fy_gui_test_find_widget (root, has_buildable_id, id);
}

GtkWidget *
fy_gui_test_find_child_of_type (GtkWidget *root, GType type)
{
  return fy_gui_test_find_widget (root, is_of_type, &type);
}

GtkWidget *
fy_gui_test_find_button (GtkWidget *root, const char *label)
{
  return fy_gui_test_find_widget (root, is_button_labelled, label);
}

gpointer
fy_gui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
        return w;
    }
  return NULL;
}

gboolean
fy_gui_test_is_toplevel (gpointer window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if ((gpointer) w == window)
        return TRUE;
    }
  return FALSE;
}

const char *const fy_gui_test_gate_dialog_names[FY_GUI_TEST_N_GATE_DIALOGS] = {
  "gate-register", "gate-check", "gate-checkout", "gate-visitor", "gate-truck", "gate-events", "gate-event",
};

GtkWindow *
fy_gui_test_open_gate_dialog (FyWindow *window, FyStore *store, guint which)
{
  GtkWidget *parent = GTK_WIDGET (window);
  GtkWindow *dialog;

  g_assert_cmpuint (which, <, FY_GUI_TEST_N_GATE_DIALOGS);
  if (which == 0)
    dialog = GTK_WINDOW (fy_gate_check_dialog_present (parent, store, 0));
  else if (which == 1)
    dialog = GTK_WINDOW (fy_gate_check_dialog_present (parent, store, fy_test_add_gate_truck (store, FALSE)));
  else if (which == 2)
    dialog = GTK_WINDOW (fy_gate_checkout_dialog_present (parent, store, fy_test_add_gate_truck (store, TRUE)));
  else if (which == 3)
    dialog = fy_visitor_dialog_present (GTK_WINDOW (window), store, 0);
  else if (which == 4)
    dialog = fy_truck_dialog_present (GTK_WINDOW (window), store, 0);
  else if (which == 5)
    dialog = fy_gate_events_present (GTK_WINDOW (window), store);
  else
    dialog = fy_gate_event_dialog_present (GTK_WINDOW (window), store, NULL);
  fy_gui_test_wait_frames (GTK_WIDGET (dialog), 2);
  return dialog;
}

FyWindow *
fy_gui_test_make_window (FyStore *store)
{
  FyWindow *win = g_object_new (FY_TYPE_WINDOW, "store", store, NULL);

  gtk_window_present (GTK_WINDOW (win));
  fy_gui_test_iterate ();
  return win;
}

void
fy_gui_test_destroy (gpointer window)
{
  gpointer alive = window;

  /* The window must go away: nothing else (a closure, a worker, a timer)
   * may keep it once it is destroyed. */
  g_object_add_weak_pointer (G_OBJECT (window), &alive);
  gtk_window_destroy (GTK_WINDOW (window));
  fy_gui_test_iterate ();
  g_assert_null (alive);
}

void
fy_gui_test_destroy_all_windows (void)
{
  GtkWindow *w;

  while ((w = fy_gui_test_find_toplevel (GTK_TYPE_WINDOW)) != NULL)
    gtk_window_destroy (w);
  fy_gui_test_iterate ();
}
