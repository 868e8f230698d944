/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff-dialog.c — the person form. Validation lives in core
 * (fy_staff_validate); this only shows its verdict beside the field. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-staff-dialog.h"
#include "fy-staff-dialog-private.h"
#include "fy-vaccination-dialog.h"
#include "fy-validate.h"
#include "fy-window.h"

typedef enum
{
  F_NAME, F_EMPLOYEE_NO, F_GENDER, F_DEPARTMENT, F_TEAM, F_POST, F_HIGH_CONTACT, F_PHONE,
  F_ID_NUMBER, F_DORMITORY, F_OUTSOURCED, F_DOSES, F_STATUS, F_NOTE, N_FIELDS
} FormField;

struct _FyStaffDialog
{
  AdwWindow  parent_instance;

  /* template children */
  GtkGrid   *form;
  GtkLabel  *general_error;
  GtkButton *save_button;
  GtkButton *left_button;
  GtkButton *vaccination_button;

  /* borrowed: the form's widgets */
  GtkWidget *inputs[N_FIELDS];
  GtkLabel  *errors[N_FIELDS];

  /* owned */
  FyStore   *store;
  FyStaff   *staff;
};

G_DEFINE_FINAL_TYPE (FyStaffDialog, fy_staff_dialog, ADW_TYPE_WINDOW)

static FormField
form_field (FyStaffField field)
{
  switch (field)
    {
    case FY_STAFF_FIELD_EMPLOYEE_NO: return F_EMPLOYEE_NO;
    case FY_STAFF_FIELD_NAME: return F_NAME;
    case FY_STAFF_FIELD_PHONE: return F_PHONE;
    case FY_STAFF_FIELD_ID_NUMBER: return F_ID_NUMBER;
    case FY_STAFF_FIELD_VACCINE_DOSES: return F_DOSES;
    case FY_STAFF_FIELD_GENDER: return F_GENDER;
    case FY_STAFF_FIELD_LEFT_ON: return F_STATUS;
    case FY_STAFF_FIELD_NONE: default: return N_FIELDS;
    }
}

static void
add_row (FyStaffDialog *self, int row, FormField f, const char *label, GtkWidget *input)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *error = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 1.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), input);
  if (GTK_IS_DROP_DOWN (input))
    fy_a11y_name (input, label);   /* the focus is on its button, which the mnemonic does not name */
  gtk_widget_set_hexpand (input, TRUE);
  gtk_grid_attach (self->form, title, 0, row * 2, 1, 1);
  gtk_grid_attach (self->form, input, 1, row * 2, 1, 1);

  gtk_label_set_xalign (GTK_LABEL (error), 0.0);
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_add_css_class (error, "caption");
  gtk_widget_set_visible (error, FALSE);
  gtk_grid_attach (self->form, error, 1, row * 2 + 1, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (input), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, error, NULL, -1);

  self->inputs[f] = input;
  self->errors[f] = GTK_LABEL (error);
}

static GtkWidget *
text_entry (const char *value, int max_length)
{
  GtkWidget *entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), value ? value : "");
  gtk_entry_set_max_length (GTK_ENTRY (entry), max_length);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  return entry;
}

static GtkWidget *
switch_input (gboolean active)
{
  GtkWidget *sw = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_halign (sw, GTK_ALIGN_START);
  return sw;
}

