/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-application.c — starts the GUI: opens (or refuses, or rescues) the
 * database, makes the window, keeps the daily and on-close backups. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-plans-dialogs.h"
#include "fy-tooltip-fit.h"
#include "fy-application.h"
#include "fy-error.h"
#include "fy-backup.h"
#include "fy-retention.h"
#include "fy-validate.h"
#include "fy-backups-dialog.h"
#include "fy-preferences.h"
#include "fy-window.h"
#include "fy-error-dialog.h"

struct _FyApplication
{
  AdwApplication parent_instance;

  FyStore       *store;
  GSettings     *settings;
  char          *database;       /* --database */
};

G_DEFINE_FINAL_TYPE (FyApplication, fy_application, ADW_TYPE_APPLICATION)

FyApplication *
fy_application_new (void)
{
  return g_object_new (FY_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

FyStore *
fy_application_get_store (FyApplication *self)
{
  return self->store;
}

GSettings *
fy_application_get_settings (FyApplication *self)
{
  return self->settings;
}

static char *
database_path (FyApplication *self)
{
  return self->database ? g_strdup (self->database) : fy_store_default_path ();
}

gboolean
fy_application_reopen (FyApplication *self, GError **error)
{
  g_autofree char *path = database_path (self);

  if (self->store)
    fy_store_close (self->store);
  g_clear_object (&self->store);
  self->store = fy_store_open (path, error);
  return self->store != NULL;
}

/* The daily backup runs on its own read-only connection in a thread. */
static void
purge_counts_free (gpointer counts)
{
  fy_purge_counts_clear (counts);
  g_free (counts);
}

/* Once a day, on its own connections in a thread: a verified backup, then —
 * only when that succeeded — the retention purge. */
static void
daily_backup_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStore) reader = fy_store_open_reader (data, &error);
  g_autoptr(FyStore) worker = NULL;
  g_autofree char *today = fy_today ();
  FyPurgeCounts *counts = g_new0 (FyPurgeCounts, 1);

  if (reader == NULL || !fy_backup_daily (reader, &error)
      || (worker = fy_store_open_worker (data, &error)) == NULL
      || !fy_retention_purge (worker, today, counts, &error))
    {
      purge_counts_free (counts);
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_pointer (task, counts, purge_counts_free);
}

static void
daily_backup_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  FyApplication *self = FY_APPLICATION (source);
  g_autoptr(GError) error = NULL;
  FyPurgeCounts *counts = g_task_propagate_pointer (G_TASK (result), &error);
  GtkWindow *win = gtk_application_get_active_window (GTK_APPLICATION (source));

  if (counts == NULL)
    {
      if (FY_IS_WINDOW (win))
        fy_show_error (GTK_WIDGET (win), _("The daily backup failed"), error->message);
      return;
    }
  if (fy_purge_counts_total (counts) > 0 && self->store != NULL)
    {
      fy_store_emit_changed (self->store, FY_STORE_CHANGE_ALL);
      if (FY_IS_WINDOW (win))
        {
          g_autofree char *text = g_strdup_printf (_("Personal records dated before %s were deleted (retention period)"),
                                                   counts->cutoff);
          fy_window_toast (FY_WINDOW (win), text);
        }
    }
  purge_counts_free (counts);
}

static void
start_daily_backup (FyApplication *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, daily_backup_done, NULL);

  g_task_set_task_data (task, g_strdup (fy_store_get_path (self->store)), g_free);
  g_task_run_in_thread (task, daily_backup_thread);
}

static void
show_window (FyApplication *self)
{
  FyWindow *win = fy_window_new (self, self->store);

  gtk_window_present (GTK_WINDOW (win));
  if (!g_str_equal (fy_store_get_path (self->store), ":memory:") && !fy_store_is_empty (self->store))
    start_daily_backup (self);
}

