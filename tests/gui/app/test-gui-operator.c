/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Switching the operator from the primary menu under Xvfb: the dialog
 * opens with the focus in the name, Enter applies once and closes, the
 * store signs later records with the name; Esc cancels and changes nothing. */
#include "config.h"

#include <adwaita.h>

#include "fy-gui-test-support.h"

static gboolean
operator_set (gpointer store)
{
  return fy_store_has_operator (store);
}

static gboolean
no_dialog (gpointer data)
{
  return fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

static void
test_switch_operator (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyWindow *win;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  g_assert_true (fy_store_set_setting (store, "officer", "周敏", &error));
  win = fy_gui_test_make_window (store);
  g_assert_cmpstr (fy_store_get_actor (store), ==, "周敏");

  /* Esc: nothing changes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.operator", NULL));
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "路人");
  gtk_window_close (GTK_WINDOW (dialog));   /* what Esc does */
  fy_gui_test_wait_until (no_dialog, NULL);
  g_assert_false (fy_store_has_operator (store));

  /* Enter in the name applies. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.operator", NULL));
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == entry
                 || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)), entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "王强");
  /* Enter in the field: GtkEntry's "activate". */
  g_signal_emit_by_name (entry, "activate");
  fy_gui_test_wait_until (operator_set, store);
  fy_gui_test_wait_until (no_dialog, NULL);
  g_assert_cmpstr (fy_store_get_actor (store), ==, "王强");
  fy_gui_test_destroy (win);
}

int
main (int argc, char **argv)
{
  if (!fy_gui_test_init (&argc, &argv, "2026-11-22"))
    return 0;
  g_test_add_func ("/gui/operator/switch", test_switch_operator);
  return g_test_run ();
}
