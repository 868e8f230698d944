/* The import dialog under Xvfb: a valid file is read in the worker thread,
 * previewed with the right counts and imported with "Import All"; a file
 * with bad rows only offers "Import Valid Rows Only", which asks first and
 * then saves exactly the valid rows; a refused file says why; Cancel during
 * reading drops that read even when its result arrives later. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "fy-import-dialog.h"
#include "fy-test-support.h"
#include "fy-window.h"

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "import", name, NULL);
}

static gint64
staff_count (FyStore *store)
{
  FyStaffFilter everyone = { .status = -1 };
  return fy_staff_count (store, &everyone, NULL);
}

static gpointer
find_toplevel (GType type)
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

static GtkWidget *
find_child_of_type (GtkWidget *root, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_child_of_type (c, type);
      if (found)
        return found;
    }
  return NULL;
}

/* The worker thread posts its result to the main loop: run it until then.
 * The deadline only keeps a broken build from hanging the test run. */
static void
wait_until_read (FyImportDialog *dialog)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (fy_import_dialog_is_loading (dialog) && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_assert_false (fy_import_dialog_is_loading (dialog));
  iterate ();
}

/* What a pointer click does, without GtkButton's 250 ms "activate" animation. */
static void
click (gpointer button)
{
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  iterate ();
}

static FyWindow *
make_window (FyStore *store)
{
  FyWindow *win = g_object_new (FY_TYPE_WINDOW, "store", store, NULL);
  gtk_window_present (GTK_WINDOW (win));
  iterate ();
  return win;
}

static FyImportDialog *
open_dialog (FyWindow *win)
{
  FyImportDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.import-staff", NULL));
  iterate ();
  dialog = find_toplevel (FY_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (win));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (fy_import_dialog_get_page (dialog), ==, "choose");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fy_import_dialog_get_import_all_button (dialog))));
  return dialog;
}

static void
test_import_all (void)
{
  g_autoptr(FyStore) store = fy_test_open_store ();
  g_autofree char *path = fixture ("roster-utf8-bom.csv");
  FyWindow *win = make_window (store);
  FyImportDialog *dialog = open_dialog (win);
  GtkWidget *all, *valid;

  fy_import_dialog_load_file (dialog, path);
  g_assert_true (fy_import_dialog_is_loading (dialog));
  g_assert_cmpstr (fy_import_dialog_get_page (dialog), ==, "loading");
  wait_until_read (dialog);

  g_assert_cmpstr (fy_import_dialog_get_page (dialog), ==, "preview");
  g_assert_nonnull (fy_import_dialog_get_import (dialog));
  g_assert_cmpstr (gtk_label_get_text (fy_import_dialog_get_summary_label (dialog)), ==,
                   "3 rows: 3 valid (3 new, 0 to update, 0 unchanged), 0 with errors");
  g_assert_cmpuint (g_list_model_get_n_items (fy_import_dialog_get_rows (dialog)), ==, 3);
  all = GTK_WIDGET (fy_import_dialog_get_import_all_button (dialog));
  valid = GTK_WIDGET (fy_import_dialog_get_import_valid_button (dialog));
  g_assert_true (gtk_widget_get_visible (all));
  g_assert_true (gtk_widget_get_sensitive (all));
  g_assert_false (gtk_widget_get_visible (valid));
  g_assert_cmpint (staff_count (store), ==, 0);           /* the preview wrote nothing */

  click (all);
  g_assert_null (find_toplevel (FY_TYPE_IMPORT_DIALOG));  /* closed */
  g_assert_cmpint (staff_count (store), ==, 3);
  {
    g_autoptr(FyStaff) s = fy_staff_get_by_employee_no (store, "JD0002", NULL);
    g_assert_nonnull (s);
    g_assert_cmpstr (s->name, ==, "李娜");
  }
  gtk_window_destroy (GTK_WINDOW (win));
  iterate ();
}

