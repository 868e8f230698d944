/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import dialog under Xvfb: a valid file is read in the worker thread,
 * previewed with the right counts and imported with "Import All"; a file
 * with bad rows only offers "Import Valid Rows Only", which asks first and
 * then saves exactly the valid rows; a refused file says why; Cancel during
 * reading drops that read even when its result arrives later. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "fy-gui-test-support.h"
#include "fy-import-dialog-private.h"
#include "fy-import-dialog.h"

static gint64
staff_count (FyStore *store)
{
  FyStaffFilter everyone = { .status = -1 };
  return fy_staff_count (store, &everyone, NULL);
}

static gboolean
is_read (gpointer dialog)
{
  return !fy_import_dialog_is_loading (dialog);
}

/* The worker thread posts its result to the main loop: run it until then. */
static void
wait_until_read (FyImportDialog *dialog)
{
  fy_gui_test_wait_until (is_read, dialog);
}

/* Loads a fixture into the dialog and waits until it is read. */
static void
read_fixture (FyImportDialog *dialog, const char *name)
{
  g_autofree char *path = fy_test_fixture_path ("import", name);

  fy_import_dialog_load_file (dialog, path);
  wait_until_read (dialog);
}

static FyImportDialog *
open_dialog (FyWindow *win)
{
  FyImportDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.import-staff", NULL));
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (FY_TYPE_IMPORT_DIALOG);
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
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autofree char *path = fy_test_fixture_path ("import", "roster-utf8-bom.csv");
  FyWindow *win = fy_gui_test_make_window (store);
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

  fy_gui_test_click (all);
  g_assert_null (fy_gui_test_find_toplevel (FY_TYPE_IMPORT_DIALOG));  /* closed */
  g_assert_cmpint (staff_count (store), ==, 3);
  {
    g_autoptr(FyStaff) s = fy_staff_get_by_employee_no (store, "JD0002", NULL);
    g_assert_nonnull (s);
    g_assert_cmpstr (s->name, ==, "李娜");
  }
  fy_gui_test_destroy (win);
}

static void
test_bad_rows_valid_only (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  FyImportDialog *dialog = open_dialog (win);
  GtkWidget *all, *valid, *check;
  AdwMessageDialog *confirm;

  read_fixture (dialog, "roster-bad.csv");
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
  check = fy_gui_test_find_child_of_type (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  fy_gui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (fy_import_dialog_get_rows (dialog)), ==, 5);

  /* "Import All" cannot be pressed; were its handler reached anyway, the
   * core refuses to write a file with bad rows. */
  g_signal_emit_by_name (all, "clicked");
  fy_gui_test_iterate ();
  g_assert_cmpint (staff_count (store), ==, 0);
  g_assert_true (fy_gui_test_find_toplevel (FY_TYPE_IMPORT_DIALOG) == dialog);

  /* Valid only asks first; "Cancel" keeps everything as it was. */
  fy_gui_test_click (valid);
  confirm = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "5 rows with errors will be skipped"));
  adw_message_dialog_response (confirm, "cancel");
  fy_gui_test_iterate ();
  g_assert_cmpint (staff_count (store), ==, 0);
  g_assert_true (fy_gui_test_find_toplevel (FY_TYPE_IMPORT_DIALOG) == dialog);

  fy_gui_test_click (valid);
  confirm = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "import");
  fy_gui_test_iterate ();
  g_assert_null (fy_gui_test_find_toplevel (FY_TYPE_IMPORT_DIALOG));
  g_assert_cmpint (staff_count (store), ==, 2);
  fy_gui_test_destroy (win);
}

static void
test_refused_file (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  FyImportDialog *dialog = open_dialog (win);
  GtkLabel *error;

  read_fixture (dialog, "roster-no-employee-no.csv");
  g_assert_cmpstr (fy_import_dialog_get_page (dialog), ==, "choose");
  g_assert_null (fy_import_dialog_get_import (dialog));
  error = fy_import_dialog_get_file_error (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_nonnull (strstr (gtk_label_get_text (error), "工号"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fy_import_dialog_get_import_all_button (dialog))));
  fy_gui_test_destroy (dialog);
  fy_gui_test_destroy (win);
}

static void
test_cancel_reading (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autofree char *big = fy_test_tmp_path ("big.csv");
  g_autoptr(GString) text = g_string_new ("工号,姓名,部门\n");
  FyWindow *win = fy_gui_test_make_window (store);
  FyImportDialog *dialog = open_dialog (win);

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "W%05u,员工%u,车间\n", i, i);
  g_assert_true (g_file_set_contents (big, text->str, text->len, NULL));

  fy_import_dialog_load_file (dialog, big);
  g_assert_true (fy_import_dialog_is_loading (dialog));
  fy_gui_test_click (fy_import_dialog_get_cancel_button (dialog));
  g_assert_false (fy_import_dialog_is_loading (dialog));
  g_assert_cmpstr (fy_import_dialog_get_page (dialog), ==, "choose");
  g_assert_true (fy_gui_test_find_toplevel (FY_TYPE_IMPORT_DIALOG) == dialog);   /* Cancel stopped the read only */

  /* A late result of the cancelled read must not replace the next file's. */
  read_fixture (dialog, "roster-utf8.csv");
  g_assert_cmpstr (fy_import_dialog_get_page (dialog), ==, "preview");
  g_assert_cmpuint (fy_staff_import_get_n_rows (fy_import_dialog_get_import (dialog)), ==, 3);
  g_assert_cmpint (staff_count (store), ==, 0);

  /* Cancel on the preview closes without writing. */
  fy_gui_test_click (fy_import_dialog_get_cancel_button (dialog));
  g_assert_null (fy_gui_test_find_toplevel (FY_TYPE_IMPORT_DIALOG));
  g_assert_cmpint (staff_count (store), ==, 0);
  fy_gui_test_destroy (win);
}

int
main (int argc, char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  if (!fy_gui_test_init (&argc, &argv, "2026-11-22"))
    return 0;
  g_test_add_func ("/gui/import/import-all", test_import_all);
  g_test_add_func ("/gui/import/bad-rows-valid-only", test_bad_rows_valid_only);
  g_test_add_func ("/gui/import/refused-file", test_refused_file);
  g_test_add_func ("/gui/import/cancel-reading", test_cancel_reading);
  return g_test_run ();
}
