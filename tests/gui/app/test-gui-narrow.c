/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window below 800 px: every page (and each of its views) fits in
 * 640 px (the gate's dialogs too), the sidebar folds away and the Staff
 * roster folds to its narrow column set (name, employee number,
 * department, phone, status); back at 1280 px every column returns.
 * Health at 640 px is in test-gui-layout. */
#include "config.h"

#include <adwaita.h>

#include "fy-gate-events.h"
#include "fy-gui-test-support.h"
#include "fy-truck-dialog.h"
#include "fy-visitor-dialog.h"

#define TODAY "2026-11-22"

static FyStore *demo;

static gboolean
is_shown_column_view (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_COLUMN_VIEW (widget) && gtk_widget_is_drawable (widget);
}

/* Whether the column titled `title` of `view` is shown. */
static gboolean
column_visible (GtkColumnView *view, const char *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return gtk_column_view_column_get_visible (column);
    }
  g_error ("no column “%s”", title);
  return FALSE;
}

static gboolean
is_640 (gpointer win)
{
  return gtk_widget_get_width (win) <= 660;
}

static GtkColumnView *staff_view;

static gboolean
is_folded (gpointer win)
{
  return !column_visible (staff_view, fy_test_tr ("ID Number"));
}

static gboolean
is_wide (gpointer win)
{
  return gtk_widget_get_width (win) >= 1200;
}

static void
test_staff_at_640 (void)
{
  FyWindow *win = fy_gui_test_make_window (demo);
  GtkColumnView *view;
  int min = 0;

  fy_window_show_page (win, "staff");
  fy_gui_test_iterate ();
  view = GTK_COLUMN_VIEW (fy_gui_test_find_widget (GTK_WIDGET (win), is_shown_column_view, NULL));
  g_assert_nonnull (view);
  g_assert_true (column_visible (view, fy_test_tr ("ID Number")));

  staff_view = view;
  gtk_window_set_default_size (GTK_WINDOW (win), 640, 700);
  fy_gui_test_wait_until (is_folded, win);
  fy_gui_test_wait_until (is_640, win);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (win)), <=, 660);
  /* The sidebar folds away rather than squeezing the page. */
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (fy_gui_test_find_child_of_type (GTK_WIDGET (win),
                                                                                      ADW_TYPE_LEAFLET))));
  gtk_widget_measure (GTK_WIDGET (win), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_test_message ("window minimum width folded: %d px, allocated %d px", min, gtk_widget_get_width (GTK_WIDGET (win)));
  g_assert_true (column_visible (view, fy_test_tr ("Name")));
  g_assert_true (column_visible (view, fy_test_tr ("Employee No.")));
  g_assert_true (column_visible (view, fy_test_tr ("Status")));
  g_assert_false (column_visible (view, fy_test_tr ("ID Number")));
  g_assert_false (column_visible (view, fy_test_tr ("Dormitory")));

  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 800);
  fy_gui_test_wait_until (is_wide, win);
  g_assert_true (column_visible (view, fy_test_tr ("ID Number")));
  fy_gui_test_destroy (win);
}

static void
measure_cb (GtkWidget *widget, const char *where, gpointer too_wide)
{
  int min = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_test_message ("%s: minimum width %d px", where, min);
  if (min > 640)
    fy_gui_test_add_problem (too_wide, g_strdup_printf ("%s: %d px", where, min));
}

/* No page, nor any view of one, holds the window wider than 640 px. */
static void
test_pages_fit_640 (void)
{
  FyWindow *win = fy_gui_test_make_window (demo);
  g_autoptr(GPtrArray) too_wide = g_ptr_array_new_with_free_func (g_free);

  fy_gui_test_walk_pages (win, measure_cb, too_wide);
  fy_gui_test_report_problems (too_wide, "pages wider than 640 px");
  fy_gui_test_destroy (win);
}

/* Nor does any of the gate's dialogs need more than 640 px. */
static void
test_gate_dialogs_fit_640 (void)
{
  FyWindow *win = fy_gui_test_make_window (demo);
  g_autoptr(GPtrArray) too_wide = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < FY_GUI_TEST_N_GATE_DIALOGS; i++)
    {
      GtkWindow *dialog = fy_gui_test_open_gate_dialog (win, demo, i);

      measure_cb (GTK_WIDGET (dialog), fy_gui_test_gate_dialog_names[i], too_wide);
      gtk_window_destroy (dialog);
    }
  fy_gui_test_report_problems (too_wide, "gate dialogs wider than 640 px");
  fy_gui_test_destroy (win);
}

int
main (int argc, char **argv)
{
  int status;

  if (!fy_gui_test_init (&argc, &argv, TODAY))
    return 0;
  demo = fy_test_open_demo_store ();
  g_test_add_func ("/gui/narrow/pages-fit-640", test_pages_fit_640);
  g_test_add_func ("/gui/narrow/staff-at-640", test_staff_at_640);
  g_test_add_func ("/gui/narrow/gate-dialogs-fit-640", test_gate_dialogs_fit_640);
  status = g_test_run ();
  fy_gui_test_destroy_all_windows ();
  g_assert_finalize_object (demo);
  return status;
}