static void
test_bad_rows_valid_only (void)
{
  g_autoptr(FyStore) store = fy_test_open_store ();
  g_autofree char *path = fixture ("roster-bad.csv");
  FyWindow *win = make_window (store);
  FyImportDialog *dialog = open_dialog (win);
  GtkWidget *all, *valid, *check;
  AdwMessageDialog *confirm;

  fy_import_dialog_load_file (dialog, path);
  wait_until_read (dialog);
  g_assert_cmpstr (fy_import_dialog_get_page (dialog), ==, "preview");
  g_assert_cmpstr (gtk_label_get_text (fy_import_dialog_get_summary_label (dialog)), ==,
                   "7 rows: 2 valid (2 new, 0 to update, 0 unchanged), 5 with errors");
  all = GTK_WIDGET (fy_import_dialog_get_import_all_button (dialog));
  valid = GTK_WIDGET (fy_import_dialog_get_import_valid_button (dialog));
  g_assert_false (gtk_widget_get_sensitive (all));
  g_assert_true (gtk_widget_get_visible (valid));
  g_assert_true (gtk_widget_get_sensitive (valid));

  /* Only the bad rows. */
  g_assert_cmpuint (g_list_model_get_n_items (fy_import_dialog_get_rows (dialog)), ==, 7);
  check = find_child_of_type (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (fy_import_dialog_get_rows (dialog)), ==, 5);

  /* "Import All" cannot be pressed; were its handler reached anyway, the
   * core refuses to write a file with bad rows. */
  g_signal_emit_by_name (all, "clicked");
  iterate ();
  g_assert_cmpint (staff_count (store), ==, 0);
  g_assert_true (find_toplevel (FY_TYPE_IMPORT_DIALOG) == dialog);

  /* Valid only asks first; "Cancel" keeps everything as it was. */
  click (valid);
  confirm = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "5 rows with errors will be skipped"));
  adw_message_dialog_response (confirm, "cancel");
  iterate ();
  g_assert_cmpint (staff_count (store), ==, 0);
  g_assert_true (find_toplevel (FY_TYPE_IMPORT_DIALOG) == dialog);

  click (valid);
  confirm = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "import");
  iterate ();
  g_assert_null (find_toplevel (FY_TYPE_IMPORT_DIALOG));
  g_assert_cmpint (staff_count (store), ==, 2);
  gtk_window_destroy (GTK_WINDOW (win));
  iterate ();
}

static void
test_refused_file (void)
{
  g_autoptr(FyStore) store = fy_test_open_store ();
  g_autofree char *path = fixture ("roster-no-employee-no.csv");
  FyWindow *win = make_window (store);
  FyImportDialog *dialog = open_dialog (win);
  GtkLabel *error;

  fy_import_dialog_load_file (dialog, path);
  wait_until_read (dialog);
  g_assert_cmpstr (fy_import_dialog_get_page (dialog), ==, "choose");
  g_assert_null (fy_import_dialog_get_import (dialog));
  error = fy_import_dialog_get_file_error (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_nonnull (strstr (gtk_label_get_text (error), "工号"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fy_import_dialog_get_import_all_button (dialog))));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (win));
  iterate ();
}

static void
test_cancel_reading (void)
{
  g_autoptr(FyStore) store = fy_test_open_store ();
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *big = g_build_filename (dir, "big.csv", NULL);
  g_autofree char *small = fixture ("roster-utf8.csv");
  g_autoptr(GString) text = g_string_new ("工号,姓名,部门\n");
  FyWindow *win = make_window (store);
  FyImportDialog *dialog = open_dialog (win);

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "W%05u,员工%u,车间\n", i, i);
  g_assert_true (g_file_set_contents (big, text->str, text->len, NULL));

  fy_import_dialog_load_file (dialog, big);
  g_assert_true (fy_import_dialog_is_loading (dialog));
  click (fy_import_dialog_get_cancel_button (dialog));
  g_assert_false (fy_import_dialog_is_loading (dialog));
  g_assert_cmpstr (fy_import_dialog_get_page (dialog), ==, "choose");
  g_assert_true (find_toplevel (FY_TYPE_IMPORT_DIALOG) == dialog);   /* Cancel stopped the read only */

  /* A late result of the cancelled read must not replace the next file's. */
  fy_import_dialog_load_file (dialog, small);
  wait_until_read (dialog);
  g_assert_cmpstr (fy_import_dialog_get_page (dialog), ==, "preview");
  g_assert_cmpuint (fy_staff_import_get_n_rows (fy_import_dialog_get_import (dialog)), ==, 3);
  g_assert_cmpint (staff_count (store), ==, 0);

  /* Cancel on the preview closes without writing. */
  click (fy_import_dialog_get_cancel_button (dialog));
  g_assert_null (find_toplevel (FY_TYPE_IMPORT_DIALOG));
  g_assert_cmpint (staff_count (store), ==, 0);
  gtk_window_destroy (GTK_WINDOW (win));
  iterate ();
}

int
main (int argc, char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  fy_test_init (&argc, &argv, "2026-11-22");
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();
  g_test_add_func ("/gui/import/import-all", test_import_all);
  g_test_add_func ("/gui/import/bad-rows-valid-only", test_bad_rows_valid_only);
  g_test_add_func ("/gui/import/refused-file", test_refused_file);
  g_test_add_func ("/gui/import/cancel-reading", test_cancel_reading);
  return g_test_run ();
}
