/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-prefs.c — the Plans page of Preferences: how many days may pass
 * without a drill before Today reminds (plans.drill_interval_days). Each
 * change is saved at once, like the other preference pages. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-error-dialog.h"
#include "fy-plans-prefs.h"
#include "fy-plans.h"

static void
on_interval_changed_cb (GtkSpinButton *spin, FyStore *store)
{
  g_autoptr(GError) error = NULL;
  int days = gtk_spin_button_get_value_as_int (spin);

  if (days != fy_drill_interval_days (store) && !fy_drill_set_interval_days (store, days, &error))
    fy_show_error (GTK_WIDGET (spin), _("The drill interval was not changed"), error->message);
}

AdwPreferencesPage *
fy_plans_prefs_page_new (FyStore *store)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *drills = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (FY_DRILL_INTERVAL_MIN, FY_DRILL_INTERVAL_MAX, 1);

  adw_preferences_page_set_title (page, _("Plans"));
  adw_preferences_page_set_icon_name (page, "view-list-bullet-symbolic");
  gtk_widget_set_name (GTK_WIDGET (page), "plans");
  adw_preferences_group_set_title (drills, _("Drills"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Drill reminder interval in days"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Today reminds when no drill was held within this many days"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), fy_drill_interval_days (store));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_name (spin, "drill-interval");
  /* Named by the row it activates (a second label would be read twice). */
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_interval_changed_cb), store, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (drills, row);
  adw_preferences_page_add (page, drills);
  return page;
}
