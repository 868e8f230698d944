/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-test-round-dialog.c — create a test round. The core validates (sample
 * time not in the future, place, people) and writes it in one
 * transaction; this shows its verdict above the form. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-form-util.h"
#include "fy-person-picker.h"
#include "fy-test-record-dialog.h"
#include "fy-test-round-dialog.h"
#include "fy-tests.h"

struct _FyTestRoundDialog
{
  AdwWindow       parent_instance;

  /* template children */
  GtkLabel       *error_label;
  AdwEntryRow    *date_entry;
  AdwEntryRow    *time_entry;
  AdwComboRow    *kind_row;
  AdwComboRow    *sampling_row;
  AdwEntryRow    *place_entry;
  AdwEntryRow    *note_entry;
  GtkToggleButton *group_toggle;
  GtkToggleButton *people_toggle;
  GtkStack       *who_stack;
  AdwComboRow    *department_row;
  AdwComboRow    *team_row;
  GtkBox         *people_box;
  GtkLabel       *summary_label;
  GtkButton      *create_button;

  /* borrowed */
  FyPersonPicker *picker;

  /* owned */
  FyStore        *store;
  GStrv           departments;    /* combo item i + 1 */
  GStrv           teams;
};

G_DEFINE_FINAL_TYPE (FyTestRoundDialog, fy_test_round_dialog, ADW_TYPE_WINDOW)

static const char *
kind_label (int kind)
{
  return fy_test_kind_label (kind);
}

static const char *
combo_value (AdwComboRow *row, GStrv values)
{
  guint sel = adw_combo_row_get_selected (row);

  if (sel == 0 || sel == GTK_INVALID_LIST_POSITION || values == NULL || sel > g_strv_length (values))
    return "";
  return values[sel - 1];
}

static void
fill_combo (AdwComboRow *row, const char *all_label, GStrv values, const char *select)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint sel = 0;

  gtk_string_list_append (list, all_label);
  for (guint i = 0; values && values[i]; i++)
    {
      gtk_string_list_append (list, values[i]);
      if (select && g_str_equal (values[i], select))
        sel = i + 1;
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (row, sel);
}

static gboolean
by_people (FyTestRoundDialog *self)
{
  return gtk_toggle_button_get_active (self->people_toggle);
}

static void
update_summary (FyTestRoundDialog *self)
{
  g_autofree char *text = NULL;

  if (by_people (self))
    {
      guint n = fy_person_picker_get_n_chosen (self->picker);
      text = n ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u chosen person will be listed.",
                                               "%u chosen people will be listed.", n), n)
               : g_strdup (_("Tick the people to sample."));
    }
  else
    {
      const char *department = combo_value (self->department_row, self->departments);
      const char *team = combo_value (self->team_row, self->teams);
      FyStaffFilter filter = { .department = department, .team = team, .status = FY_STAFF_ON_SITE };
      gint64 n = fy_staff_count (self->store, &filter, NULL);
      g_autofree char *who = *team ? g_strdup_printf ("%s %s", *department ? department : "", team)
                           : *department ? g_strdup (department) : g_strdup (_("the whole company"));
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Everyone on site in %s: %d person now.",
                                           "Everyone on site in %s: %d people now.", (gulong) n),
                              g_strstrip (who), (int) n);
    }
  gtk_label_set_text (self->summary_label, text);
}

static void
on_who_changed_cb (FyTestRoundDialog *self)
{
  update_summary (self);
}

static void
on_department_changed_cb (FyTestRoundDialog *self)
{
  g_strfreev (self->teams);
  self->teams = fy_staff_list_teams (self->store, combo_value (self->department_row, self->departments));
  fill_combo (self->team_row, _("All teams"), self->teams, NULL);
  update_summary (self);
}

static void
on_mode_toggled_cb (FyTestRoundDialog *self)
{
  gtk_stack_set_visible_child_name (self->who_stack, by_people (self) ? "people" : "group");
  update_summary (self);
}

