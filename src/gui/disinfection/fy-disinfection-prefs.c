/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-prefs.c — the Disinfection page of Preferences (see the
 * header). Each row writes its setting at once, as the other pages do. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-disinfection.h"
#include "fy-disinfection-prefs.h"
#include "fy-error-dialog.h"

/* Row i of a rule: 0 = no rule, i = frequency i − 1. */
static GtkStringList *
rule_choices (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("No rule"));
  for (int f = 0; f < FY_DISINFECTION_N_FREQUENCIES; f++)
    gtk_string_list_append (list, fy_disinfection_frequency_label (f));
  return list;
}

static void
on_rule_changed_cb (AdwComboRow *row, GParamSpec *pspec, FyStore *store)
{
  g_autoptr(GError) error = NULL;
  FyZoneLevel level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "fy-level"));
  guint i = adw_combo_row_get_selected (row);

  if (!fy_disinfection_set_rule (store, level, i > 0, i > 0 ? (FyDisinfectionFrequency) (i - 1) : 0, &error))
    fy_show_error (GTK_WIDGET (row), _("The rule was not saved"), error->message);
}

static void
on_shifts_changed_cb (GtkSpinButton *spin, FyStore *store)
{
  g_autoptr(GError) error = NULL;

  if (!fy_disinfection_set_shifts (store, gtk_spin_button_get_value_as_int (spin), &error))
    fy_show_error (GTK_WIDGET (spin), _("The number of shifts was not saved"), error->message);
}

AdwPreferencesPage *
fy_disinfection_prefs_page_new (FyStore *store)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *rules = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *shifts = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *shift_row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, 4, 1);

  adw_preferences_page_set_title (page, _("Disinfection"));
  adw_preferences_page_set_icon_name (page, "weather-showers-scattered-symbolic");
  gtk_widget_set_name (GTK_WIDGET (page), "disinfection");
  adw_preferences_group_set_title (rules, _("Risk rules"));
  adw_preferences_group_set_description (rules, _("The least frequency for an area of each level: a schedule "
                                                  "below it is raised, a schedule above it is kept."));
  for (int level = FY_ZONE_N_LEVELS - 1; level >= 0; level--)
    {
      GtkWidget *row = adw_combo_row_new ();
      FyDisinfectionFrequency frequency = 0;
      gboolean has = fy_disinfection_get_rule (store, level, &frequency);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fy_zone_level_label (level));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (rule_choices ()));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), has ? (guint) frequency + 1 : 0);
      gtk_widget_set_name (row, fy_zone_level_to_code (level));
      g_object_set_data (G_OBJECT (row), "fy-level", GINT_TO_POINTER (level));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_rule_changed_cb), store, 0);
      adw_preferences_group_add (rules, row);
    }
  adw_preferences_group_set_title (shifts, _("Shifts"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (shift_row), _("Shifts a day"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (shift_row),
                               _("“Each shift” asks one disinfection in each equal part of the day from 00:00"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), fy_disinfection_get_shifts (store));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  /* Named once, by the row's title (the activatable widget is labelled by
   * the row): a label of its own too would be read twice. */
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_shifts_changed_cb), store, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (shift_row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (shift_row), spin);
  adw_preferences_group_add (shifts, shift_row);
  adw_preferences_page_add (page, rules);
  adw_preferences_page_add (page, shifts);
  return page;
}
