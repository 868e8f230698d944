/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The real window under Xvfb: every page builds; hidden pages wait until
 * shown; adding a person through the real dialog with a bad ID shows the
 * error beside the field and saves nothing; fixing it saves and lists the
 * person; zh_CN strings appear. */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "fy-gui-test-support.h"
#include "fy-help-overlay.h"
#include "fy-ledgers-page-private.h"
#include "fy-ledgers-page.h"
#include "fy-pages.h"
#include "fy-staff-dialog-private.h"
#include "fy-staff-dialog.h"
#include "fy-staff-item.h"
#include "fy-staff-page-private.h"
#include "fy-staff-page.h"

static gboolean
label_is (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static void
test_every_page_builds (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  GtkWidget *view_stack = fy_gui_test_find_child_of_type (GTK_WIDGET (win), ADW_TYPE_VIEW_STACK);
  guint n = 0;
  const FyPageInfo *pages = fy_pages_get (&n);

  g_assert_nonnull (view_stack);
  g_assert_cmpuint (n, >=, 2);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *page = adw_view_stack_get_child_by_name (ADW_VIEW_STACK (view_stack), pages[i].name);
      g_assert_nonnull (page);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, pages[i].get_type ()));
      fy_window_show_page (win, pages[i].name);
      fy_gui_test_iterate ();
      g_assert_true (adw_view_stack_get_visible_child (ADW_VIEW_STACK (view_stack)) == page);
    }
  fy_gui_test_destroy (win);
}

/* The sidebar lists the pages in the table's order and follows the page
 * shown however it was chosen; on the welcome page it is inactive and says
 * why. */
static void
test_sidebar (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  GtkWidget *view_stack = fy_gui_test_find_child_of_type (GTK_WIDGET (win), ADW_TYPE_VIEW_STACK);
  GtkListBox *list = GTK_LIST_BOX (fy_gui_test_find_named (GTK_WIDGET (win), "page-list"));
  GtkWidget *hint = fy_gui_test_find_named (GTK_WIDGET (win), "sidebar-hint");
  guint n = 0;
  const FyPageInfo *pages = fy_pages_get (&n);

  g_assert_nonnull (list);
  g_assert_null (fy_gui_test_find_child_of_type (GTK_WIDGET (win), ADW_TYPE_VIEW_SWITCHER_TITLE));
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (gtk_list_box_get_row_at_index (list, i))), ==, pages[i].name);
  g_assert_null (gtk_list_box_get_row_at_index (list, n));

  /* Empty database: the welcome page, the list inactive with its reason. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (list)));
  g_assert_true (gtk_widget_get_visible (hint));
  fy_gui_test_press (GTK_BUTTON (fy_gui_test_find_button (GTK_WIDGET (win), "_Start Empty")));
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (list)));
  g_assert_false (gtk_widget_get_visible (hint));

  /* A row shows its page; Ctrl+3 selects the third row. */
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (list, 1), "activate");
  fy_gui_test_iterate ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (view_stack)), ==, pages[1].name);
  g_assert_true (gtk_list_box_get_selected_row (list) == gtk_list_box_get_row_at_index (list, 1));
  gtk_widget_activate_action (GTK_WIDGET (win), "win.show-page", "i", 2);
  fy_gui_test_iterate ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (view_stack)), ==, pages[2].name);
  g_assert_true (gtk_list_box_get_selected_row (list) == gtk_list_box_get_row_at_index (list, 2));
  fy_gui_test_destroy (win);
}

