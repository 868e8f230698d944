/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-preferences.c — the Preferences window over fy-settings: rows are read
 * back into a FyCompanySettings and saved through the core, which validates
 * and writes all keys in one transaction. */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "fy-disinfection-prefs.h"
#include "fy-gate-prefs.h"
#include "fy-plans-prefs.h"
#include "fy-supplies-prefs.h"
#include "fy-a11y.h"
#include "fy-form-util.h"
#include "fy-gui-util.h"

#include "fy-preferences.h"
#include "fy-preferences-private.h"

struct _FyPreferences
{
  AdwPreferencesWindow parent_instance;

  /* template children */
  AdwEntryRow   *company_name_row;
  AdwEntryRow   *address_row;
  AdwEntryRow   *phone_row;
  AdwEntryRow   *officer_row;
  AdwEntryRow   *reviewer_row;
  AdwActionRow  *fever_row;
  GtkSpinButton *fever_spin;
  AdwComboRow   *default_cadence_row;
  AdwComboRow   *high_contact_cadence_row;
  AdwActionRow  *keep_row;
  GtkSpinButton *keep_spin;
  GtkLabel      *company_error;     /* one message line under each group */
  GtkLabel      *signatures_error;
  GtkLabel      *fever_error;
  GtkLabel      *cadence_error;
  GtkLabel      *keep_error;
  AdwActionRow  *retention_row;
  GtkSpinButton *retention_spin;
  GtkLabel      *retention_error;

  /* owned */
  FyStore       *store;
  GArray        *default_hours;     /* int hours per combo position */
  GArray        *high_contact_hours;
  gboolean       loading;           /* filling rows: their signals are not edits */
  gboolean       close_refused;     /* a close was refused once for an invalid value */
  FySettingsField error_field;
};

G_DEFINE_FINAL_TYPE (FyPreferences, fy_preferences, ADW_TYPE_PREFERENCES_WINDOW)

/* The fields shown in this window. */
static const FySettingsField shown_fields[] = {
  FY_SETTINGS_FIELD_COMPANY_NAME,
  FY_SETTINGS_FIELD_ADDRESS,
  FY_SETTINGS_FIELD_PHONE,
  FY_SETTINGS_FIELD_OFFICER,
  FY_SETTINGS_FIELD_REVIEWER,
  FY_SETTINGS_FIELD_FEVER_LINE,
  FY_SETTINGS_FIELD_DEFAULT_CADENCE,
  FY_SETTINGS_FIELD_HIGH_CONTACT_CADENCE,
  FY_SETTINGS_FIELD_BACKUP_KEEP,
  FY_SETTINGS_FIELD_RETENTION_DAYS,
};

/* Cadences offered in the combo rows; any other allowed value already
 * stored (12 h, a week — set from the command line) is added so it shows. */
static const int offered_hours[] = { 24, 48, 72 };

GtkWidget *
fy_preferences_get_field_widget (FyPreferences *self, FySettingsField field)
{
  g_return_val_if_fail (FY_IS_PREFERENCES (self), NULL);

  switch (field)
    {
    case FY_SETTINGS_FIELD_COMPANY_NAME: return GTK_WIDGET (self->company_name_row);
    case FY_SETTINGS_FIELD_ADDRESS: return GTK_WIDGET (self->address_row);
    case FY_SETTINGS_FIELD_PHONE: return GTK_WIDGET (self->phone_row);
    case FY_SETTINGS_FIELD_OFFICER: return GTK_WIDGET (self->officer_row);
    case FY_SETTINGS_FIELD_REVIEWER: return GTK_WIDGET (self->reviewer_row);
    case FY_SETTINGS_FIELD_FEVER_LINE: return GTK_WIDGET (self->fever_spin);
    case FY_SETTINGS_FIELD_DEFAULT_CADENCE: return GTK_WIDGET (self->default_cadence_row);
    case FY_SETTINGS_FIELD_HIGH_CONTACT_CADENCE: return GTK_WIDGET (self->high_contact_cadence_row);
    case FY_SETTINGS_FIELD_BACKUP_KEEP: return GTK_WIDGET (self->keep_spin);
    case FY_SETTINGS_FIELD_RETENTION_DAYS: return GTK_WIDGET (self->retention_spin);
    case FY_SETTINGS_FIELD_NONE:
    default:
      return NULL;
    }
}

/* The row that carries the error style for a field. */
static GtkWidget *
field_row (FyPreferences *self, FySettingsField field)
{
  if (field == FY_SETTINGS_FIELD_FEVER_LINE)
    return GTK_WIDGET (self->fever_row);
  if (field == FY_SETTINGS_FIELD_BACKUP_KEEP)
    return GTK_WIDGET (self->keep_row);
  if (field == FY_SETTINGS_FIELD_RETENTION_DAYS)
    return GTK_WIDGET (self->retention_row);
  return fy_preferences_get_field_widget (self, field);
}

