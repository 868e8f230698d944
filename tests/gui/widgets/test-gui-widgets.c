/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pieces every page shares, built for real under Xvfb: the error dialog
 * (over the right window, heading and reason as given, one Close button that
 * Enter and Esc both answer). */
#include "config.h"

#include <adwaita.h>

#include "fy-error-dialog.h"
#include "fy-gui-test-support.h"

static void
on_response_cb (AdwMessageDialog *dialog, const char *response, char **answer)
{
  g_free (*answer);
  *answer = g_strdup (response);
}

static void
test_error_dialog (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("inside");
  AdwMessageDialog *dialog;
  g_autofree char *answer = NULL;

  gtk_box_append (GTK_BOX (box), label);
  gtk_window_set_child (window, box);
  gtk_window_present (window);
  fy_gui_test_iterate ();

  /* From a widget deep inside: the dialog sits over that widget's window. */
  dialog = fy_show_error (label, "The map was not printed", "The printer is out of paper.");
  fy_gui_test_iterate ();
  g_assert_true (fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The map was not printed");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "The printer is out of paper.");
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "close");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "close");
  g_assert_nonnull (fy_gui_test_find_button (GTK_WIDGET (dialog), "_Close"));

  /* Its one button closes it. */
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), &answer);
  fy_gui_test_click (fy_gui_test_find_button (GTK_WIDGET (dialog), "_Close"));
  g_assert_cmpstr (answer, ==, "close");
  g_assert_false (fy_gui_test_is_toplevel (dialog));

  /* A window itself, or nothing at all, works as well. */
  dialog = fy_show_error (GTK_WIDGET (window), "Heading", "Body");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == window);
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = fy_show_error (NULL, "Heading", "Body");
  g_assert_null (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  fy_gui_test_destroy_all_windows ();
}

int
main (int argc, char **argv)
{
  if (!fy_gui_test_init (&argc, &argv, "2026-11-22"))
    return 0;
  g_test_add_func ("/gui/widgets/error-dialog", test_error_dialog);
  return g_test_run ();
}
