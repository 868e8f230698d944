/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-error-dialog.c — the error dialog every page, view and dialog uses, so
 * that a failure looks and answers the same everywhere (Enter or Esc closes
 * it, it sits over the window it is about). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-error-dialog.h"

AdwMessageDialog *
fy_show_error (GtkWidget *widget, const char *heading, const char *message)
{
  GtkRoot *root = widget ? gtk_widget_get_root (widget) : NULL;
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, message));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

AdwMessageDialog *
fy_confirm_new (GtkWidget *widget, const char *heading, const char *body, const char *response, const char *verb)
{
  GtkRoot *root = widget ? gtk_widget_get_root (widget) : NULL;
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                                               : NULL, heading, body));

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, verb, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_DESTRUCTIVE);
  /* Enter does not delete by mistake. */
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}
