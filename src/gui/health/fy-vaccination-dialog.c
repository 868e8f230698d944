/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-vaccination-dialog.c — a person's doses and unvaccinated reason. Each
 * dose is one core call (validated: number, order of dates, not in the
 * future; audited). */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-form-util.h"
#include "fy-staff.h"
#include "fy-vaccination-dialog.h"
#include "fy-vaccination.h"
#include "fy-validate.h"

struct _FyVaccinationDialog
{
  AdwWindow            parent_instance;

  /* template children */
  GtkBox              *person_box;
  GtkLabel            *error_label;
  AdwPreferencesGroup *doses_group;
  GtkSpinButton       *dose_spin;
  AdwEntryRow         *date_entry;
  AdwEntryRow         *vaccine_entry;
  AdwEntryRow         *note_entry;
  GtkButton           *add_button;
  AdwPreferencesGroup *reason_group;
  AdwEntryRow         *reason_entry;
  GtkButton           *reason_button;

  /* owned */
  FyStore             *store;
  gint64               staff_id;
  GPtrArray           *dose_rows;     /* borrowed rows in doses_group */
};

G_DEFINE_FINAL_TYPE (FyVaccinationDialog, fy_vaccination_dialog, ADW_TYPE_WINDOW)

static void
reload (FyVaccinationDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) doses = fy_vaccination_list_for_staff (self->store, self->staff_id, &error);
  g_autoptr(FyStaff) staff = fy_staff_get (self->store, self->staff_id, NULL);
  g_autofree char *reason = NULL;
  g_autofree char *description = NULL;
  int next = 1;

  for (guint i = 0; i < self->dose_rows->len; i++)
    adw_preferences_group_remove (self->doses_group, g_ptr_array_index (self->dose_rows, i));
  g_ptr_array_set_size (self->dose_rows, 0);
  if (doses == NULL)
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  for (guint i = 0; i < doses->len; i++)
    {
      FyVaccination *v = g_ptr_array_index (doses, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("Dose %d"), v->dose);
      g_autoptr(GString) subtitle = g_string_new (v->day);

      if (*v->vaccine)
        g_string_append_printf (subtitle, " · %s", v->vaccine);
      if (*v->note)
        g_string_append_printf (subtitle, " · %s", v->note);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_preferences_group_add (self->doses_group, row);
      g_ptr_array_add (self->dose_rows, row);
      next = MAX (next, v->dose + 1);
    }
  if (doses->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No dose recorded"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->doses_group, row);
      g_ptr_array_add (self->dose_rows, row);
    }
  gtk_spin_button_set_value (self->dose_spin, MIN (next, FY_VACCINATION_MAX_DOSE));
  /* The roster may count doses (imported) whose dates are not known yet. */
  if (staff && staff->vaccine_doses >= next)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "The roster lists %d dose: record its date here.",
                                                "The roster lists %d doses: record their dates here.",
                                                staff->vaccine_doses), staff->vaccine_doses);
  adw_preferences_group_set_description (self->doses_group, description);
  /* A reason for not being vaccinated applies only without doses. */
  next = MAX (next - 1, staff ? staff->vaccine_doses : 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reason_group), next == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reason_button), next == 0);
  reason = fy_vaccination_get_unvaccinated_reason (self->store, self->staff_id, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason ? reason : "");
}

static void
on_add_clicked_cb (FyVaccinationDialog *self)
{
  g_autoptr(GError) error = NULL;

  fy_form_set_error (self->error_label, NULL);
  if (!fy_vaccination_record (self->store,
                              &(FyVaccinationInput) { .staff_id = self->staff_id,
                                                      .dose = gtk_spin_button_get_value_as_int (self->dose_spin),
                                                      .day = gtk_editable_get_text (GTK_EDITABLE (self->date_entry)),
                                                      .vaccine = gtk_editable_get_text (GTK_EDITABLE (self->vaccine_entry)),
                                                      .note = gtk_editable_get_text (GTK_EDITABLE (self->note_entry)) },
                              fy_now (), NULL, &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  reload (self);
  fy_form_toast (GTK_WIDGET (self), _("Dose recorded"));
}

static void
on_reason_clicked_cb (FyVaccinationDialog *self)
{
  g_autoptr(GError) error = NULL;

  fy_form_set_error (self->error_label, NULL);
  if (!fy_vaccination_set_unvaccinated_reason (self->store, self->staff_id,
                                               gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)), &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  reload (self);
  fy_form_toast (GTK_WIDGET (self), _("Reason saved"));
}

static void
fy_vaccination_dialog_dispose (GObject *object)
{
  FyVaccinationDialog *self = FY_VACCINATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_VACCINATION_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->dose_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (fy_vaccination_dialog_parent_class)->dispose (object);
}

static void
fy_vaccination_dialog_class_init (FyVaccinationDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_vaccination_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-vaccination-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyVaccinationDialog, person_box);
  gtk_widget_class_bind_template_child (widget_class, FyVaccinationDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FyVaccinationDialog, doses_group);
  gtk_widget_class_bind_template_child (widget_class, FyVaccinationDialog, dose_spin);
  gtk_widget_class_bind_template_child (widget_class, FyVaccinationDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, FyVaccinationDialog, vaccine_entry);
  gtk_widget_class_bind_template_child (widget_class, FyVaccinationDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, FyVaccinationDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, FyVaccinationDialog, reason_group);
  gtk_widget_class_bind_template_child (widget_class, FyVaccinationDialog, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, FyVaccinationDialog, reason_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_vaccination_dialog_init (FyVaccinationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->dose_rows = g_ptr_array_new ();
}

void
fy_vaccination_dialog_present (GtkWindow *parent, FyStore *store, gint64 staff_id)
{
  FyVaccinationDialog *self = g_object_new (FY_TYPE_VACCINATION_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fy_today ();
  GtkWidget *person = fy_form_person_row (store, staff_id, &error);

  self->store = g_object_ref (store);
  self->staff_id = staff_id;
  if (person == NULL)
    {
      fy_form_set_error (self->error_label, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->reason_button), FALSE);
      gtk_window_present (GTK_WINDOW (self));
      return;
    }
  gtk_box_append (self->person_box, person);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
  reload (self);
  gtk_window_present (GTK_WINDOW (self));
  fy_form_focus_first_field (GTK_WINDOW (self));
}
