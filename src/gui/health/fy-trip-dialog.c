/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-trip-dialog.c — register a trip. The core validates everything
 * (dates, destination, companions, the person) before writing. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-form-util.h"
#include "fy-person-picker.h"
#include "fy-trip-dialog.h"
#include "fy-trips.h"
#include "fy-validate.h"
#include "fy-clock.h"

struct _FyTripDialog
{
  AdwWindow       parent_instance;

  /* template children */
  GtkLabel       *error_label;
  GtkBox         *person_box;
  AdwComboRow    *purpose_row;
  AdwEntryRow    *destination_entry;
  AdwComboRow    *risk_row;
  AdwComboRow    *transport_row;
  AdwEntryRow    *transport_no_entry;
  AdwEntryRow    *depart_entry;
  AdwEntryRow    *return_entry;
  AdwEntryRow    *note_entry;
  GtkListBox     *companions_list;

  /* borrowed */
  FyPersonPicker *picker;

  /* owned */
  FyStore        *store;
  gint64          staff_id;
};

G_DEFINE_FINAL_TYPE (FyTripDialog, fy_trip_dialog, ADW_TYPE_WINDOW)

static const char *
purpose_label (int purpose)
{
  return fy_trip_purpose_label (purpose);
}

static const char *
transport_label (int transport)
{
  return fy_code_label_text (&fy_transport_labels[transport]);
}

static const char *
risk_label (int risk)
{
  return fy_risk_level_label (risk);
}

static const char *
relation_label (int relation)
{
  return fy_companion_relation_label (relation);
}

static void
on_remove_companion_cb (GtkButton *button, FyTripDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  gtk_list_box_remove (self->companions_list, row);
  gtk_widget_set_visible (GTK_WIDGET (self->companions_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->companions_list)) != NULL);
}

static void
on_add_companion_clicked_cb (FyTripDialog *self)
{
  g_autoptr(GtkStringList) relations = fy_form_labels (relation_label, FY_N_COMPANION_RELATIONS);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_entry_new ();
  GtkWidget *relation = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (relations)), NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_entry_set_placeholder_text (GTK_ENTRY (name), _("Name"));
  gtk_entry_set_max_length (GTK_ENTRY (name), 64);
  gtk_accessible_update_property (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Companion’s name"), -1);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_set_tooltip_text (relation, _("Relation"));
  gtk_widget_set_tooltip_text (remove, _("Remove this companion"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove this companion"), -1);
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_companion_cb), self);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), relation);
  gtk_box_append (GTK_BOX (box), remove);
  g_object_set (box, "margin-start", 6, "margin-end", 6, "margin-top", 6, "margin-bottom", 6, NULL);
  gtk_list_box_append (self->companions_list, box);
  gtk_widget_set_visible (GTK_WIDGET (self->companions_list), TRUE);
  gtk_widget_grab_focus (name);
}

static void
on_save_clicked_cb (FyTripDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) companions = g_array_new (FALSE, TRUE, sizeof (FyTripCompanion));
  gint64 id = self->picker ? fy_person_picker_get_chosen (self->picker) : self->staff_id;
  FyTripSpec spec = {
    .purpose = adw_combo_row_get_selected (self->purpose_row),
    .destination = gtk_editable_get_text (GTK_EDITABLE (self->destination_entry)),
    .risk = adw_combo_row_get_selected (self->risk_row),
    .depart_on = gtk_editable_get_text (GTK_EDITABLE (self->depart_entry)),
    .planned_return_on = gtk_editable_get_text (GTK_EDITABLE (self->return_entry)),
    .note = gtk_editable_get_text (GTK_EDITABLE (self->note_entry)),
    .transport = adw_combo_row_get_selected (self->transport_row),
    .transport_no = gtk_editable_get_text (GTK_EDITABLE (self->transport_no_entry)),
  };

  fy_form_set_error (self->error_label, NULL);
  if (id == 0)
    {
      fy_form_set_error (self->error_label, _("Choose who is travelling."));
      return;
    }
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->companions_list)); row;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      GtkWidget *name = gtk_widget_get_first_child (box);
      GtkWidget *relation = gtk_widget_get_next_sibling (name);
      /* The strings stay owned by the entries until the call returns. */
      FyTripCompanion c = {
        .name = (char *) gtk_editable_get_text (GTK_EDITABLE (name)),
        .relation = gtk_drop_down_get_selected (GTK_DROP_DOWN (relation)),
      };
      if (*c.name)
        g_array_append_val (companions, c);
    }
  spec.companions = (const FyTripCompanion *) (gpointer) companions->data;
  spec.n_companions = companions->len;
  if (!fy_trips_register (self->store, id, &spec, fy_now (), NULL, &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  fy_form_toast (GTK_WIDGET (self), _("Trip registered"));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fy_trip_dialog_dispose (GObject *object)
{
  FyTripDialog *self = FY_TRIP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_TRIP_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_trip_dialog_parent_class)->dispose (object);
}

static void
fy_trip_dialog_class_init (FyTripDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_trip_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-trip-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyTripDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FyTripDialog, person_box);
  gtk_widget_class_bind_template_child (widget_class, FyTripDialog, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, FyTripDialog, destination_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTripDialog, risk_row);
  gtk_widget_class_bind_template_child (widget_class, FyTripDialog, transport_row);
  gtk_widget_class_bind_template_child (widget_class, FyTripDialog, transport_no_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTripDialog, depart_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTripDialog, return_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTripDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTripDialog, companions_list);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_companion_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_trip_dialog_init (FyTripDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

FyTripDialog *
fy_trip_dialog_present (GtkWindow *parent, FyStore *store, gint64 staff_id)
{
  FyTripDialog *self = g_object_new (FY_TYPE_TRIP_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GtkStringList) purposes = fy_form_labels (purpose_label, FY_N_TRIP_PURPOSES);
  g_autoptr(GtkStringList) risks = fy_form_labels (risk_label, FY_N_RISKS);
  g_autoptr(GtkStringList) transports = fy_form_labels (transport_label, FY_N_TRANSPORTS);
  g_autofree char *today = fy_today ();
  GtkWidget *person = staff_id ? fy_form_person_row (store, staff_id, NULL) : NULL;

  self->store = g_object_ref (store);
  self->staff_id = staff_id;
  if (person)
    gtk_box_append (self->person_box, person);
  else
    {
      self->picker = FY_PERSON_PICKER (fy_person_picker_new (store, FALSE));
      gtk_widget_set_size_request (GTK_WIDGET (self->picker), -1, 260);
      gtk_box_append (self->person_box, GTK_WIDGET (self->picker));
    }
  adw_combo_row_set_model (self->purpose_row, G_LIST_MODEL (purposes));
  adw_combo_row_set_model (self->risk_row, G_LIST_MODEL (risks));
  adw_combo_row_set_model (self->transport_row, G_LIST_MODEL (transports));
  gtk_editable_set_text (GTK_EDITABLE (self->depart_entry), today);
  gtk_editable_set_text (GTK_EDITABLE (self->return_entry), today);
  gtk_window_present (GTK_WINDOW (self));
  /* The first thing to type: who travels, or where to. */
  if (self->picker)
    gtk_widget_grab_focus (GTK_WIDGET (fy_person_picker_get_search (self->picker)));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->destination_entry));
  return self;
}
