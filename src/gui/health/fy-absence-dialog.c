/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-absence-dialog.c — record leave, sick leave or a business trip. The
 * core validates everything (days, overlaps, the person, the trip) before
 * writing; its message shows under the form. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-absence-dialog.h"
#include "fy-absence.h"
#include "fy-clock.h"
#include "fy-form-util.h"
#include "fy-person-picker.h"
#include "fy-trips.h"

struct _FyAbsenceDialog
{
  AdwWindow       parent_instance;

  /* template children */
  GtkLabel       *error_label;
  GtkBox         *person_box;
  AdwComboRow    *kind_row;
  AdwEntryRow    *start_entry;
  AdwEntryRow    *end_entry;
  AdwEntryRow    *note_entry;

  /* borrowed */
  FyPersonPicker *picker;

  /* owned */
  FyStore        *store;
  gint64          staff_id;
  gint64          trip_id;
};

G_DEFINE_FINAL_TYPE (FyAbsenceDialog, fy_absence_dialog, ADW_TYPE_WINDOW)

static const char *
kind_label (int kind)
{
  return fy_absence_kind_label (kind);
}

static void
on_save_clicked_cb (FyAbsenceDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = self->picker ? fy_person_picker_get_chosen (self->picker) : self->staff_id;
  FyAbsenceSpec spec = {
    .kind = adw_combo_row_get_selected (self->kind_row),
    .start_day = gtk_editable_get_text (GTK_EDITABLE (self->start_entry)),
    .end_day = gtk_editable_get_text (GTK_EDITABLE (self->end_entry)),
    .note = gtk_editable_get_text (GTK_EDITABLE (self->note_entry)),
  };

  fy_form_set_error (self->error_label, NULL);
  if (id == 0)
    {
      fy_form_set_error (self->error_label, _("Choose who is away."));
      return;
    }
  /* The trip stays linked only while the kind is still a business trip. */
  if (spec.kind == FY_ABSENCE_BUSINESS_TRIP)
    spec.trip_id = self->trip_id;
  if (!fy_absence_record (self->store, id, &spec, fy_now (), NULL, &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  fy_form_toast (GTK_WIDGET (self), _("Absence recorded"));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fy_absence_dialog_dispose (GObject *object)
{
  FyAbsenceDialog *self = FY_ABSENCE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_ABSENCE_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_absence_dialog_parent_class)->dispose (object);
}

static void
fy_absence_dialog_class_init (FyAbsenceDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_absence_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-absence-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyAbsenceDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FyAbsenceDialog, person_box);
  gtk_widget_class_bind_template_child (widget_class, FyAbsenceDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FyAbsenceDialog, start_entry);
  gtk_widget_class_bind_template_child (widget_class, FyAbsenceDialog, end_entry);
  gtk_widget_class_bind_template_child (widget_class, FyAbsenceDialog, note_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_absence_dialog_init (FyAbsenceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

FyAbsenceDialog *
fy_absence_dialog_present (GtkWindow *parent, FyStore *store, gint64 staff_id, gint64 trip_id)
{
  FyAbsenceDialog *self = g_object_new (FY_TYPE_ABSENCE_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GtkStringList) kinds = fy_form_labels (kind_label, FY_N_ABSENCE_KINDS);
  g_autoptr(FyTrip) trip = trip_id ? fy_trips_get (store, trip_id, NULL) : NULL;
  g_autofree char *today = fy_today ();
  GtkWidget *person;

  if (trip)
    staff_id = trip->person.staff_id;
  person = staff_id ? fy_form_person_row (store, staff_id, NULL) : NULL;
  self->store = g_object_ref (store);
  self->staff_id = staff_id;
  self->trip_id = trip ? trip_id : 0;
  if (person)
    gtk_box_append (self->person_box, person);
  else
    {
      self->staff_id = 0;
      self->picker = FY_PERSON_PICKER (fy_person_picker_new (store, FALSE));
      gtk_widget_set_size_request (GTK_WIDGET (self->picker), -1, 260);
      gtk_box_append (self->person_box, GTK_WIDGET (self->picker));
    }
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, trip ? FY_ABSENCE_BUSINESS_TRIP : FY_ABSENCE_LEAVE);
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), trip ? trip->depart_on : today);
  gtk_editable_set_text (GTK_EDITABLE (self->end_entry), trip ? trip->planned_return_on : today);
  gtk_window_present (GTK_WINDOW (self));
  /* The first field: the person search, or the reason when the person is given. */
  if (self->picker)
    gtk_widget_child_focus (GTK_WIDGET (self->picker), GTK_DIR_TAB_FORWARD);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->kind_row));
  return self;
}
