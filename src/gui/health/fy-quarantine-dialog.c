/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-quarantine-dialog.c — start a quarantine. The plan (end day, test
 * days) is recomputed on every change with fy_quarantine_plan, the same
 * function the core stores from, so what is shown is what is saved. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-form-util.h"
#include "fy-person-picker.h"
#include "fy-quarantine-dialog.h"
#include "fy-quarantine-dialog-private.h"
#include "fy-quarantine.h"
#include "fy-validate.h"

struct _FyQuarantineDialog
{
  AdwWindow            parent_instance;

  /* template children */
  GtkLabel            *error_label;
  GtkBox              *person_box;
  AdwComboRow         *reason_row;
  AdwComboRow         *template_row;
  AdwEntryRow         *start_entry;
  AdwEntryRow         *place_entry;
  AdwEntryRow         *note_entry;
  AdwPreferencesGroup *phases_group;
  GtkListBox          *phases_list;
  GtkButton           *add_phase_button;
  GtkLabel            *plan_label;

  /* borrowed */
  FyPersonPicker      *picker;

  /* owned */
  FyStore             *store;
  gint64               staff_id;
  GPtrArray           *templates;    /* FyQuarantineTemplate*, in the combo's order */
};

G_DEFINE_FINAL_TYPE (FyQuarantineDialog, fy_quarantine_dialog, ADW_TYPE_WINDOW)

static void update_plan (FyQuarantineDialog *self);

static const char *
reason_label (int reason)
{
  return fy_quarantine_reason_label (reason);
}

static const char *
kind_label (int kind)
{
  return fy_quarantine_kind_label (kind);
}

static const FyQuarantineTemplate *
chosen_template (FyQuarantineDialog *self)
{
  guint sel = adw_combo_row_get_selected (self->template_row);
  return sel < self->templates->len ? g_ptr_array_index (self->templates, sel) : NULL;
}

static gboolean
is_custom (FyQuarantineDialog *self)
{
  const FyQuarantineTemplate *t = chosen_template (self);
  return t && t->phases->len == 0;
}

/* The phases in force: the template's, or the custom rows. Borrowed
 * strings (the template's, or the entries' text). */
static GArray *
current_phases (FyQuarantineDialog *self)
{
  const FyQuarantineTemplate *t = chosen_template (self);
  GArray *phases = g_array_new (FALSE, TRUE, sizeof (FyQuarantinePhase));

  if (t == NULL)
    return phases;
  if (!is_custom (self))
    {
      for (guint i = 0; i < t->phases->len; i++)
        g_array_append_vals (phases, g_ptr_array_index (t->phases, i), 1);
      return phases;
    }
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->phases_list)); row;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      GtkWidget *kind = gtk_widget_get_first_child (box);
      GtkWidget *days = gtk_widget_get_next_sibling (kind);
      GtkWidget *tests = gtk_widget_get_next_sibling (days);
      FyQuarantinePhase p = {
        .kind = gtk_drop_down_get_selected (GTK_DROP_DOWN (kind)),
        .days = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (days)),
        .test_days = (char *) gtk_editable_get_text (GTK_EDITABLE (tests)),
      };
      g_array_append_val (phases, p);
    }
  return phases;
}

static void
update_plan (FyQuarantineDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) phases = NULL;
  g_autoptr(FyQuarantinePlan) plan = NULL;
  g_autofree char *text = NULL;

  if (self->templates == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->phases_group), is_custom (self));
  phases = current_phases (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_phase_button),
                            !is_custom (self) || phases->len < FY_QUARANTINE_MAX_PHASES);
  plan = fy_quarantine_plan (gtk_editable_get_text (GTK_EDITABLE (self->start_entry)),
                             (const FyQuarantinePhase *) (gpointer) phases->data, phases->len, &error);
  text = plan ? fy_form_describe_plan (plan) : g_strdup (error->message);
  gtk_label_set_text (self->plan_label, text);
  g_object_set_data (G_OBJECT (self->plan_label), "fy-plan-ok", GINT_TO_POINTER (plan != NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->plan_label), TRUE);
  if (plan)
    gtk_widget_remove_css_class (GTK_WIDGET (self->plan_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->plan_label), "dim-label");
}

static void
on_input_changed_cb (FyQuarantineDialog *self)
{
  update_plan (self);
}

static void
on_remove_phase_cb (GtkButton *button, FyQuarantineDialog *self)
{
  gtk_list_box_remove (self->phases_list, gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW));
  update_plan (self);
}

