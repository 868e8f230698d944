/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window at 1280 × 800 (run once in C and once in zh_CN): on every
 * page of the pages table, and every view of a page, no shown label and no
 * column title is cut short ("Employee …", "Health C…"): a label's natural
 * width fits the width it was given; nor in the gate's dialogs. At 1280 px
 * the daily entry shows all its columns; at 800 px still both session
 * columns. */
#include "config.h"

#include <adwaita.h>

#include "fy-gate-events.h"
#include "fy-gui-test-support.h"
#include "fy-truck-dialog.h"
#include "fy-visitor-dialog.h"

#define TODAY "2026-11-22"

static FyStore *demo;

/* The text of a label or an inscription (a list's cells and column titles). */
static const char *
text_of (GtkWidget *widget)
{
  const char *text = GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget))
                   : GTK_IS_INSCRIPTION (widget) ? gtk_inscription_get_text (GTK_INSCRIPTION (widget)) : NULL;

  return text ? text : "";
}

/* A shown label that ellipsizes and was given less than its text needs;
 * an inscription (it never asks for its text's width) narrower than its
 * text. */
static gboolean
is_cut (GtkWidget *widget)
{
  int natural = 0;

  /* Column titles, not the values of a table's cells (a long place name
   * may be cut there, as in any spreadsheet). */
  if (GTK_IS_INSCRIPTION (widget) && *text_of (widget)
      && g_strcmp0 (G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)), "GtkColumnViewCell") != 0)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text_of (widget));

      pango_layout_get_pixel_size (layout, &natural, NULL);
      return natural > gtk_widget_get_width (widget) + 1;
    }
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
    fy_gui_test_add_problem (cut, g_strdup_printf ("%s: “%s” (%s)", where, text_of (widget),
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

/* As collect_cut, below the header bar: its title label has CSS padding,
 * which the measure counts and the allocated width does not, and it is
 * libadwaita's to ellipsize on a narrow window. */
static void
collect_cut_in_content (GtkWidget *widget, const char *where, gpointer cut)
{
  if (!gtk_widget_is_drawable (widget) || ADW_IS_HEADER_BAR (widget))
    return;
  if (is_cut (widget))
    fy_gui_test_add_problem (cut, g_strdup_printf ("%s: “%s”", where, gtk_label_get_text (GTK_LABEL (widget))));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_cut_in_content (c, where, cut);
}

/* The gate's dialogs, each over a window at 1280 × 800: nothing cut. */
static void
test_gate_dialogs_not_cut (void)
{
  FyWindow *win = fy_gui_test_make_window (demo);
  g_autoptr(GPtrArray) cut = g_ptr_array_new_with_free_func (g_free);

  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 800);
  for (guint i = 0; i < FY_GUI_TEST_N_GATE_DIALOGS; i++)
    {
      GtkWindow *dialog = fy_gui_test_open_gate_dialog (win, demo, i);

      fy_gui_test_walk_views (GTK_WIDGET (dialog), fy_gui_test_gate_dialog_names[i], collect_cut_in_content, cut);
      gtk_window_destroy (dialog);
    }
  fy_gui_test_report_problems (cut, "labels cut short in the gate's dialogs");
  fy_gui_test_destroy (win);
}

static gboolean
is_inscription_with (GtkWidget *widget, gconstpointer text)
{
  /* The header line's title, not a cell that happens to hold the same word. */
  return GTK_IS_INSCRIPTION (widget) && gtk_widget_has_css_class (widget, "heading")
         && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0;
}

static gboolean
is_view_switcher (GtkWidget *widget, gconstpointer data)
{
  return ADW_IS_VIEW_SWITCHER (widget) && gtk_widget_is_drawable (widget);
}

static gboolean
is_laid_out (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0;
}

/* The column title `title` of the daily entry is shown whole inside the
 * window's width. */
static void
assert_column_shown (FyWindow *win, const char *title)
{
  GtkWidget *label = fy_gui_test_find_widget (GTK_WIDGET (win), is_inscription_with, title);
  graphene_rect_t bounds;

  g_assert_nonnull (label);
  /* Shown and given its size (a page just switched to is laid out later). */
  fy_gui_test_wait_until (is_laid_out, label);
  g_assert_true (gtk_widget_is_drawable (label));
  g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (win), &bounds));
  g_test_message ("%s at %g + %g of %d", title, bounds.origin.x, bounds.size.width, gtk_widget_get_width (GTK_WIDGET (win)));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (win)));
}

/* A column title of the daily entry. */
static const char *
entry_title (const char *msgid)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "entry column", msgid);
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
  assert_column_shown (win, entry_title ("Name"));
  assert_column_shown (win, entry_title ("Morning"));
  assert_column_shown (win, entry_title ("Afternoon"));
  /* The views' switcher is whole, not scrolled sideways. */
  {
    GtkWidget *switcher = fy_gui_test_find_widget (GTK_WIDGET (win), is_view_switcher, NULL);
    GtkWidget *scroller;
    int natural = 0;

    g_assert_nonnull (switcher);
    /* It sits in a scrolled window so that it never holds the window wide:
     * whole means its natural width fits the scrolled window's. */
    scroller = gtk_widget_get_ancestor (switcher, GTK_TYPE_SCROLLED_WINDOW);
    g_assert_nonnull (scroller);
    gtk_widget_measure (switcher, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
    g_test_message ("view switcher %d of %d px", natural, gtk_widget_get_width (scroller));
    g_assert_cmpint (natural, <=, gtk_widget_get_width (scroller) + 1);
  }
  /* A full-width window shows every column, the follow-up button last. */
  if (narrow_width >= 1280)
    {
      assert_column_shown (win, entry_title ("Status"));
      assert_column_shown (win, entry_title ("Symptoms"));
      assert_column_shown (win, entry_title ("Code"));
      assert_column_shown (win, entry_title ("Follow-up"));
    }
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
  g_test_add_func ("/gui/layout/gate-dialogs-not-cut", test_gate_dialogs_not_cut);
  g_test_add_data_func ("/gui/layout/health-at-1280", GINT_TO_POINTER (1280), test_health_at);
  g_test_add_data_func ("/gui/layout/health-at-800", GINT_TO_POINTER (800), test_health_at);
  g_test_add_data_func ("/gui/layout/health-at-640", GINT_TO_POINTER (640), test_health_at);
  status = g_test_run ();
  fy_gui_test_destroy_all_windows ();
  g_assert_finalize_object (demo);
  return status;
}
