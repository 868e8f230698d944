/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-test-record-dialog.c — one person's test. Shows the cadence that
 * applies and the last sample, so the officer sees why they are due. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-form-util.h"
#include "fy-person-picker.h"
#include "fy-test-record-dialog.h"
#include "fy-tests.h"
#include "fy-validate.h"

struct _FyTestRecordDialog
{
  AdwWindow       parent_instance;

  /* template children */
  GtkLabel       *error_label;
  GtkBox         *person_box;
  AdwEntryRow    *date_entry;
  AdwEntryRow    *time_entry;
  AdwComboRow    *kind_row;
  AdwComboRow    *sampling_row;
  AdwEntryRow    *place_entry;
  AdwComboRow    *result_row;
  AdwEntryRow    *result_date_entry;
  AdwEntryRow    *result_time_entry;

  /* borrowed */
  FyPersonPicker *picker;        /* when no person was given */
  GtkLabel       *cadence_label;

  /* owned */
  FyStore        *store;
  gint64          staff_id;
};

G_DEFINE_FINAL_TYPE (FyTestRecordDialog, fy_test_record_dialog, ADW_TYPE_WINDOW)

static const char *
kind_label (int kind)
{
  return fy_test_kind_label (kind);
}

static const char *
sampling_label (int sampling)
{
  return fy_test_sampling_label (sampling);
}

static void
on_sampling_kind_changed_cb (AdwComboRow *kind, GParamSpec *pspec, AdwComboRow *sampling)
{
  gtk_widget_set_sensitive (GTK_WIDGET (sampling), adw_combo_row_get_selected (kind) == FY_TEST_PCR);
}

void
fy_test_sampling_row_setup (AdwComboRow *sampling, AdwComboRow *kind, FyTestSampling initial)
{
  g_autoptr(GtkStringList) labels = fy_form_labels (sampling_label, FY_N_SAMPLINGS);

  adw_combo_row_set_model (sampling, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (sampling, initial);
  g_signal_connect_object (kind, "notify::selected", G_CALLBACK (on_sampling_kind_changed_cb), sampling, 0);
  on_sampling_kind_changed_cb (kind, NULL, sampling);
}

FyTestSampling
fy_test_sampling_row_get (AdwComboRow *sampling, AdwComboRow *kind)
{
  if (adw_combo_row_get_selected (kind) != FY_TEST_PCR)
    return FY_SAMPLING_UNKNOWN;
  return adw_combo_row_get_selected (sampling);
}

static const char *
outcome_label (int outcome)
{
  return fy_test_outcome_label (outcome);
}

static const char *
scope_label (FyCadenceScope scope)
{
  switch (scope)
    {
    case FY_CADENCE_POST: return _("rule for the post");
    case FY_CADENCE_DEPARTMENT: return _("rule for the department");
    case FY_CADENCE_HIGH_CONTACT: return _("high-contact post");
    case FY_CADENCE_DEFAULT: default: return _("company default");
    }
}

static gint64
chosen_person (FyTestRecordDialog *self)
{
  return self->picker ? fy_person_picker_get_chosen (self->picker) : self->staff_id;
}

/* "Cadence 24 h (high-contact post) · last nucleic-acid sample 11-20 08:30". */
static void
update_cadence (FyTestRecordDialog *self)
{
  gint64 id = chosen_person (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tests = NULL;
  g_autofree char *today = fy_today ();
  g_autofree char *last = NULL;
  g_autofree char *text = NULL;
  FyCadenceScope scope;
  int hours = 0;
  gint64 now = fy_now ();

  if (id == 0 || !fy_tests_cadence_for_staff (self->store, id, &hours, &scope, &error))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->cadence_label), FALSE);
      return;
    }
  tests = fy_tests_list_for_staff (self->store, id, now - 30 * 24 * 3600, NULL);
  for (guint i = 0; tests && i < tests->len && last == NULL; i++)
    {
      FyTestResult *t = g_ptr_array_index (tests, i);
      if (t->kind == FY_TEST_PCR)
        last = fy_format_instant_short (t->sampled_at, today);
    }
  /* TRANSLATORS: hours, where the cadence comes from, the last sample time or "none …". */
  text = g_strdup_printf (_("Nucleic-acid cadence %d h (%s) · last sample: %s"), hours, scope_label (scope),
                          last ? last : _("none in the last 30 days"));
  gtk_label_set_text (self->cadence_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->cadence_label), TRUE);
}