GtkLabel *
fy_preferences_get_error_label (FyPreferences *self, FySettingsField field)
{
  g_return_val_if_fail (FY_IS_PREFERENCES (self), NULL);

  switch (field)
    {
    case FY_SETTINGS_FIELD_COMPANY_NAME:
    case FY_SETTINGS_FIELD_ADDRESS:
    case FY_SETTINGS_FIELD_PHONE:
      return self->company_error;
    case FY_SETTINGS_FIELD_OFFICER:
    case FY_SETTINGS_FIELD_REVIEWER:
      return self->signatures_error;
    case FY_SETTINGS_FIELD_FEVER_LINE:
      return self->fever_error;
    case FY_SETTINGS_FIELD_DEFAULT_CADENCE:
    case FY_SETTINGS_FIELD_HIGH_CONTACT_CADENCE:
      return self->cadence_error;
    case FY_SETTINGS_FIELD_BACKUP_KEEP:
      return self->keep_error;
    case FY_SETTINGS_FIELD_RETENTION_DAYS:
      return self->retention_error;
    case FY_SETTINGS_FIELD_NONE:
    default:
      return NULL;
    }
}

static FySettingsField
field_of_widget (FyPreferences *self, GtkWidget *widget)
{
  for (guint i = 0; i < G_N_ELEMENTS (shown_fields); i++)
    if (fy_preferences_get_field_widget (self, shown_fields[i]) == widget)
      return shown_fields[i];
  return FY_SETTINGS_FIELD_NONE;
}

FySettingsField
fy_preferences_get_error_field (FyPreferences *self)
{
  g_return_val_if_fail (FY_IS_PREFERENCES (self), FY_SETTINGS_FIELD_NONE);
  return self->error_field;
}

static void
toast (FyPreferences *self, const char *text)
{
  AdwToast *t = fy_toast_new_plain (text);

  adw_toast_set_timeout (t, 8);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), t);
}

static void
clear_error (FyPreferences *self)
{
  GtkWidget *row;

  if (self->error_field == FY_SETTINGS_FIELD_NONE)
    return;
  row = field_row (self, self->error_field);
  fy_a11y_set_invalid (row, FALSE);
  gtk_widget_set_tooltip_text (row, NULL);
  gtk_widget_set_visible (GTK_WIDGET (fy_preferences_get_error_label (self, self->error_field)), FALSE);
  self->error_field = FY_SETTINGS_FIELD_NONE;
}

static void
show_error (FyPreferences *self, FySettingsField field, const char *message)
{
  GtkWidget *row;

  clear_error (self);
  self->error_field = field;
  row = field_row (self, field);
  if (row == NULL)
    {
      toast (self, message);
      return;
    }
  fy_a11y_set_invalid (row, TRUE);
  gtk_widget_set_tooltip_text (row, message);
  /* The whole sentence under the field's group (a toast would cut it
   * short), on the page that holds it. */
  gtk_label_set_text (fy_preferences_get_error_label (self, field), message);
  gtk_widget_set_visible (GTK_WIDGET (fy_preferences_get_error_label (self, field)), TRUE);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (self),
                                           ADW_PREFERENCES_PAGE (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_PAGE)));
  toast (self, _("Not saved: see the message under the field."));
}

static void
fill_cadence (AdwComboRow *row, GArray *hours, int current)
{
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GtkStringList) labels = NULL;
  gboolean found = FALSE;
  guint selected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (offered_hours); i++)
    {
      if (!found && current < offered_hours[i] && fy_settings_cadence_allowed (current))
        {
          g_array_append_val (wanted, current);
          found = TRUE;
        }
      if (offered_hours[i] == current)
        found = TRUE;
      g_array_append_val (wanted, offered_hours[i]);
    }
  if (!found && fy_settings_cadence_allowed (current))
    g_array_append_val (wanted, current);
  for (guint i = 0; i < wanted->len; i++)
    if (g_array_index (wanted, int, i) == current)
      selected = i;

  /* Same choices: only move the selection. Replacing the model while the
   * row is telling us about a new selection would pull it from under it. */
  if (wanted->len == hours->len
      && memcmp (wanted->data, hours->data, wanted->len * sizeof (int)) == 0)
    {
      if (adw_combo_row_get_selected (row) != selected)
        adw_combo_row_set_selected (row, selected);
      return;
    }

  g_array_set_size (hours, 0);
  g_array_append_vals (hours, wanted->data, wanted->len);
  labels = gtk_string_list_new (NULL);
  for (guint i = 0; i < hours->len; i++)
    {
      int h = g_array_index (hours, int, i);
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %d hour", "Every %d hours", h), h);
      gtk_string_list_append (labels, label);
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, selected);
}

