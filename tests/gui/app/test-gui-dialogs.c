/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Preferences window, the Backups dialog and the shortcuts window, built
 * for real under Xvfb: values typed into the rows reach the store (normalised),
 * refused values save nothing, "Back Up Now" writes a verified file off the
 * main thread, a restore through the running application replaces the data
 * and the main window, and every shortcut listed is really bound. */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "fy-application.h"
#include "fy-backup.h"
#include "fy-backups-dialog-private.h"
#include "fy-backups-dialog.h"
#include "fy-daily-entry-private.h"
#include "fy-daily-entry.h"
#include "fy-gate-check-dialog.h"
#include "fy-gate-page.h"
#include "fy-gui-test-support.h"
#include "fy-preferences-private.h"
#include "fy-preferences.h"
#include "fy-settings.h"
#include "fy-staff-page.h"
#include "fy-staff.h"
#include "fy-window-private.h"
#include "fy-zone-canvas.h"

/* As a person would: the dialog's own button. */
static void
click (GtkWidget *root, const char *label)
{
  fy_gui_test_click (fy_gui_test_find_button (root, label));
}

static FyPreferences *
open_preferences (FyStore *store)
{
  FyPreferences *prefs = fy_preferences_new (NULL, store);
  gtk_window_present (GTK_WINDOW (prefs));
  fy_gui_test_iterate ();
  return prefs;
}

static void
test_preferences_saves_rows (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyPreferences *prefs = open_preferences (store);
  GtkWidget *name_row = fy_preferences_get_field_widget (prefs, FY_SETTINGS_FIELD_COMPANY_NAME);
  GtkWidget *officer_row = fy_preferences_get_field_widget (prefs, FY_SETTINGS_FIELD_OFFICER);
  GtkWidget *phone_row = fy_preferences_get_field_widget (prefs, FY_SETTINGS_FIELD_PHONE);
  GtkWidget *cadence_row = fy_preferences_get_field_widget (prefs, FY_SETTINGS_FIELD_HIGH_CONTACT_CADENCE);
  GtkWidget *keep_spin = fy_preferences_get_field_widget (prefs, FY_SETTINGS_FIELD_BACKUP_KEEP);
  GListModel *cadences;

  g_assert_true (ADW_IS_ENTRY_ROW (name_row));
  g_assert_true (ADW_IS_COMBO_ROW (cadence_row));
  g_assert_true (GTK_IS_SPIN_BUTTON (keep_spin));

  /* Applying a row saves it, normalised (ideographic space, trailing blanks). */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "\u3000星河精密制造有限公司  ");
  g_signal_emit_by_name (name_row, "apply");
  fy_gui_test_iterate ();
  fy_test_assert_setting (store, "company.name", "星河精密制造有限公司");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "星河精密制造有限公司");

  /* A bad phone is refused beside its row; nothing is written. */
  gtk_editable_set_text (GTK_EDITABLE (phone_row), "12345");
  g_signal_emit_by_name (phone_row, "apply");
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_preferences_get_error_field (prefs), ==, FY_SETTINGS_FIELD_PHONE);
  g_assert_true (gtk_widget_has_css_class (phone_row, "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fy_preferences_get_error_label (prefs, FY_SETTINGS_FIELD_PHONE))));
  fy_test_assert_setting (store, "company.phone", "");
  /* Corrected: saved in its canonical form, the mark goes away. */
  gtk_editable_set_text (GTK_EDITABLE (phone_row), "０７５５ ２７１２３４５６");
  g_signal_emit_by_name (phone_row, "apply");
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_preferences_get_error_field (prefs), ==, FY_SETTINGS_FIELD_NONE);
  g_assert_false (gtk_widget_has_css_class (phone_row, "error"));
  fy_test_assert_setting (store, "company.phone", "0755-27123456");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (phone_row)), ==, "0755-27123456");

  /* Combo rows save on change: 24 h (default for high-contact) → 48 h. */
  cadences = adw_combo_row_get_model (ADW_COMBO_ROW (cadence_row));
  g_assert_cmpuint (g_list_model_get_n_items (cadences), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (cadence_row)), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (cadence_row), 1);
  fy_gui_test_iterate ();
  fy_test_assert_setting (store, "cadence.high_contact_hours", "48");

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (keep_spin), 20);
  fy_gui_test_iterate ();
  fy_test_assert_setting (store, "backup.keep", "20");
  {
    GtkWidget *retention = fy_preferences_get_field_widget (prefs, FY_SETTINGS_FIELD_RETENTION_DAYS);
    g_assert_true (GTK_IS_SPIN_BUTTON (retention));
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (retention), 365);
    fy_gui_test_iterate ();
    fy_test_assert_setting (store, "retention_days", "365");
  }

  /* Typed but not applied: saved when the window closes. */
  gtk_editable_set_text (GTK_EDITABLE (officer_row), " 李娜 ");
  fy_gui_test_iterate ();
  fy_test_assert_setting (store, "officer", "");
  gtk_window_close (GTK_WINDOW (prefs));
  fy_gui_test_iterate ();
  g_assert_false (fy_gui_test_is_toplevel (prefs));
  fy_test_assert_setting (store, "officer", "李娜");
  /* The window showed what the store holds afterwards. */
  {
    g_autoptr(FyCompanySettings) s = fy_company_settings_load (store);
    g_assert_cmpstr (s->company_name, ==, "星河精密制造有限公司");
    g_assert_cmpint (s->high_contact_cadence_hours, ==, 48);
  }
  fy_gui_test_destroy_all_windows ();
}

