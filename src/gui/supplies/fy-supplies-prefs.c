/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies-prefs.c — the Supplies page of Preferences: the store's name
 * and keeper printed in the title block and signature line of the supply
 * registers (supplies.warehouse, supplies.keeper), and the company's reserve
 * target in days (supplies.reserve_days). A number is saved when it changes,
 * a text when the field is left or Enter is pressed. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-error-dialog.h"
#include "fy-supplies-prefs.h"
#include "fy-supplies-stock.h"
#include "fy-supplies.h"

#define KEY_DATA "fy-setting-key"

static void
save_text (GtkEditable *entry, FyStore *store)
{
  const char *key = g_object_get_data (G_OBJECT (entry), KEY_DATA);
  g_autofree char *stored = fy_store_get_setting (store, key);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (stored ? stored : "", text) == 0)
    return;
  if (!fy_store_set_setting (store, key, text, &error))
    fy_show_error (GTK_WIDGET (entry), _("The setting was not changed"), error->message);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *focus, FyStore *store)
{
  save_text (GTK_EDITABLE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus))), store);
}

static void
on_reserve_changed_cb (GtkSpinButton *spin, FyStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (spin));

  if (gtk_spin_button_get_value_as_int (spin) != fy_supplies_reserve_days (store)
      && !fy_store_set_setting (store, "supplies.reserve_days", text, &error))
    fy_show_error (GTK_WIDGET (spin), _("The setting was not changed"), error->message);
}

/* A row with a text field for one setting; the field is named by the row
 * it activates (its own label would be read twice). */
static GtkWidget *
text_row (FyStore *store, const char *title, const char *subtitle, const char *key, const char *name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *value = fy_store_get_setting (store, key);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_editable_set_text (GTK_EDITABLE (entry), value ? value : "");
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_name (entry, name);
  g_object_set_data_full (G_OBJECT (entry), KEY_DATA, g_strdup (key), g_free);
  g_signal_connect_object (entry, "activate", G_CALLBACK (save_text), store, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave_cb), store, 0);
  gtk_widget_add_controller (entry, focus);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
  return row;
}

AdwPreferencesPage *
fy_supplies_prefs_page_new (FyStore *store)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *reserve = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, 365, 1);

  adw_preferences_page_set_title (page, _("Supplies"));
  adw_preferences_page_set_icon_name (page, "package-x-generic-symbolic");
  gtk_widget_set_name (GTK_WIDGET (page), "supplies");
  adw_preferences_group_set_title (group, _("Store"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (reserve), _("Reserve target in days"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (reserve),
                               _("Stock to keep, in days of planned use, for items that set no target of their own"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), fy_supplies_reserve_days (store));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_name (spin, "reserve-days");
  /* Named by the row it activates (a second label would be read twice). */
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_reserve_changed_cb), store, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (reserve), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (reserve), spin);
  adw_preferences_group_add (group, reserve);

  adw_preferences_group_add (group, text_row (store, _("Warehouse"),
                                              _("Printed in the title block of the supply registers"),
                                              "supplies.warehouse", "warehouse"));
  adw_preferences_group_add (group, text_row (store, _("Store keeper"),
                                              _("Signs the supply registers (保管员)"),
                                              "supplies.keeper", "keeper"));
  adw_preferences_page_add (page, group);
  return page;
}