static void
set_entry_text (AdwEntryRow *row, const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Shows what is stored (normalised), so the rows never lie about it. */
static void
show_settings (FyPreferences *self, const FyCompanySettings *s)
{
  self->loading = TRUE;
  set_entry_text (self->company_name_row, s->company_name);
  set_entry_text (self->address_row, s->address);
  set_entry_text (self->phone_row, s->phone);
  set_entry_text (self->officer_row, s->officer);
  set_entry_text (self->reviewer_row, s->reviewer);
  gtk_spin_button_set_value (self->fever_spin, s->fever_line_tenths / 10.0);
  fill_cadence (self->default_cadence_row, self->default_hours, s->default_cadence_hours);
  fill_cadence (self->high_contact_cadence_row, self->high_contact_hours, s->high_contact_cadence_hours);
  gtk_spin_button_set_value (self->keep_spin, s->backup_keep);
  gtk_spin_button_set_value (self->retention_spin, s->retention_days);
  self->loading = FALSE;
}

static int
cadence_shown (AdwComboRow *row, GArray *hours, int fallback)
{
  guint i = adw_combo_row_get_selected (row);
  return i < hours->len ? g_array_index (hours, int, i) : fallback;
}

static void
take_text (char **slot, AdwEntryRow *row)
{
  g_free (*slot);
  *slot = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

/* Copies one field as shown into the record. */
static void
read_field (FyPreferences *self, FyCompanySettings *s, FySettingsField field)
{
  switch (field)
    {
    case FY_SETTINGS_FIELD_COMPANY_NAME: take_text (&s->company_name, self->company_name_row); break;
    case FY_SETTINGS_FIELD_ADDRESS: take_text (&s->address, self->address_row); break;
    case FY_SETTINGS_FIELD_PHONE: take_text (&s->phone, self->phone_row); break;
    case FY_SETTINGS_FIELD_OFFICER: take_text (&s->officer, self->officer_row); break;
    case FY_SETTINGS_FIELD_REVIEWER: take_text (&s->reviewer, self->reviewer_row); break;
    case FY_SETTINGS_FIELD_FEVER_LINE:
      /* Takes in a value typed but not yet activated. */
      gtk_spin_button_update (self->fever_spin);
      s->fever_line_tenths = (int) lround (gtk_spin_button_get_value (self->fever_spin) * 10.0);
      break;
    case FY_SETTINGS_FIELD_DEFAULT_CADENCE:
      s->default_cadence_hours = cadence_shown (self->default_cadence_row, self->default_hours,
                                                s->default_cadence_hours);
      break;
    case FY_SETTINGS_FIELD_HIGH_CONTACT_CADENCE:
      s->high_contact_cadence_hours = cadence_shown (self->high_contact_cadence_row, self->high_contact_hours,
                                                     s->high_contact_cadence_hours);
      break;
    case FY_SETTINGS_FIELD_BACKUP_KEEP:
      gtk_spin_button_update (self->keep_spin);
      s->backup_keep = gtk_spin_button_get_value_as_int (self->keep_spin);
      break;
    case FY_SETTINGS_FIELD_RETENTION_DAYS:
      gtk_spin_button_update (self->retention_spin);
      s->retention_days = gtk_spin_button_get_value_as_int (self->retention_spin);
      break;
    case FY_SETTINGS_FIELD_NONE:
    default:
      break;
    }
}

/* Saves the given fields as shown over what is stored; the others keep
 * their stored values, so one bad row never blocks another. */
static gboolean
save_fields (FyPreferences *self, const FySettingsField *fields, guint n_fields)
{
  g_autoptr(FyCompanySettings) stored = fy_company_settings_load (self->store);
  g_autoptr(FyCompanySettings) edited = fy_company_settings_copy (stored);
  g_autoptr(GError) error = NULL;
  FySettingsField failed = FY_SETTINGS_FIELD_NONE;

  for (guint i = 0; i < n_fields; i++)
    read_field (self, edited, fields[i]);
  if (fy_company_settings_equal (stored, edited))
    {
      clear_error (self);
      return TRUE;
    }
  if (!fy_company_settings_save (self->store, edited, &failed, &error))
    {
      show_error (self, failed, error->message);
      return FALSE;
    }
  clear_error (self);
  self->close_refused = FALSE;
  /* Normalised values (trimmed names, the phone's canonical form) back on screen. */
  show_settings (self, edited);
  return TRUE;
}

gboolean
fy_preferences_save_all (FyPreferences *self)
{
  g_return_val_if_fail (FY_IS_PREFERENCES (self), FALSE);
  return save_fields (self, shown_fields, G_N_ELEMENTS (shown_fields));
}

static void
save_one (FyPreferences *self, GtkWidget *widget)
{
  FySettingsField field = field_of_widget (self, widget);

  if (self->loading || field == FY_SETTINGS_FIELD_NONE)
    return;
  save_fields (self, &field, 1);
}

static void
on_entry_apply_cb (FyPreferences *self, AdwEntryRow *row)
{
  save_one (self, GTK_WIDGET (row));
}

static void
on_entry_changed_cb (FyPreferences *self, GtkEditable *editable)
{
  if (self->loading)
    return;
  /* Typing into a refused field takes its mark away; the next apply judges. */
  if (self->error_field != FY_SETTINGS_FIELD_NONE
      && field_of_widget (self, GTK_WIDGET (editable)) == self->error_field)
    clear_error (self);
  self->close_refused = FALSE;
}

static void
on_fever_changed_cb (FyPreferences *self, GtkSpinButton *spin)
{
  save_one (self, GTK_WIDGET (spin));
}

static void
on_keep_changed_cb (FyPreferences *self, GtkSpinButton *spin)
{
  save_one (self, GTK_WIDGET (spin));
}

static void
on_retention_changed_cb (FyPreferences *self, GtkSpinButton *spin)
{
  save_one (self, GTK_WIDGET (spin));
}

static void
on_cadence_changed_cb (FyPreferences *self, GParamSpec *pspec, AdwComboRow *row)
{
  save_one (self, GTK_WIDGET (row));
}

static gboolean
fy_preferences_close_request (GtkWindow *window)
{
  FyPreferences *self = FY_PREFERENCES (window);

  /* Text typed but not applied is saved on close. A refused value keeps the
   * window open once, with the reason; closing again discards it. */
  if (self->store != NULL && !fy_preferences_save_all (self) && !self->close_refused)
    {
      self->close_refused = TRUE;
      toast (self, _("That change was not saved. Correct it, or close the window again to discard it."));
      return TRUE;
    }
  return GTK_WINDOW_CLASS (fy_preferences_parent_class)->close_request (window);
}

static void
fy_preferences_dispose (GObject *object)
{
  FyPreferences *self = FY_PREFERENCES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_PREFERENCES);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_preferences_parent_class)->dispose (object);
}