static void
test_preferences_refuses_fever_line (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyPreferences *prefs = open_preferences (store);
  GtkWidget *spin = fy_preferences_get_field_widget (prefs, FY_SETTINGS_FIELD_FEVER_LINE);
  GtkWidget *row = gtk_widget_get_ancestor (spin, ADW_TYPE_ACTION_ROW);
  GtkLabel *message;

  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  g_assert_nonnull (row);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), 37.3, 0.001);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 39.0);
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_preferences_get_error_field (prefs), ==, FY_SETTINGS_FIELD_FEVER_LINE);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  /* The sentence is shown in full under the group, naming the range. */
  message = fy_preferences_get_error_label (prefs, FY_SETTINGS_FIELD_FEVER_LINE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_nonnull (strstr (gtk_label_get_text (message), "38.5"));
  fy_test_assert_setting (store, "fever_line", "373");
  g_assert_cmpint (fy_store_get_setting_int (store, "fever_line"), ==, 373);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 36.5);
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_preferences_get_error_field (prefs), ==, FY_SETTINGS_FIELD_FEVER_LINE);
  g_assert_cmpint (fy_store_get_setting_int (store, "fever_line"), ==, 373);

  /* 0.1 steps inside the allowed range are saved as tenths. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 37.5);
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_preferences_get_error_field (prefs), ==, FY_SETTINGS_FIELD_NONE);
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpint (fy_store_get_setting_int (store, "fever_line"), ==, 375);

  /* A refused value keeps the window open once; closing again discards it. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 38.6);
  fy_gui_test_iterate ();
  gtk_window_close (GTK_WINDOW (prefs));
  fy_gui_test_iterate ();
  g_assert_true (fy_gui_test_is_toplevel (prefs));
  gtk_window_close (GTK_WINDOW (prefs));
  fy_gui_test_iterate ();
  g_assert_false (fy_gui_test_is_toplevel (prefs));
  g_assert_cmpint (fy_store_get_setting_int (store, "fever_line"), ==, 375);
  fy_gui_test_destroy_all_windows ();
}

static gboolean
is_idle (gpointer dialog)
{
  return !fy_backups_dialog_get_busy (dialog);
}

/* Until the worker's result is dispatched. */
static void
wait_while_busy (FyBackupsDialog *dialog)
{
  fy_gui_test_wait_until (is_idle, dialog);
}

static guint
count_rows (GtkWidget *dialog)
{
  GtkWidget *list = fy_gui_test_find_child_of_type (dialog, GTK_TYPE_LIST_BOX);
  guint n = 0;

  g_assert_nonnull (list);
  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    if (ADW_IS_ACTION_ROW (c))
      n++;
  return n;
}

