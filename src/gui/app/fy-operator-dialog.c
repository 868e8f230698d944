/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-operator-dialog.c — switch the current operator when a colleague takes
 * over the desk: one name field, Enter applies, Esc cancels. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-operator-dialog.h"
#include "fy-validate.h"
#include "fy-window.h"

static void
on_response_cb (AdwMessageDialog *dialog, const char *response, FyStore *store)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (!g_str_equal (response, "apply"))
    return;
  name = fy_normalize_text (gtk_editable_get_text (entry));
  fy_store_set_actor (store, name);
  /* Translators: toast after switching the operator; %s is the name. */
  text = *fy_store_get_actor (store) ? g_strdup_printf (_("Records are now signed by %s"), fy_store_get_actor (store))
                                     : g_strdup (_("Records are signed by nobody: set the form filler in Preferences"));
  if (FY_IS_WINDOW (parent))
    fy_window_toast (FY_WINDOW (parent), text);
}

/* Enter in the name: apply once and close (the entry keeps the key from
 * the dialog's own default handling). */
static void
on_entry_activate_cb (GtkEntry *entry, AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "apply");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

GtkWidget *
fy_operator_dialog_present (GtkWindow *parent, FyStore *store)
{
  g_autofree char *officer = fy_store_get_setting (store, "officer");
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();

  /* Translators: %s is the form filler (填表人) of Preferences, or “—”. */
  body = g_strdup_printf (_("Readings, tests, follow-ups, zone changes and the audit trail record this name "
                            "from now on. Leave it empty to use the form filler of Preferences (%s)."),
                          officer && *officer ? officer : "—");
  dialog = adw_message_dialog_new (parent, _("Current Operator"), body);
  gtk_entry_set_max_length (GTK_ENTRY (entry), 32);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Operator’s name"), -1);
  if (fy_store_has_operator (store))
    gtk_editable_set_text (GTK_EDITABLE (entry), fy_store_get_actor (store));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), officer && *officer ? officer : _("Name"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "apply", _("_Switch"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_cb), store, 0);
  g_signal_connect (entry, "activate", G_CALLBACK (on_entry_activate_cb), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  return dialog;
}