static void
build_form (FyStaffDialog *self)
{
  const FyStaff *s = self->staff;
  g_autoptr(GtkStringList) genders = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWidget *gender;
  GtkWidget *doses = gtk_spin_button_new_with_range (0, 9, 1);
  GtkWidget *status;
  int row = 0;

  for (guint i = 0; i < FY_STAFF_N_STATUSES; i++)
    gtk_string_list_append (statuses, fy_staff_status_label (i));
  status = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (statuses)), NULL);

  for (guint i = 0; i < FY_STAFF_N_GENDERS; i++)
    gtk_string_list_append (genders, fy_code_label_text (&fy_staff_gender_labels[i]));
  gender = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (genders)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gender),
                              MAX (fy_code_lookup (fy_staff_gender_labels, FY_STAFF_N_GENDERS, s->gender, 0), 0));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (doses), s->vaccine_doses);
  gtk_widget_set_halign (doses, GTK_ALIGN_START);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), s->status);

  add_row (self, row++, F_NAME, _("_Name"), text_entry (s->name, 64));
  add_row (self, row++, F_EMPLOYEE_NO, _("_Employee No."), text_entry (s->employee_no, 32));
  add_row (self, row++, F_GENDER, _("_Gender"), gender);
  add_row (self, row++, F_DEPARTMENT, _("_Department"), text_entry (s->department, 64));
  add_row (self, row++, F_TEAM, _("_Team"), text_entry (s->team, 64));
  add_row (self, row++, F_POST, _("_Post"), text_entry (s->post, 64));
  add_row (self, row++, F_HIGH_CONTACT, _("_High-contact post"), switch_input (s->high_contact));
  add_row (self, row++, F_PHONE, _("_Mobile phone"), text_entry (s->phone, 24));
  add_row (self, row++, F_ID_NUMBER, _("_ID number"), text_entry (s->id_number, 40));
  add_row (self, row++, F_DORMITORY, _("Do_rmitory"), text_entry (s->dormitory, 64));
  add_row (self, row++, F_OUTSOURCED, _("O_utsourced / dispatched"), switch_input (s->outsourced));
  add_row (self, row++, F_DOSES, _("_Vaccine doses"), doses);
  add_row (self, row++, F_STATUS, _("St_atus"), status);
  add_row (self, row++, F_NOTE, _("N_ote"), text_entry (s->note, 500));

  gtk_widget_set_tooltip_text (self->inputs[F_HIGH_CONTACT],
                               _("Security, cleaning, canteen, logistics and sales posts are tested more often."));
  gtk_widget_set_tooltip_text (self->inputs[F_ID_NUMBER],
                               _("18-character resident ID; the gender and birth date are checked against it."));
}

static const char *
entry_text (FyStaffDialog *self, FormField f)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->inputs[f]));
}

static void
read_form (FyStaffDialog *self, FyStaff *s)
{
#define SET(field, f) G_STMT_START { g_free (s->field); s->field = g_strdup (entry_text (self, f)); } G_STMT_END
  SET (name, F_NAME);
  SET (employee_no, F_EMPLOYEE_NO);
  SET (department, F_DEPARTMENT);
  SET (team, F_TEAM);
  SET (post, F_POST);
  SET (phone, F_PHONE);
  SET (id_number, F_ID_NUMBER);
  SET (dormitory, F_DORMITORY);
  SET (note, F_NOTE);
#undef SET
  g_free (s->gender);
  s->gender = g_strdup (fy_staff_gender_labels[MIN (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->inputs[F_GENDER])),
                                                   FY_STAFF_N_GENDERS - 1)].code);
  s->high_contact = gtk_switch_get_active (GTK_SWITCH (self->inputs[F_HIGH_CONTACT]));
  s->outsourced = gtk_switch_get_active (GTK_SWITCH (self->inputs[F_OUTSOURCED]));
  s->vaccine_doses = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->inputs[F_DOSES]));
  s->status = MIN (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->inputs[F_STATUS])), FY_STAFF_N_STATUSES - 1);
  if (s->id_number && *s->id_number)
    {
      g_free (s->id_kind);
      s->id_kind = g_strdup ("resident");
    }
}

static void
clear_errors (FyStaffDialog *self)
{
  for (int f = 0; f < N_FIELDS; f++)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->errors[f]), FALSE);
      fy_a11y_set_invalid (self->inputs[f], FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
}