static void
add_phase (FyQuarantineDialog *self, FyQuarantineKind kind, int days, const char *test_days)
{
  g_autoptr(GtkStringList) kinds = fy_form_labels (kind_label, FY_N_QUARANTINE_KINDS);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *kind_dd = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (kinds)), NULL);
  GtkWidget *days_spin = gtk_spin_button_new_with_range (1, FY_QUARANTINE_MAX_PHASE_DAYS, 1);
  GtkWidget *tests = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind_dd), kind);
  gtk_widget_set_tooltip_text (kind_dd, _("Where the phase is spent"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (days_spin), days);
  gtk_widget_set_tooltip_text (days_spin, _("Days"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (days_spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Days"), -1);
  gtk_editable_set_text (GTK_EDITABLE (tests), test_days);
  gtk_entry_set_placeholder_text (GTK_ENTRY (tests), _("Test days, e.g. 1,3,5"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (tests), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Test days"), -1);
  gtk_widget_set_hexpand (tests, TRUE);
  gtk_widget_set_tooltip_text (remove, _("Remove this phase"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove this phase"), -1);
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect_swapped (kind_dd, "notify::selected", G_CALLBACK (update_plan), self);
  g_signal_connect_swapped (days_spin, "value-changed", G_CALLBACK (update_plan), self);
  g_signal_connect_swapped (tests, "changed", G_CALLBACK (update_plan), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_phase_cb), self);
  gtk_box_append (GTK_BOX (box), kind_dd);
  gtk_box_append (GTK_BOX (box), days_spin);
  gtk_box_append (GTK_BOX (box), tests);
  gtk_box_append (GTK_BOX (box), remove);
  g_object_set (box, "margin-start", 6, "margin-end", 6, "margin-top", 6, "margin-bottom", 6, NULL);
  gtk_list_box_append (self->phases_list, box);
}

static void
on_add_phase_clicked_cb (FyQuarantineDialog *self)
{
  add_phase (self, FY_QUARANTINE_HOME, 7, "");
  update_plan (self);
}

static void
on_save_clicked_cb (FyQuarantineDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) phases = current_phases (self);
  const FyQuarantineTemplate *t = chosen_template (self);
  gint64 id = self->picker ? fy_person_picker_get_chosen (self->picker) : self->staff_id;
  FyQuarantineSpec spec = {
    .staff_id = id,
    .template_code = t ? t->code : NULL,
    .start_day = gtk_editable_get_text (GTK_EDITABLE (self->start_entry)),
    .reason = adw_combo_row_get_selected (self->reason_row),
    .place = gtk_editable_get_text (GTK_EDITABLE (self->place_entry)),
    .note = gtk_editable_get_text (GTK_EDITABLE (self->note_entry)),
    .custom_phases = is_custom (self) ? (const FyQuarantinePhase *) (gpointer) phases->data : NULL,
    .n_custom_phases = is_custom (self) ? phases->len : 0,
  };

  fy_form_set_error (self->error_label, NULL);
  if (id == 0)
    {
      fy_form_set_error (self->error_label, _("Choose the person to put under quarantine."));
      return;
    }
  if (spec.reason == FY_QUARANTINE_REASON_NONE)
    {
      fy_form_set_error (self->error_label, _("Choose the reason for the quarantine."));
      return;
    }
  if (!fy_quarantine_start (self->store, &spec, fy_now (), NULL, &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  fy_form_toast (GTK_WIDGET (self), _("Quarantine started"));
  gtk_window_destroy (GTK_WINDOW (self));
}

const char *
fy_quarantine_dialog_get_plan_text (FyQuarantineDialog *self)
{
  return g_object_get_data (G_OBJECT (self->plan_label), "fy-plan-ok") ? gtk_label_get_text (self->plan_label) : "";
}

static void
fy_quarantine_dialog_dispose (GObject *object)
{
  FyQuarantineDialog *self = FY_QUARANTINE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_QUARANTINE_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  G_OBJECT_CLASS (fy_quarantine_dialog_parent_class)->dispose (object);
}

static void
fy_quarantine_dialog_class_init (FyQuarantineDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_quarantine_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-quarantine-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyQuarantineDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FyQuarantineDialog, person_box);
  gtk_widget_class_bind_template_child (widget_class, FyQuarantineDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, FyQuarantineDialog, template_row);
  gtk_widget_class_bind_template_child (widget_class, FyQuarantineDialog, start_entry);
  gtk_widget_class_bind_template_child (widget_class, FyQuarantineDialog, place_entry);
  gtk_widget_class_bind_template_child (widget_class, FyQuarantineDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, FyQuarantineDialog, phases_group);
  gtk_widget_class_bind_template_child (widget_class, FyQuarantineDialog, phases_list);
  gtk_widget_class_bind_template_child (widget_class, FyQuarantineDialog, add_phase_button);
  gtk_widget_class_bind_template_child (widget_class, FyQuarantineDialog, plan_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_input_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_phase_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_quarantine_dialog_init (FyQuarantineDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

FyQuarantineDialog *
fy_quarantine_dialog_present (GtkWindow *parent, FyStore *store, gint64 staff_id)
{
  FyQuarantineDialog *self = g_object_new (FY_TYPE_QUARANTINE_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) templates = fy_quarantine_list_templates (store, &error);
  g_autoptr(GtkStringList) reasons = fy_form_labels (reason_label, FY_N_QUARANTINE_REASONS);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *today = fy_today ();
  GtkWidget *person = staff_id ? fy_form_person_row (store, staff_id, NULL) : NULL;

  self->store = g_object_ref (store);
  self->staff_id = staff_id;
  if (person)
    gtk_box_append (self->person_box, person);
  else
    {
      self->picker = FY_PERSON_PICKER (fy_person_picker_new (store, FALSE));
      gtk_widget_set_size_request (GTK_WIDGET (self->picker), -1, 240);
      gtk_box_append (self->person_box, GTK_WIDGET (self->picker));
    }
  adw_combo_row_set_model (self->reason_row, G_LIST_MODEL (reasons));
  adw_combo_row_set_selected (self->reason_row, FY_QUARANTINE_REASON_CLOSE_CONTACT);
  if (templates == NULL)
    {
      fy_form_set_error (self->error_label, error->message);
      templates = g_ptr_array_new ();
    }
  for (guint i = 0; i < templates->len; i++)
    gtk_string_list_append (names, fy_quarantine_template_label (g_ptr_array_index (templates, i)));
  self->templates = g_steal_pointer (&templates);
  /* A custom quarantine starts from one editable phase. */
  add_phase (self, FY_QUARANTINE_HOME, 7, "1,3,5,7");
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), today);
  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (names));
  update_plan (self);
  gtk_window_present (GTK_WINDOW (self));
  fy_form_focus_first_field (GTK_WINDOW (self));
  return self;
}