static void
on_create_clicked_cb (FyTestRoundDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  FyHealthFilter filter = {
    .department = combo_value (self->department_row, self->departments),
    .team = combo_value (self->team_row, self->teams),
  };
  gint64 sampled_at = 0;
  gint64 round_id = 0;
  guint n = 0;

  fy_form_set_error (self->error_label, NULL);
  if (by_people (self))
    {
      ids = fy_person_picker_dup_chosen_ids (self->picker);
      if (ids->len == 0)
        {
          fy_form_set_error (self->error_label, _("Choose at least one person for the test round."));
          return;
        }
    }
  if (!fy_form_read_instant (GTK_EDITABLE (self->date_entry), GTK_EDITABLE (self->time_entry), &sampled_at, &error)
      || !fy_tests_create_round (self->store,
                                 &(FyTestRoundInput) { .sampled_at = sampled_at,
                                                       .kind = adw_combo_row_get_selected (self->kind_row),
                                                       .place = gtk_editable_get_text (GTK_EDITABLE (self->place_entry)),
                                                       .note = gtk_editable_get_text (GTK_EDITABLE (self->note_entry)),
                                                       .filter = &filter, .staff_ids = ids,
                                                       .sampling = fy_test_sampling_row_get (self->sampling_row,
                                                                                             self->kind_row) },
                                 fy_now (), &round_id, &n, &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  {
    g_autofree char *msg = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "Test round created for %u person, result pending",
                                                         "Test round created for %u people, results pending", n), n);
    fy_form_toast (GTK_WIDGET (self), msg);
  }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fy_test_round_dialog_dispose (GObject *object)
{
  FyTestRoundDialog *self = FY_TEST_ROUND_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_TEST_ROUND_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->departments, g_strfreev);
  g_clear_pointer (&self->teams, g_strfreev);
  G_OBJECT_CLASS (fy_test_round_dialog_parent_class)->dispose (object);
}

static void
fy_test_round_dialog_class_init (FyTestRoundDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_test_round_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-test-round-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, time_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, sampling_row);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, place_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, group_toggle);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, people_toggle);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, who_stack);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, team_row);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, people_box);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FyTestRoundDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_department_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_who_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_test_round_dialog_init (FyTestRoundDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

FyTestRoundDialog *
fy_test_round_dialog_present (GtkWindow *parent, FyStore *store, const char *department, GArray *staff_ids)
{
  FyTestRoundDialog *self = g_object_new (FY_TYPE_TEST_ROUND_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GtkStringList) kinds = fy_form_labels (kind_label, FY_N_TEST_KINDS);

  self->store = g_object_ref (store);
  fy_form_set_now (GTK_EDITABLE (self->date_entry), GTK_EDITABLE (self->time_entry));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, FY_TEST_PCR);
  /* A company-wide round is usually pooled (混采, ten people a tube). */
  fy_test_sampling_row_setup (self->sampling_row, self->kind_row, FY_SAMPLING_POOLED);

  self->departments = fy_staff_list_departments (store);
  fill_combo (self->department_row, _("All departments"), self->departments, department);
  /* fill_combo may not have changed the selection: fill the teams anyway. */
  on_department_changed_cb (self);

  self->picker = FY_PERSON_PICKER (fy_person_picker_new (store, TRUE));
  gtk_widget_set_size_request (GTK_WIDGET (self->picker), -1, 320);
  gtk_box_append (self->people_box, GTK_WIDGET (self->picker));
  g_signal_connect_object (self->picker, "changed", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  if (staff_ids && staff_ids->len)
    {
      fy_person_picker_add_chosen (self->picker, (const gint64 *) (gpointer) staff_ids->data, staff_ids->len);
      gtk_toggle_button_set_active (self->people_toggle, TRUE);
    }
  update_summary (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->place_entry));
  return self;
}