static void
fy_preferences_finalize (GObject *object)
{
  FyPreferences *self = FY_PREFERENCES (object);

  g_clear_pointer (&self->default_hours, g_array_unref);
  g_clear_pointer (&self->high_contact_hours, g_array_unref);
  G_OBJECT_CLASS (fy_preferences_parent_class)->finalize (object);
}

static void
fy_preferences_class_init (FyPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_preferences_dispose;
  object_class->finalize = fy_preferences_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = fy_preferences_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, company_name_row);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, address_row);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, phone_row);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, officer_row);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, reviewer_row);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, fever_row);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, fever_spin);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, default_cadence_row);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, high_contact_cadence_row);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, keep_row);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, keep_spin);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, company_error);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, signatures_error);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, fever_error);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, cadence_error);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, keep_error);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, retention_row);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, retention_spin);
  gtk_widget_class_bind_template_child (widget_class, FyPreferences, retention_error);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_fever_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_keep_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_retention_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cadence_changed_cb);
}

static void
fy_preferences_init (FyPreferences *self)
{
  self->default_hours = g_array_new (FALSE, FALSE, sizeof (int));
  self->high_contact_hours = g_array_new (FALSE, FALSE, sizeof (int));
  /* The template's signals fire while it is built: not edits. */
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = FALSE;
}

FyPreferences *
fy_preferences_new (GtkWindow *parent, FyStore *store)
{
  FyPreferences *self;
  g_autoptr(FyCompanySettings) settings = NULL;

  g_return_val_if_fail (FY_IS_STORE (store), NULL);

  self = g_object_new (FY_TYPE_PREFERENCES, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  settings = fy_company_settings_load (store);
  show_settings (self, settings);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), fy_supplies_prefs_page_new (store));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), fy_disinfection_prefs_page_new (store));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), fy_plans_prefs_page_new (store));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), fy_gate_prefs_page_new (store));
  return self;
}

void
fy_preferences_present (GtkWindow *parent, FyStore *store)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (FY_IS_PREFERENCES (window) && FY_PREFERENCES (window)->store == store)
        {
          gtk_window_present (GTK_WINDOW (window));
          return;
        }
    }
  {
    FyPreferences *self = fy_preferences_new (parent, store);

    gtk_window_present (GTK_WINDOW (self));
    fy_form_focus_first_field (GTK_WINDOW (self));
  }
}