/* The shortcuts window names only the pages there are, and keys as printed. */
static void
test_help_overlay_fit (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  guint n = 0, ranges = 0;

  fy_pages_get (&n);
  fy_help_overlay_fit (overlay, n);
  for (GSList *l = objects; l; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *accel = NULL;
        g_object_get (l->data, "accelerator", &accel, NULL);
        if (accel && g_str_has_prefix (accel, "<ctrl>1..."))
          {
            g_autofree char *expected = g_strdup_printf ("<ctrl>1...%u", n);
            g_assert_cmpstr (accel, ==, expected);
            ranges++;
          }
      }
  g_assert_cmpuint (ranges, ==, 1);
  g_assert_null (fy_gui_test_find_widget (overlay, label_is, "Page_Down"));
  g_assert_nonnull (fy_gui_test_find_widget (overlay, label_is, "Page Down"));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

/* Pages that are not shown do no work (the window must open fast on a big
 * company), and what changed while they were hidden shows when they are. */
static void
test_hidden_pages_wait (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaff) first = fy_test_staff_new ("JD2001", "李娜");
  g_autoptr(FyStaff) second = fy_test_staff_new ("JD2002", "王强");
  FyWindow *win;
  FyStaffPage *staff;
  FyLedgersPage *ledgers;

  fy_test_save_staff (store, first);
  win = fy_gui_test_make_window (store);      /* opens on Today */
  staff = FY_STAFF_PAGE (fy_gui_test_find_child_of_type (GTK_WIDGET (win), FY_TYPE_STAFF_PAGE));
  ledgers = FY_LEDGERS_PAGE (fy_gui_test_find_child_of_type (GTK_WIDGET (win), FY_TYPE_LEDGERS_PAGE));

  /* Built, but not listed yet. */
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (staff)));
  g_assert_cmpuint (g_list_model_get_n_items (fy_staff_page_get_model (staff)), ==, 0);
  g_assert_null (fy_ledgers_page_get_model (ledgers));

  fy_window_show_page (win, "staff");
  fy_gui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (fy_staff_page_get_model (staff)), ==, 1);

  /* A person added while the roster is hidden is listed when it is shown. */
  fy_window_show_page (win, "ledgers");
  fy_gui_test_iterate ();
  g_assert_nonnull (fy_ledgers_page_get_model (ledgers));
  fy_test_save_staff (store, second);
  fy_store_emit_changed (store, FY_STORE_CHANGE_STAFF);   /* as the staff dialog does */
  fy_gui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (fy_staff_page_get_model (staff)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (fy_ledgers_page_get_model (ledgers)), ==, 2);
  fy_window_show_page (win, "staff");
  fy_gui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (fy_staff_page_get_model (staff)), ==, 2);
  fy_gui_test_destroy (win);
}

static void
type_into (GtkEditable *entry, const char *text)
{
  gtk_editable_set_text (entry, text);
  fy_gui_test_iterate ();
}

static void
test_add_person_through_dialog (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  FyStaffPage *page = FY_STAFF_PAGE (fy_gui_test_find_child_of_type (GTK_WIDGET (win), FY_TYPE_STAFF_PAGE));
  FyStaffDialog *dialog;
  GtkLabel *id_error;
  FyStaffFilter everyone = { .status = -1 };

  g_assert_nonnull (page);
  fy_window_show_page (win, "staff");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "staff.add", NULL));
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (FY_TYPE_STAFF_DIALOG);
  g_assert_nonnull (dialog);

  type_into (fy_staff_dialog_get_entry (dialog, FY_STAFF_FIELD_NAME), "张伟");
  type_into (fy_staff_dialog_get_entry (dialog, FY_STAFF_FIELD_EMPLOYEE_NO), "JD9001");
  type_into (fy_staff_dialog_get_entry (dialog, FY_STAFF_FIELD_PHONE), "138 1234 5678");
  /* Wrong check character. */
  type_into (fy_staff_dialog_get_entry (dialog, FY_STAFF_FIELD_ID_NUMBER), "110105194912310021");
  fy_gui_test_press (fy_staff_dialog_get_save_button (dialog));

  id_error = fy_staff_dialog_get_error (dialog, FY_STAFF_FIELD_ID_NUMBER);
  g_assert_true (fy_gui_test_find_toplevel (FY_TYPE_STAFF_DIALOG) == dialog);  /* still open */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (id_error)));
  g_assert_cmpstr (gtk_label_get_text (id_error), !=, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fy_staff_dialog_get_error (dialog, FY_STAFF_FIELD_NAME))));
  g_assert_cmpint (fy_staff_count (store, &everyone, NULL), ==, 0); /* nothing saved */

  /* Fix it (lower-case x is fine) and save. */
  type_into (fy_staff_dialog_get_entry (dialog, FY_STAFF_FIELD_ID_NUMBER), "11010519491231002x");
  fy_gui_test_press (fy_staff_dialog_get_save_button (dialog));
  g_assert_null (fy_gui_test_find_toplevel (FY_TYPE_STAFF_DIALOG));
  g_assert_cmpint (fy_staff_count (store, &everyone, NULL), ==, 1);

  /* Listed on the page. */
  {
    GListModel *rows = fy_staff_page_get_model (page);
    g_autoptr(FyStaffItem) item = NULL;
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
    item = g_list_model_get_item (rows, 0);
    g_assert_cmpstr (fy_staff_item_get (item)->name, ==, "张伟");
    g_assert_cmpstr (fy_staff_item_get (item)->id_number, ==, "11010519491231002X");
  }
  fy_gui_test_destroy (win);
}