static void
show_error (FyStaffDialog *self, FyStaffField field, const char *message)
{
  FormField f = form_field (field);

  if (f == N_FIELDS)
    {
      gtk_label_set_text (self->general_error, message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
      return;
    }
  gtk_label_set_text (self->errors[f], message);
  gtk_widget_set_visible (GTK_WIDGET (self->errors[f]), TRUE);
  fy_a11y_set_invalid (self->inputs[f], TRUE);
  gtk_widget_grab_focus (self->inputs[f]);
}

static void
on_save_clicked_cb (FyStaffDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStaff) edited = fy_staff_copy (self->staff);
  FyStaffField field = FY_STAFF_FIELD_NONE;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gboolean is_new = edited->id == 0;

  clear_errors (self);
  read_form (self, edited);
  if (!fy_staff_save (self->store, edited, &field, &error))
    {
      show_error (self, field, error->message);
      return;
    }
  fy_store_emit_changed (self->store, FY_STORE_CHANGE_STAFF);
  if (FY_IS_WINDOW (parent))
    {
      g_autofree char *msg = g_strdup_printf (is_new ? _("%s added to the roster") : _("%s saved"), edited->name);
      fy_window_toast (FY_WINDOW (parent), msg);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_left_response_cb (AdwMessageDialog *dialog, const char *response, FyStaffDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "left"))
    return;
  if (!fy_staff_mark_left (self->store, self->staff->id, NULL, &error))
    {
      show_error (self, FY_STAFF_FIELD_NONE, error->message);
      return;
    }
  fy_store_emit_changed (self->store, FY_STORE_CHANGE_STAFF);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_vaccination_clicked_cb (FyStaffDialog *self)
{
  fy_vaccination_dialog_present (GTK_WINDOW (self), self->store, self->staff->id);
}

static void
on_left_clicked_cb (FyStaffDialog *self)
{
  g_autofree char *today = fy_today ();
  g_autofree char *body = g_strdup_printf (_("%s will be listed as left on %s and no longer expected for "
                                             "temperature checks or tests. Their records stay in the ledgers."),
                                           self->staff->name, today);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Mark as Left?"), body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "left", _("Mark as _Left"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "left", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_left_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkEditable *
fy_staff_dialog_get_entry (FyStaffDialog *self, FyStaffField field)
{
  FormField f = form_field (field);
  return f < N_FIELDS && GTK_IS_EDITABLE (self->inputs[f]) ? GTK_EDITABLE (self->inputs[f]) : NULL;
}

GtkLabel *
fy_staff_dialog_get_error (FyStaffDialog *self, FyStaffField field)
{
  FormField f = form_field (field);
  return f < N_FIELDS ? self->errors[f] : self->general_error;
}

GtkButton *
fy_staff_dialog_get_save_button (FyStaffDialog *self)
{
  return self->save_button;
}

static void
fy_staff_dialog_dispose (GObject *object)
{
  FyStaffDialog *self = FY_STAFF_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_STAFF_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->staff, fy_staff_free);
  G_OBJECT_CLASS (fy_staff_dialog_parent_class)->dispose (object);
}

static void
fy_staff_dialog_class_init (FyStaffDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_staff_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-staff-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyStaffDialog, form);
  gtk_widget_class_bind_template_child (widget_class, FyStaffDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, FyStaffDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, FyStaffDialog, left_button);
  gtk_widget_class_bind_template_child (widget_class, FyStaffDialog, vaccination_button);
  gtk_widget_class_bind_template_callback (widget_class, on_vaccination_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_left_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_staff_dialog_init (FyStaffDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

FyStaffDialog *
fy_staff_dialog_present (GtkWindow *parent, FyStore *store, gint64 staff_id)
{
  FyStaffDialog *self = g_object_new (FY_TYPE_STAFF_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GError) error = NULL;

  self->store = g_object_ref (store);
  if (staff_id > 0)
    self->staff = fy_staff_get (store, staff_id, &error);
  if (self->staff == NULL)
    self->staff = fy_staff_new ();
  gtk_window_set_title (GTK_WINDOW (self), self->staff->id ? _("Edit Person") : _("Add Person"));
  gtk_widget_set_visible (GTK_WIDGET (self->left_button),
                          self->staff->id != 0 && self->staff->status != FY_STAFF_LEFT);
  build_form (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (self->inputs[F_NAME]);
  return self;
}