static void
test_backup_now (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyBackupsDialog *dialog = fy_backups_dialog_present (NULL, store);
  const FyBackupInfo *info;
  g_autofree char *dir = fy_backup_dir (store);

  fy_gui_test_iterate ();
  g_assert_cmpuint (fy_backups_dialog_get_n_backups (dialog), ==, 0);
  g_assert_cmpuint (count_rows (GTK_WIDGET (dialog)), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "backups.create", NULL));
  g_assert_true (fy_backups_dialog_get_busy (dialog));
  wait_while_busy (dialog);

  g_assert_cmpuint (fy_backups_dialog_get_n_backups (dialog), ==, 1);
  g_assert_cmpuint (count_rows (GTK_WIDGET (dialog)), ==, 1);
  info = fy_backups_dialog_get_backup (dialog, 0);
  g_assert_cmpstr (info->reason, ==, "manual");
  g_assert_true (g_str_has_prefix (info->path, dir));
  g_assert_true (g_file_test (info->path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (info->size, >, 0);
  g_assert_true (fy_backup_verify (info->path, NULL));

  /* A second one is listed first (newest first). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "backups.create", NULL));
  wait_while_busy (dialog);
  g_assert_cmpuint (fy_backups_dialog_get_n_backups (dialog), ==, 2);
  g_assert_cmpint (fy_backups_dialog_get_backup (dialog, 0)->mtime_ns, >=,
                   fy_backups_dialog_get_backup (dialog, 1)->mtime_ns);
  g_assert_cmpstr (fy_backups_dialog_reason_label ("daily"), !=, "");
  fy_gui_test_destroy_all_windows ();
}

static void
test_rescue_lists_backups (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autofree char *db_path = g_strdup (fy_store_get_path (store));
  g_autofree char *backup = NULL;
  FyBackupsDialog *dialog;

  g_assert_true (fy_backup_create (store, "daily", &backup, &error));
  g_assert_no_error (error);
  fy_store_close (store);
  g_assert_finalize_object (g_steal_pointer (&store));
  /* As after a damaged database was moved aside: no file at the path. */
  g_assert_cmpint (g_remove (db_path), ==, 0);

  dialog = fy_backups_dialog_present_rescue (NULL, db_path);
  fy_gui_test_iterate ();
  g_assert_cmpuint (fy_backups_dialog_get_n_backups (dialog), ==, 1);
  g_assert_cmpstr (fy_backups_dialog_get_backup (dialog, 0)->path, ==, backup);
  g_assert_cmpuint (count_rows (GTK_WIDGET (dialog)), ==, 1);
  /* No store to back up from: "Back Up Now" does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "backups.create", NULL);
  g_assert_false (fy_backups_dialog_get_busy (dialog));

  /* The core restore the dialog runs puts the backup in place. */
  g_assert_true (fy_backup_restore (db_path, backup, &error));
  g_assert_no_error (error);
  store = fy_store_open (db_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  fy_gui_test_destroy_all_windows ();
}

/* ---- the running application --------------------------------------- */

/* A binding for the key to one of the actions; with `global`, one that works
 * wherever the focus is in the window (not only inside its widget). */
static gboolean
tree_has_binding (GtkWidget *widget, guint keyval, GdkModifierType mods, const char *const *actions,
                  gboolean global)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      if (global && GTK_WIDGET (gtk_widget_get_root (widget)) != widget
          && gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)) != GTK_SHORTCUT_SCOPE_GLOBAL)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || !GTK_IS_NAMED_ACTION (action))
            continue;
          if (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != gdk_keyval_to_lower (keyval)
              || gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != mods)
            continue;
          if (g_strv_contains (actions, gtk_named_action_get_action_name (GTK_NAMED_ACTION (action))))
            return TRUE;
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (tree_has_binding (c, keyval, mods, actions, global))
      return TRUE;
  return FALSE;
}

static gboolean
has_mnemonic (GtkWidget *widget, gconstpointer keyval)
{
  return GTK_IS_LABEL (widget)
         && gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (widget))) == GPOINTER_TO_UINT (keyval);
}

/* The gate's keys: its mnemonics on the Gate page or in the gate check,
 * Enter in the search (an entry that activates) and in the check (a
 * default button). */
static gboolean
gate_key_bound (FyWindow *win, const char *id, const char *accel)
{
  guint keyval;
  GdkModifierType mods;
  GtkWidget *root;
  gboolean found;

  g_assert_true (gtk_accelerator_parse (accel, &keyval, &mods));
  keyval = gdk_keyval_to_lower (keyval);
  fy_window_show_page (win, "gate");
  fy_gui_test_iterate ();
  if (g_str_has_prefix (id, "gate-check-"))
    root = GTK_WIDGET (fy_gate_check_dialog_present (GTK_WIDGET (win), fy_window_get_store (win), 0));
  else
    root = fy_gui_test_find_child_of_type (GTK_WIDGET (win), FY_TYPE_GATE_PAGE);
  fy_gui_test_iterate ();
  if (g_str_equal (id, "gate-search"))
    found = GTK_IS_SEARCH_ENTRY (fy_gui_test_find_named (root, "gate-search")) && keyval == GDK_KEY_Return;
  else if (g_str_equal (id, "gate-check-default"))
    found = gtk_window_get_default_widget (GTK_WINDOW (root)) != NULL && keyval == GDK_KEY_Return;
  else
    found = (mods & GDK_ALT_MASK) && fy_gui_test_find_widget (root, has_mnemonic, GUINT_TO_POINTER (keyval)) != NULL;
  if (GTK_IS_WINDOW (root))
    gtk_window_destroy (GTK_WINDOW (root));
  return found;
}