static void
test_chinese_strings (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win;
  GtkWidget *view_stack;
  AdwViewStackPage *sp;

  win = fy_gui_test_make_window (store);
  view_stack = fy_gui_test_find_child_of_type (GTK_WIDGET (win), ADW_TYPE_VIEW_STACK);
  sp = adw_view_stack_get_page (ADW_VIEW_STACK (view_stack),
                                adw_view_stack_get_child_by_name (ADW_VIEW_STACK (view_stack), "staff"));
  g_assert_cmpstr (adw_view_stack_page_get_title (sp), ==, "员工");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "防疫工作台");
  fy_gui_test_destroy (win);
}

/* fy_gui_test_destroy really fails when something keeps a destroyed
 * window alive (here an extra reference), and passes when nothing does. */
static void
test_destroy_catches_kept_window (void)
{
  if (g_test_subprocess ())
    {
      GtkWidget *win = gtk_window_new ();

      gtk_window_present (GTK_WINDOW (win));
      fy_gui_test_iterate ();
      g_object_ref (win);
      fy_gui_test_destroy (win);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*alive*");

  {
    GtkWidget *win = gtk_window_new ();

    gtk_window_present (GTK_WINDOW (win));
    fy_gui_test_iterate ();
    fy_gui_test_destroy (win);
  }
}

static gboolean
is_label (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget);
}

/* The support library's widget searches: by match function, name, builder
 * id, type and button label; depth first, the root included. */
static void
test_find_widgets (void)
{
  static const char ui[] =
    "<interface>"
    "  <object class='GtkBox' id='outer'>"
    "    <child><object class='GtkBox' id='inner'>"
    "      <child><object class='GtkLabel' id='first'><property name='name'>card</property></object></child>"
    "    </object></child>"
    "    <child><object class='GtkButton' id='go'><property name='label'>Go</property></object></child>"
    "  </object>"
    "</interface>";
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_string (ui, -1);
  GtkWidget *outer = GTK_WIDGET (gtk_builder_get_object (builder, "outer"));
  GtkWidget *first = GTK_WIDGET (gtk_builder_get_object (builder, "first"));
  GtkWidget *go = GTK_WIDGET (gtk_builder_get_object (builder, "go"));

  g_assert_true (fy_gui_test_find_widget (outer, is_label, NULL) == first);
  g_assert_true (fy_gui_test_find_named (outer, "card") == first);
  g_assert_null (fy_gui_test_find_named (outer, "no-such-name"));
  g_assert_true (fy_gui_test_find_buildable_id (outer, "inner") == gtk_widget_get_first_child (outer));
  g_assert_true (fy_gui_test_find_buildable_id (outer, "outer") == outer);
  g_assert_null (fy_gui_test_find_buildable_id (outer, "nowhere"));
  g_assert_true (fy_gui_test_find_child_of_type (outer, GTK_TYPE_BUTTON) == go);
  g_assert_true (fy_gui_test_find_button (outer, "Go") == go);
  g_assert_null (fy_gui_test_find_button (outer, "Stop"));
}

int
main (int argc, char **argv)
{
  if (!fy_gui_test_init (&argc, &argv, "2026-11-22"))
    return 0;
  /* GLib decides once per process whether to translate, so the zh_CN check
   * runs in its own process started with LANGUAGE=zh_CN (tests/meson.build). */
  if (g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", "zh_CN"))
    g_test_add_func ("/gui/window/chinese-strings", test_chinese_strings);
  else
    {
      g_test_add_func ("/gui/window/every-page-builds", test_every_page_builds);
      g_test_add_func ("/gui/window/sidebar", test_sidebar);
      g_test_add_func ("/gui/window/help-overlay-fit", test_help_overlay_fit);
      g_test_add_func ("/gui/window/add-person-through-dialog", test_add_person_through_dialog);
      g_test_add_func ("/gui/window/hidden-pages-wait", test_hidden_pages_wait);
      g_test_add_func ("/gui/window/destroy-catches-a-kept-window", test_destroy_catches_kept_window);
      g_test_add_func ("/gui/window/find-widgets", test_find_widgets);
    }
  return g_test_run ();
}
