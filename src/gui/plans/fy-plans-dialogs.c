/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-dialogs.c — the two small dialogs of the Plans page: start an
 * emergency procedure (trigger, the person when not from the roster, a
 * note) and close a corrective action (the recheck result). Each opens with
 * the focus in its first field; Enter starts / closes, Esc cancels. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-error-dialog.h"
#include "fy-form-util.h"
#include "fy-plans-dialogs.h"
#include "fy-plans.h"
#include "fy-staff.h"

typedef struct
{
  FyStore     *store;
  gint64       id;
  GtkEditable *name;
  GtkDropDown *trigger;
  GtkEditable *text;
} Form;

static void
form_free (Form *form)
{
  g_clear_object (&form->store);
  g_free (form);
}

static GtkEditable *
add_entry (GtkBox *box, const char *label, gboolean activates)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), activates);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (box, entry);
  return GTK_EDITABLE (entry);
}

static AdwMessageDialog *
new_dialog (GtkWidget *parent, const char *heading, const char *body, const char *ok)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (fy_form_window_of (parent), heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "ok", ok, NULL);
  adw_message_dialog_set_response_appearance (dialog, "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "ok");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

static void
on_emergency_response_cb (AdwMessageDialog *dialog, const char *response, Form *form)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!g_str_equal (response, "ok"))
    return;
  if (!fy_emergency_start (form->store, form->id, form->name ? gtk_editable_get_text (form->name) : NULL,
                           gtk_drop_down_get_selected (form->trigger), gtk_editable_get_text (form->text),
                           fy_now (), &id, &error))
    {
      fy_show_error (GTK_WIDGET (dialog), _("The emergency procedure was not started"), error->message);
      return;
    }
  fy_form_toast (GTK_WIDGET (dialog), _("Emergency procedure started: report to the local command at once"));
}

AdwMessageDialog *
fy_emergency_dialog_present (GtkWidget *parent, FyStore *store, gint64 staff_id, FyEmergencyTrigger trigger)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box;
  Form *form = g_new0 (Form, 1);

  form->store = g_object_ref (store);
  form->id = staff_id;
  if (staff_id)
    {
      g_autoptr(FyStaff) staff = fy_staff_get (store, staff_id, NULL);
      body = g_strdup_printf (_("For %s. The steps and their clocks (re-test within 6 hours, any shutdown "
                                "at most 3 days) start now."), staff ? staff->name : "?");
    }
  else
    body = g_strdup (_("The steps and their clocks (re-test within 6 hours, any shutdown at most 3 days) "
                       "start now."));
  dialog = new_dialog (parent, _("Start Emergency Procedure"), body, _("_Start"));
  adw_message_dialog_set_response_appearance (dialog, "ok", ADW_RESPONSE_DESTRUCTIVE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (int i = 0; i < FY_N_EMERGENCY_TRIGGERS; i++)
    gtk_string_list_append (labels, fy_code_label_text (&fy_emergency_trigger_labels[i]));
  if (staff_id == 0)
    form->name = add_entry (GTK_BOX (box), _("Person’s name"), TRUE);
  form->trigger = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL));
  gtk_drop_down_set_selected (form->trigger, trigger);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->trigger), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Trigger"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->trigger));
  form->text = add_entry (GTK_BOX (box), _("Note"), TRUE);
  adw_message_dialog_set_extra_child (dialog, box);
  g_object_set_data_full (G_OBJECT (dialog), "fy-form", form, (GDestroyNotify) form_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_emergency_response_cb), form);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (form->name ? GTK_WIDGET (form->name) : GTK_WIDGET (form->trigger));
  return dialog;
}

static void
on_close_response_cb (AdwMessageDialog *dialog, const char *response, Form *form)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fy_today ();

  if (!g_str_equal (response, "ok"))
    return;
  if (!fy_action_close (form->store, form->id, today, gtk_editable_get_text (form->text), &error))
    fy_show_error (GTK_WIDGET (dialog), _("The corrective action was not closed"), error->message);
  else
    fy_form_toast (GTK_WIDGET (dialog), _("Corrective action closed"));
}

AdwMessageDialog *
fy_action_close_dialog_present (GtkWidget *parent, FyStore *store, gint64 action_id)
{
  AdwMessageDialog *dialog = new_dialog (parent, _("Close Corrective Action"),
                                         _("Record the result of the recheck; the action is closed today."),
                                         _("C_lose Action"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  Form *form = g_new0 (Form, 1);

  form->store = g_object_ref (store);
  form->id = action_id;
  form->text = add_entry (GTK_BOX (box), _("Recheck result"), TRUE);
  adw_message_dialog_set_extra_child (dialog, box);
  g_object_set_data_full (G_OBJECT (dialog), "fy-form", form, (GDestroyNotify) form_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response_cb), form);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->text));
  return dialog;
}
