/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cadence-dialog.c — per-post / per-department cadence rules. Each add
 * or removal is one core call (validated, one transaction, audited). */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-cadence-dialog.h"
#include "fy-form-util.h"
#include "fy-tests.h"

struct _FyCadenceDialog
{
  AdwWindow            parent_instance;

  /* template children */
  AdwActionRow        *default_row;
  AdwActionRow        *high_contact_row;
  AdwPreferencesGroup *rules_group;
  AdwComboRow         *scope_row;
  AdwEntryRow         *value_entry;
  GtkSpinButton       *hours_spin;
  GtkLabel            *error_label;

  /* owned */
  FyStore             *store;
  GPtrArray           *rule_rows;   /* borrowed widgets in rules_group */
};

G_DEFINE_FINAL_TYPE (FyCadenceDialog, fy_cadence_dialog, ADW_TYPE_WINDOW)

static void reload (FyCadenceDialog *self);

static GtkWidget *
hours_label (int hours)
{
  g_autofree char *text = g_strdup_printf (_("every %d h"), hours);
  GtkWidget *label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
set_suffix (AdwActionRow *row, int hours)
{
  GtkWidget *old = g_object_get_data (G_OBJECT (row), "fy-suffix");
  GtkWidget *label = hours_label (hours);

  if (old)
    adw_action_row_remove (row, old);
  adw_action_row_add_suffix (row, label);
  g_object_set_data (G_OBJECT (row), "fy-suffix", label);
}

static void
on_remove_clicked_cb (GtkButton *button, FyCadenceDialog *self)
{
  g_autoptr(GError) error = NULL;
  FyCadenceScope scope = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "fy-scope"));
  const char *value = g_object_get_data (G_OBJECT (button), "fy-value");

  fy_form_set_error (self->error_label, NULL);
  if (!fy_tests_set_cadence (self->store, scope, value, 0, &error))
    fy_form_set_error (self->error_label, error->message);
  reload (self);
}

static GtkWidget *
rule_row (FyCadenceDialog *self, const FyCadenceRule *rule)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *tooltip = g_strdup_printf (_("Remove the rule for %s"), rule->value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rule->value);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rule->scope == FY_CADENCE_POST ? _("Post") : _("Department"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), hours_label (rule->hours));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "fy-scope", GINT_TO_POINTER (rule->scope));
  g_object_set_data_full (G_OBJECT (remove), "fy-value", g_strdup (rule->value), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
reload (FyCadenceDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rules = fy_tests_list_cadence_rules (self->store, &error);

  for (guint i = 0; i < self->rule_rows->len; i++)
    adw_preferences_group_remove (self->rules_group, g_ptr_array_index (self->rule_rows, i));
  g_ptr_array_set_size (self->rule_rows, 0);
  if (rules == NULL)
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  for (guint i = 0; i < rules->len; i++)
    {
      FyCadenceRule *rule = g_ptr_array_index (rules, i);
      GtkWidget *row;

      if (rule->scope == FY_CADENCE_DEFAULT)
        set_suffix (self->default_row, rule->hours);
      else if (rule->scope == FY_CADENCE_HIGH_CONTACT)
        set_suffix (self->high_contact_row, rule->hours);
      else
        {
          row = rule_row (self, rule);
          adw_preferences_group_add (self->rules_group, row);
          g_ptr_array_add (self->rule_rows, row);
        }
    }
  if (self->rule_rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No rules yet: everyone follows the company-wide cadence."));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->rules_group, row);
      g_ptr_array_add (self->rule_rows, row);
    }
}

static void
on_add_clicked_cb (FyCadenceDialog *self)
{
  g_autoptr(GError) error = NULL;
  FyCadenceScope scope = adw_combo_row_get_selected (self->scope_row) == 1 ? FY_CADENCE_DEPARTMENT : FY_CADENCE_POST;

  fy_form_set_error (self->error_label, NULL);
  if (!fy_tests_set_cadence (self->store, scope, gtk_editable_get_text (GTK_EDITABLE (self->value_entry)),
                             gtk_spin_button_get_value_as_int (self->hours_spin), &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->value_entry), "");
  reload (self);
}

static void
fy_cadence_dialog_dispose (GObject *object)
{
  FyCadenceDialog *self = FY_CADENCE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_CADENCE_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rule_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (fy_cadence_dialog_parent_class)->dispose (object);
}

static void
fy_cadence_dialog_class_init (FyCadenceDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_cadence_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-cadence-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyCadenceDialog, default_row);
  gtk_widget_class_bind_template_child (widget_class, FyCadenceDialog, high_contact_row);
  gtk_widget_class_bind_template_child (widget_class, FyCadenceDialog, rules_group);
  gtk_widget_class_bind_template_child (widget_class, FyCadenceDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, FyCadenceDialog, value_entry);
  gtk_widget_class_bind_template_child (widget_class, FyCadenceDialog, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, FyCadenceDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_cadence_dialog_init (FyCadenceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rule_rows = g_ptr_array_new ();
}

FyCadenceDialog *
fy_cadence_dialog_present (GtkWindow *parent, FyStore *store)
{
  FyCadenceDialog *self = g_object_new (FY_TYPE_CADENCE_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  reload (self);
  gtk_window_present (GTK_WINDOW (self));
  fy_form_focus_first_field (GTK_WINDOW (self));
  return self;
}
