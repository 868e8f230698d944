/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-prefs.c — the Gate page of Preferences (see the header). Each
 * spin button writes its rule at once, as the other pages do. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-error-dialog.h"
#include "fy-gate-prefs.h"
#include "fy-gate.h"

static void
on_value_changed_cb (GtkSpinButton *spin, FyStore *store)
{
  g_autoptr(GError) error = NULL;
  FyGateRules rules;
  gsize offset = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (spin), "fy-offset"));

  fy_gate_rules_load (store, &rules);
  G_STRUCT_MEMBER (int, &rules, offset) = gtk_spin_button_get_value_as_int (spin);
  if (!fy_gate_rules_save (store, &rules, &error))
    fy_show_error (GTK_WIDGET (spin), _("The gate rule was not saved"), error->message);
}

static void
add_rule (AdwPreferencesGroup *group, FyStore *store, const char *name, const char *title, const char *subtitle,
          gsize offset, int lo, int hi, int step)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lo, hi, step);
  FyGateRules rules;

  fy_gate_rules_load (store, &rules);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (spin, name);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), G_STRUCT_MEMBER (int, &rules, offset));
  g_object_set_data (G_OBJECT (spin), "fy-offset", GSIZE_TO_POINTER (offset));
  /* Named by the row's title (the activatable widget is labelled by it). */
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_value_changed_cb), store, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);
}

AdwPreferencesPage *
fy_gate_prefs_page_new (FyStore *store)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *check = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *dwell = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_page_set_title (page, _("Gate"));
  adw_preferences_page_set_icon_name (page, "system-lock-screen-symbolic");
  gtk_widget_set_name (GTK_WIDGET (page), "gate");
  adw_preferences_group_set_title (check, _("Declarations and the gate check"));
  add_rule (check, store, "test-max-hours", _("Test age limit (hours)"),
            _("A test sampled longer ago than this is refused at the gate"),
            G_STRUCT_OFFSET (FyGateRules, test_max_hours), 12, 168, 1);
  add_rule (check, store, "notice-hours", _("Truck notice (hours)"),
            _("A truck declared less than this before its arrival is flagged late"),
            G_STRUCT_OFFSET (FyGateRules, notice_hours), 0, 168, 1);
  adw_preferences_group_set_title (dwell, _("Time on site"));
  add_rule (dwell, store, "truck-dwell-min", _("Trucks (minutes)"),
            _("A truck inside longer than this is shown overdue"),
            G_STRUCT_OFFSET (FyGateRules, truck_dwell_min), 10, 1440, 5);
  add_rule (dwell, store, "visitor-dwell-min", _("Visitors (minutes)"),
            _("A visitor inside longer than this is shown overdue"),
            G_STRUCT_OFFSET (FyGateRules, visitor_dwell_min), 10, 1440, 10);
  adw_preferences_page_add (page, check);
  adw_preferences_page_add (page, dwell);
  return page;
}