/* Every shortcut the shortcuts window lists is bound: app accelerators for
 * the ones with an action, a widget binding in the window for the others. */
static void
check_listed_shortcuts (FyApplication *app, FyWindow *win)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  /* field: a key of the daily-entry temperature field (its key table). */
  static const struct { const char *accel; const char *actions[3]; gboolean global; gboolean field; } bound[] = {
    { "<ctrl>1", { "win.show-page" }, TRUE },
    { "<ctrl>z", { "zones.undo" }, TRUE },
    { "<ctrl><shift>z", { "zones.redo" }, TRUE },
    { "<ctrl>0", { "zones.zoom-fit" }, TRUE },
    { "<ctrl>f", { "staff.search" }, TRUE },
    { "<ctrl>n", { "staff.add" }, TRUE },
    { "<ctrl>e", { "ledgers.export", "staff.export" }, FALSE },
    { "<ctrl>p", { "ledgers.print", "staff.print" }, FALSE },
    { "<ctrl>d", { "health.date" }, TRUE },
    { "<ctrl>l", { "entry.missing" }, TRUE },
    { "<ctrl>m", { "entry.fill-normal" }, TRUE },
    { "Return", { NULL }, FALSE, TRUE },
    { "<shift>Return", { NULL }, FALSE, TRUE },
    { "Page_Down", { NULL }, FALSE, TRUE },
    { "Escape", { NULL }, FALSE, TRUE },
    { "s", { NULL }, FALSE, TRUE },
    { "g", { NULL }, FALSE, TRUE },
    { "y", { NULL }, FALSE, TRUE },
    { "r", { NULL }, FALSE, TRUE },
    { "f", { NULL }, FALSE, TRUE },
  };
  guint n_checked = 0;

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  for (GSList *l = objects; l; l = l->next)
    {
      g_autofree char *accel = NULL;
      g_autofree char *action_name = NULL;
      gboolean found = FALSE;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accel, "action-name", &action_name, NULL);
      if (action_name && *action_name)
        {
          g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action_name);
          if (accels == NULL || accels[0] == NULL)
            g_error ("“%s” is listed but has no accelerator", action_name);
          n_checked++;
          continue;
        }
      g_assert_nonnull (accel);
      /* Keys of the zone canvas (no modifier): its own key table. */
      {
        const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (l->data));
        if (id && g_str_has_prefix (id, "zone-") && !strchr (accel, '<'))
          {
            guint keyval;
            GdkModifierType mods;
            g_assert_true (gtk_accelerator_parse (accel, &keyval, &mods));
            if (!fy_zone_canvas_key_bound (keyval, mods))
              g_error ("“%s” is listed for the zone map but the canvas does not take it", accel);
            n_checked++;
            continue;
          }
      }
      {
        const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (l->data));
        if (id && g_str_has_prefix (id, "gate-"))
          {
            if (!gate_key_bound (win, id, accel))
              g_error ("“%s” (%s) is listed for the gate but not bound", accel, id);
            n_checked++;
            continue;
          }
      }
      /* "<ctrl>1...9": the first of the range stands for it. */
      if (strstr (accel, "..."))
        *strstr (accel, "...") = '\0';
      for (guint i = 0; i < G_N_ELEMENTS (bound); i++)
        if (g_str_equal (accel, bound[i].accel))
          {
            guint keyval;
            GdkModifierType mods;
            g_assert_true (gtk_accelerator_parse (accel, &keyval, &mods));
            found = bound[i].field ? fy_daily_entry_field_key_bound (keyval, mods)
                                   : tree_has_binding (GTK_WIDGET (win), keyval, mods, bound[i].actions, bound[i].global);
          }
      if (!found)
        g_error ("“%s” is listed in the shortcuts window but not bound", accel);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, ==, 43);
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_application (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = fy_test_tmp_path ("fangyi.db");
  g_autofree char *backup = NULL;
  g_autofree char *backup_time = NULL;
  g_autoptr(FyApplication) app = NULL;
  FY_TEST_LAST_REF FyStore *old_store = NULL;
  FyStore *store;
  FyWindow *win;
  FyWindow *new_win = NULL;
  FyWindow *old_win = NULL;
  FyBackupsDialog *old_dialog = NULL;
  FyBackupsDialog *dialog;
  AdwMessageDialog *confirm;
  FyStaffPage *page;

  g_setenv ("FANGYI_DATABASE", db_path, TRUE);
  g_setenv ("FANGYI_NO_CLOSE_BACKUP", "1", TRUE);
  app = fy_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fy_application_reopen (app, &error));
  store = fy_application_get_store (app);
  old_store = g_object_ref (store);

  /* "Before": one person, company name set; backed up. */
  {
    g_autoptr(FyStaff) person = fy_test_staff_new ("JD1001", "张伟");
    g_autoptr(FyCompanySettings) s = fy_company_settings_load (store);

    fy_test_save_staff (store, person);
    g_free (s->company_name);
    s->company_name = g_strdup ("Before");
    g_assert_true (fy_company_settings_save (store, s, NULL, &error));
    g_assert_true (fy_backup_create (store, "manual", &backup, &error));
    g_assert_no_error (error);
    g_free (s->company_name);
    s->company_name = g_strdup ("After");
    g_assert_true (fy_company_settings_save (store, s, NULL, &error));
  }

  win = fy_window_new (app, store);
  gtk_window_present (GTK_WINDOW (win));
  fy_gui_test_iterate ();

  /* GtkApplication found gtk/help-overlay.ui under the resource base path. */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (win)));
  check_listed_shortcuts (app, win);

  /* Ctrl+F's action puts the focus in the search field. */
  page = FY_STAFF_PAGE (fy_gui_test_find_child_of_type (GTK_WIDGET (win), FY_TYPE_STAFF_PAGE));
  g_assert_nonnull (page);
  fy_window_show_page (win, "staff");
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "staff.search", NULL));
  {
    GtkWidget *search = fy_gui_test_find_child_of_type (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (win));
    g_assert_nonnull (focus);
    g_assert_true (focus == search || gtk_widget_is_ancestor (focus, search));
  }

  /* app.backups opens the dialog; the restore asks first, saying what goes. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "backups", NULL);
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (FY_TYPE_BACKUPS_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (fy_backups_dialog_get_n_backups (dialog), ==, 1);
  {
    g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (fy_backups_dialog_get_backup (dialog, 0)->created);
    g_autoptr(GDateTime) local = g_date_time_to_local (utc);
    backup_time = g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "backups.restore", "s", backup));
  fy_gui_test_iterate ();
  confirm = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  g_test_message ("%s", adw_message_dialog_get_body (confirm));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "1 staff member"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), backup_time));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "pre-restore"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (confirm, "restore"), ==, ADW_RESPONSE_DESTRUCTIVE);

  /* Cancel first: nothing changes. */
  click (GTK_WIDGET (confirm), _("_Cancel"));
  g_assert_false (fy_gui_test_is_toplevel (confirm));
  g_assert_true (fy_application_get_store (app) == old_store);
  fy_test_assert_setting (old_store, "company.name", "After");

  old_win = win;
  old_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (win), (gpointer *) &old_win);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &old_dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "backups.restore", "s", backup));
  fy_gui_test_iterate ();
  confirm = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  click (GTK_WIDGET (confirm), _("_Restore"));

  /* A new store and a new main window; the old ones are gone. */
  store = fy_application_get_store (app);
  g_assert_nonnull (store);
  g_assert_true (store != old_store);
  fy_test_assert_setting (store, "company.name", "Before");
  /* (Weak pointers: a new window may well reuse the old one's address.) */
  g_assert_null (old_win);
  g_assert_null (old_dialog);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (FY_IS_WINDOW (l->data))
      new_win = l->data;
  g_assert_nonnull (new_win);
  g_assert_true (fy_window_get_store (new_win) == store);

  /* What was replaced is kept as a pre-restore backup. */
  fy_test_assert_pre_restore_setting (store, "company.name", "After");

  /* app.preferences opens the Preferences window on the new store. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  fy_gui_test_iterate ();
  {
    FyPreferences *prefs = fy_gui_test_find_toplevel (FY_TYPE_PREFERENCES);
    g_assert_nonnull (prefs);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fy_preferences_get_field_widget (prefs, FY_SETTINGS_FIELD_COMPANY_NAME))),
                     ==, "Before");
  }
  fy_gui_test_destroy_all_windows ();
  g_unsetenv ("FANGYI_DATABASE");
}

int
main (int argc, char **argv)
{
  if (!fy_gui_test_init (&argc, &argv, "2026-11-22"))
    return 0;
  g_test_add_func ("/gui/dialogs/preferences-saves-rows", test_preferences_saves_rows);
  g_test_add_func ("/gui/dialogs/preferences-refuses-fever-line", test_preferences_refuses_fever_line);
  g_test_add_func ("/gui/dialogs/backup-now", test_backup_now);
  g_test_add_func ("/gui/dialogs/rescue-lists-backups", test_rescue_lists_backups);
  g_test_add_func ("/gui/dialogs/application", test_application);
  return g_test_run ();
}
