/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-monitor-dialog.c — one monitoring entry of a quarantined person. The
 * form is small, so it is built in code; the core validates it all (the
 * temperature, a day the quarantine covers) and its message shows under
 * the form. Enter saves once and closes; Esc cancels. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-form-util.h"
#include "fy-monitor-dialog.h"
#include "fy-quarantine-monitor.h"
#include "fy-quarantine.h"

struct _FyMonitorDialog
{
  AdwWindow       parent_instance;

  GtkLabel       *error_label;
  AdwEntryRow    *day_entry;
  AdwComboRow    *session_row;
  AdwEntryRow    *temp_entry;
  GtkCheckButton *symptom_checks[FY_N_SYMPTOMS];
  AdwEntryRow    *monitor_entry;

  FyStore        *store;
  gint64          quarantine_id;
};

G_DEFINE_FINAL_TYPE (FyMonitorDialog, fy_monitor_dialog, ADW_TYPE_WINDOW)

static void
on_save_cb (FyMonitorDialog *self)
{
  g_autoptr(GError) error = NULL;
  FyMonitorEntry entry = {
    .quarantine_id = self->quarantine_id,
    .day = gtk_editable_get_text (GTK_EDITABLE (self->day_entry)),
    .session = adw_combo_row_get_selected (self->session_row),
    .temperature = gtk_editable_get_text (GTK_EDITABLE (self->temp_entry)),
    .monitor = gtk_editable_get_text (GTK_EDITABLE (self->monitor_entry)),
  };

  for (int i = 0; i < FY_N_SYMPTOMS; i++)
    if (gtk_check_button_get_active (self->symptom_checks[i]))
      entry.symptoms |= 1 << i;
  fy_form_set_error (self->error_label, NULL);
  if (!fy_quarantine_monitor_record (self->store, &entry, fy_now (), &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  fy_form_toast (GTK_WIDGET (self), _("Monitoring entry recorded"));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fy_monitor_dialog_dispose (GObject *object)
{
  FyMonitorDialog *self = FY_MONITOR_DIALOG (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_monitor_dialog_parent_class)->dispose (object);
}

static void
fy_monitor_dialog_class_init (FyMonitorDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_monitor_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static AdwEntryRow *
add_entry_row (AdwPreferencesGroup *group, const char *title, FyMonitorDialog *self)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (on_save_cb), self);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static void
fy_monitor_dialog_init (FyMonitorDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *flow = fy_form_check_grid (4);
  const char *sessions[] = { _("Morning"), _("Evening"), NULL };
  g_autoptr(GtkStringList) session_list = gtk_string_list_new (sessions);

  gtk_window_set_title (GTK_WINDOW (self), _("Quarantine Monitoring"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, -1);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_save_cb), self);
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  g_object_set (content, "margin-start", 18, "margin-end", 18, "margin-top", 12, "margin-bottom", 18, NULL);
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error_label));

  self->temp_entry = add_entry_row (ADW_PREFERENCES_GROUP (group), _("Temperature (°C)"), self);
  self->session_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->session_row), C_("quarantine monitoring", "Check"));
  adw_combo_row_set_model (self->session_row, G_LIST_MODEL (session_list));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->session_row));
  self->day_entry = add_entry_row (ADW_PREFERENCES_GROUP (group), _("Date"), self);
  self->monitor_entry = add_entry_row (ADW_PREFERENCES_GROUP (group), _("Monitor"), self);
  gtk_box_append (GTK_BOX (content), group);

  for (int i = 0; i < FY_N_SYMPTOMS; i++)
    {
      self->symptom_checks[i] = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (fy_symptom_label (1 << i)));
      fy_form_check_grid_add (flow, GTK_WIDGET (self->symptom_checks[i]));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Symptoms"), -1);
  gtk_box_append (GTK_BOX (content), flow);
  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (self), box);
}

FyMonitorDialog *
fy_monitor_dialog_present (GtkWindow *parent, FyStore *store, gint64 quarantine_id)
{
  FyMonitorDialog *self = g_object_new (FY_TYPE_MONITOR_DIALOG, "transient-for", parent, NULL);
  g_autoptr(FyQuarantine) q = fy_quarantine_get (store, quarantine_id, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (fy_now ());
  g_autofree char *today = fy_today ();

  self->store = g_object_ref (store);
  self->quarantine_id = quarantine_id;
  if (q)
    {
      /* Translators: the title of the monitoring dialog with the person's name. */
      g_autofree char *title = g_strdup_printf (_("Monitoring of %s"), q->person.name);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->day_entry), today);
  adw_combo_row_set_selected (self->session_row, g_date_time_get_hour (now) < 12 ? 0 : 1);
  gtk_editable_set_text (GTK_EDITABLE (self->monitor_entry), fy_store_get_actor (store));
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->temp_entry));
  return self;
}