static void
on_open_failed_response_cb (AdwMessageDialog *dialog, const char *response, FyApplication *self)
{
  if (g_str_equal (response, "new"))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = database_path (self);

      /* Asked for in so many words: an empty database may now take the
       * place of the one moved aside. */
      fy_store_forget_moved_aside (path);
      if (fy_application_reopen (self, &error))
        {
          show_window (self);
          return;
        }
    }
  else if (g_str_equal (response, "restore"))
    {
      g_autofree char *path = database_path (self);

      fy_backups_dialog_present_rescue (GTK_APPLICATION (self), path);
      return;
    }
  g_application_quit (G_APPLICATION (self));
}

/* The database could not be opened: say why, never continue on an empty one
 * without asking. */
static void
show_open_error (FyApplication *self, GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("The database cannot be opened"), error->message));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  adw_message_dialog_add_response (dialog, "quit", _("_Quit"));
  if (g_error_matches (error, FY_ERROR, FY_ERROR_CORRUPT))
    {
      adw_message_dialog_add_response (dialog, "restore", _("_Restore a Backup…"));
      adw_message_dialog_add_response (dialog, "new", _("Start a _New Database"));
      adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "restore");
    }
  adw_message_dialog_set_close_response (dialog, "quit");
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_failed_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fy_application_activate (GApplication *app)
{
  FyApplication *self = FY_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GtkWindow *win = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (win != NULL)
    {
      gtk_window_present (win);
      return;
    }
  if (self->store == NULL && !fy_application_reopen (self, &error))
    {
      show_open_error (self, error);
      return;
    }
  show_window (self);
}

static gint
fy_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  FyApplication *self = FY_APPLICATION (app);
  const char *database = NULL;

  if (g_variant_dict_lookup (options, "database", "&s", &database))
    self->database = g_strdup (database);
  return -1;
}

static void
quit_activated (GSimpleAction *action, GVariant *param, gpointer app)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Close windows properly so the on-close backup runs. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
about_activated (GSimpleAction *action, GVariant *param, gpointer app)
{
  const char *developers[] = { _("The Fangyi developers"), NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWidget *about = adw_about_window_new ();

  g_object_set (about,
                "transient-for", parent,
                "application-name", _("Fangyi"),
                "application-icon", APP_ID,
                "developer-name", _("The Fangyi developers"),
                "developers", developers,
                "version", PACKAGE_VERSION,
                "comments", _("Epidemic-prevention desk for a company's task force: health ledgers, zones, "
                              "supplies and the ledgers inspectors check. All data stays in one file on this computer."),
                "license-type", GTK_LICENSE_GPL_3_0,
                "translator-credits", _("translator-credits"),
                NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action, GVariant *param, gpointer app)
{
  FyApplication *self = FY_APPLICATION (app);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (self->store)
    fy_preferences_present (parent, self->store);
}

static void
backups_activated (GSimpleAction *action, GVariant *param, gpointer app)
{
  FyApplication *self = FY_APPLICATION (app);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (self->store)
    fy_backups_dialog_present (parent, self->store);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
  { "backups", backups_activated },
};

static void
fy_application_startup (GApplication *app)
{
  FyApplication *self = FY_APPLICATION (app);
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (fy_application_parent_class)->startup (app);
  fy_a11y_install ();
  fy_tooltip_fit_install ();
  /* Copies of plan documents and evidence opened in an earlier session. */
  fy_plans_open_clean (FY_PLANS_OPEN_KEEP_S);

  /* A missing schema (uninstalled run without GSETTINGS_SCHEMA_DIR) must not abort. */
  if (source)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema)
    self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", prefs_accels);
}

static void
fy_application_shutdown (GApplication *app)
{
  FyApplication *self = FY_APPLICATION (app);

  if (self->store)
    fy_store_close (self->store);
  G_APPLICATION_CLASS (fy_application_parent_class)->shutdown (app);
}

static void
fy_application_finalize (GObject *object)
{
  FyApplication *self = FY_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_free (self->database);
  G_OBJECT_CLASS (fy_application_parent_class)->finalize (object);
}

static void
fy_application_class_init (FyApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fy_application_finalize;
  app_class->activate = fy_application_activate;
  app_class->startup = fy_application_startup;
  app_class->shutdown = fy_application_shutdown;
  app_class->handle_local_options = fy_application_handle_local_options;
}

static void
fy_application_init (FyApplication *self)
{
  const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Use this database file"), N_("PATH") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}