static void
on_result_changed_cb (FyTestRecordDialog *self)
{
  gboolean known = adw_combo_row_get_selected (self->result_row) != FY_RESULT_PENDING;

  gtk_widget_set_sensitive (GTK_WIDGET (self->result_date_entry), known);
  gtk_widget_set_sensitive (GTK_WIDGET (self->result_time_entry), known);
}

static void
on_save_clicked_cb (FyTestRecordDialog *self)
{
  g_autoptr(GError) error = NULL;
  FyTestOutcome result = adw_combo_row_get_selected (self->result_row);
  gint64 id = chosen_person (self);
  gint64 sampled_at = 0, result_at = 0;

  fy_form_set_error (self->error_label, NULL);
  if (id == 0)
    {
      fy_form_set_error (self->error_label, _("Choose the person who was tested."));
      return;
    }
  if (!fy_form_read_instant (GTK_EDITABLE (self->date_entry), GTK_EDITABLE (self->time_entry), &sampled_at, &error)
      || (result != FY_RESULT_PENDING
          && !fy_form_read_instant (GTK_EDITABLE (self->result_date_entry), GTK_EDITABLE (self->result_time_entry),
                                    &result_at, &error))
      || !fy_tests_record (self->store,
                           &(FyTestRecordInput) { .staff_id = id, .sampled_at = sampled_at,
                                                  .kind = adw_combo_row_get_selected (self->kind_row),
                                                  .place = gtk_editable_get_text (GTK_EDITABLE (self->place_entry)),
                                                  .result = result, .result_at = result_at,
                                                  .sampling = fy_test_sampling_row_get (self->sampling_row,
                                                                                        self->kind_row) },
                           fy_now (), NULL, &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  fy_form_toast (GTK_WIDGET (self), _("Test recorded"));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fy_test_record_dialog_dispose (GObject *object)
{
  FyTestRecordDialog *self = FY_TEST_RECORD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_TEST_RECORD_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_test_record_dialog_parent_class)->dispose (object);
}

static void
fy_test_record_dialog_class_init (FyTestRecordDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_test_record_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-test-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyTestRecordDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FyTestRecordDialog, person_box);
  gtk_widget_class_bind_template_child (widget_class, FyTestRecordDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTestRecordDialog, time_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTestRecordDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FyTestRecordDialog, sampling_row);
  gtk_widget_class_bind_template_child (widget_class, FyTestRecordDialog, place_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTestRecordDialog, result_row);
  gtk_widget_class_bind_template_child (widget_class, FyTestRecordDialog, result_date_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTestRecordDialog, result_time_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_result_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_test_record_dialog_init (FyTestRecordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

FyTestRecordDialog *
fy_test_record_dialog_present (GtkWindow *parent, FyStore *store, gint64 staff_id)
{
  FyTestRecordDialog *self = g_object_new (FY_TYPE_TEST_RECORD_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GtkStringList) kinds = fy_form_labels (kind_label, FY_N_TEST_KINDS);
  g_autoptr(GtkStringList) outcomes = fy_form_labels (outcome_label, FY_N_RESULTS);
  GtkWidget *person = NULL;

  self->store = g_object_ref (store);
  self->staff_id = staff_id;
  if (staff_id)
    person = fy_form_person_row (store, staff_id, NULL);
  if (person)
    gtk_box_append (self->person_box, person);
  else
    {
      self->picker = FY_PERSON_PICKER (fy_person_picker_new (store, FALSE));
      gtk_widget_set_size_request (GTK_WIDGET (self->picker), -1, 260);
      gtk_box_append (self->person_box, GTK_WIDGET (self->picker));
      g_signal_connect_object (self->picker, "changed", G_CALLBACK (update_cadence), self, G_CONNECT_SWAPPED);
    }
  self->cadence_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->cadence_label, 0);
  gtk_label_set_wrap (self->cadence_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->cadence_label), "dim-label");
  gtk_box_append (self->person_box, GTK_WIDGET (self->cadence_label));
  update_cadence (self);

  fy_form_set_now (GTK_EDITABLE (self->date_entry), GTK_EDITABLE (self->time_entry));
  fy_form_set_now (GTK_EDITABLE (self->result_date_entry), GTK_EDITABLE (self->result_time_entry));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  /* One person's own test is usually a single sample (单采). */
  fy_test_sampling_row_setup (self->sampling_row, self->kind_row, FY_SAMPLING_SINGLE);
  adw_combo_row_set_model (self->result_row, G_LIST_MODEL (outcomes));
  adw_combo_row_set_selected (self->result_row, FY_RESULT_PENDING);
  on_result_changed_cb (self);
  gtk_window_present (GTK_WINDOW (self));
  fy_form_focus_first_field (GTK_WINDOW (self));
  return self;
}
