/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-backups-dialog.c — lists the verified backups, makes one now off the
 * main thread (a read-only connection, VACUUM INTO), and restores one after
 * saying exactly what will be replaced. The same window rescues a damaged
 * database, when no store could be opened. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-form-util.h"
#include "fy-gui-util.h"
#include <glib/gstdio.h>

#include "fy-application.h"
#include "fy-backups-dialog.h"
#include "fy-backups-dialog-private.h"
#include "fy-error.h"
#include "fy-staff.h"
#include "fy-window.h"
#include "fy-error-dialog.h"

struct _FyBackupsDialog
{
  AdwWindow        parent_instance;

  /* template children */
  AdwToastOverlay *toast_overlay;
  GtkButton       *create_button;
  GtkSpinner      *spinner;
  GtkStack        *stack;
  GtkLabel        *intro_label;
  GtkListBox      *list_box;
  AdwStatusPage   *empty_page;

  /* owned */
  FyStore         *store;         /* NULL when rescuing */
  char            *db_path;
  GPtrArray       *backups;       /* FyBackupInfo*, newest first */
  GCancellable    *cancellable;   /* cancelled on dispose: late results are dropped */
  gboolean         busy;
};

G_DEFINE_FINAL_TYPE (FyBackupsDialog, fy_backups_dialog, ADW_TYPE_WINDOW)

const char *
fy_backups_dialog_reason_label (const char *reason)
{
  if (g_strcmp0 (reason, "manual") == 0)
    return C_("backup reason", "Made by hand");
  if (g_strcmp0 (reason, "daily") == 0)
    return C_("backup reason", "Daily");
  if (g_strcmp0 (reason, "close") == 0)
    return C_("backup reason", "On closing");
  if (g_strcmp0 (reason, "pre-upgrade") == 0)
    return C_("backup reason", "Before an upgrade");
  if (g_strcmp0 (reason, "pre-restore") == 0)
    return C_("backup reason", "Before a restore");
  return reason ? reason : "";
}

guint
fy_backups_dialog_get_n_backups (FyBackupsDialog *self)
{
  g_return_val_if_fail (FY_IS_BACKUPS_DIALOG (self), 0);
  return self->backups ? self->backups->len : 0;
}

const FyBackupInfo *
fy_backups_dialog_get_backup (FyBackupsDialog *self, guint index)
{
  g_return_val_if_fail (FY_IS_BACKUPS_DIALOG (self), NULL);
  if (self->backups == NULL || index >= self->backups->len)
    return NULL;
  return g_ptr_array_index (self->backups, index);
}

gboolean
fy_backups_dialog_get_busy (FyBackupsDialog *self)
{
  g_return_val_if_fail (FY_IS_BACKUPS_DIALOG (self), FALSE);
  return self->busy;
}

static char *
format_unix_local (gint64 seconds, const char *format)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  return local ? g_date_time_format (local, format) : g_strdup ("");
}

static char *
backup_time (const FyBackupInfo *info)
{
  return format_unix_local (info->created, "%Y-%m-%d %H:%M:%S");
}

static void
toast (FyBackupsDialog *self, const char *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, fy_toast_new_plain (text));
}

static GtkWidget *
make_row (const FyBackupInfo *info)
{
  g_autofree char *title = backup_time (info);
  g_autofree char *size = g_format_size ((guint64) MAX (info->size, 0));
  /* TRANSLATORS: a backup's reason and its size, e.g. "Daily · 1.2 MB". */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), fy_backups_dialog_reason_label (info->reason), size);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "backups.restore");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (info->path));
  gtk_widget_set_tooltip_text (button, _("Replace the current data with this backup"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
refresh (FyBackupsDialog *self)
{
  GtkWidget *child;

  g_clear_pointer (&self->backups, g_ptr_array_unref);
  self->backups = self->store ? fy_backup_list (self->store) : fy_backup_list_for_path (self->db_path);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  for (guint i = 0; i < self->backups->len; i++)
    gtk_list_box_append (self->list_box, make_row (g_ptr_array_index (self->backups, i)));
  gtk_stack_set_visible_child_name (self->stack, self->backups->len ? "list" : "empty");
}

static void
set_busy (FyBackupsDialog *self, gboolean busy)
{
  self->busy = busy;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.create", !busy && self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.restore", !busy);
}

/* ---- Back Up Now ---------------------------------------------------- */

static void
create_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStore) reader = fy_store_open_reader (data, &error);
  char *path = NULL;

  if (reader == NULL || !fy_backup_create (reader, "manual", &path, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, path, g_free);
}

static void
create_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  FyBackupsDialog *self = FY_BACKUPS_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_task_propagate_pointer (G_TASK (result), &error);

  /* The window went away while the backup ran: the backup is made, nothing to show. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  set_busy (self, FALSE);
  refresh (self);
  if (path == NULL)
    {
      fy_show_error (GTK_WIDGET (self), _("The backup failed"), error->message);
      return;
    }
  toast (self, _("Backup saved"));
}

static void
create_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyBackupsDialog *self = FY_BACKUPS_DIALOG (widget);
  g_autoptr(GTask) task = NULL;

  if (self->busy || self->store == NULL)
    return;
  set_busy (self, TRUE);
  task = g_task_new (self, NULL, create_done, NULL);
  g_task_set_source_tag (task, create_action);
  g_task_set_task_data (task, g_strdup (fy_store_get_path (self->store)), g_free);
  g_task_run_in_thread (task, create_thread);
}

/* ---- Restore -------------------------------------------------------- */

/* When the data was last written: the database or its write-ahead log. */
static char *
saved_time (const char *db_path)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  GStatBuf st;
  gint64 newest = 0;

  if (g_stat (db_path, &st) == 0)
    newest = st.st_mtime;
  if (g_stat (wal, &st) == 0 && st.st_size > 0 && st.st_mtime > newest)
    newest = st.st_mtime;
  return newest ? format_unix_local (newest, "%Y-%m-%d %H:%M") : g_strdup (_("unknown"));
}

static FyWindow *
open_main_window (FyApplication *app)
{
  FyWindow *win = fy_window_new (app, fy_application_get_store (app));

  gtk_window_present (GTK_WINDOW (win));
  return win;
}

/* Closes every other window first: nothing may touch the store while the
 * file under it is replaced (a ledger list pages rows in on scroll). One at
 * a time and without keeping references: a window takes its own dependants
 * (the shortcuts window) with it, and they must not outlive it. */
static void
destroy_other_windows (FyBackupsDialog *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          GtkWindow *window = g_list_model_get_item (toplevels, i);
          g_object_unref (window);     /* the toplevel list still holds it */
          if (window != GTK_WINDOW (self))
            {
              gtk_window_destroy (window);
              again = TRUE;
              break;
            }
        }
    }
}

static void
restore (FyBackupsDialog *self, const char *backup_path)
{
  GtkApplication *gtk_app = gtk_window_get_application (GTK_WINDOW (self));
  FyApplication *app;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) reopen_error = NULL;
  g_autofree char *when = NULL;
  gboolean restored;
  FyWindow *win;

  if (!FY_IS_APPLICATION (gtk_app))
    {
      fy_show_error (GTK_WIDGET (self), _("The backup was not restored"),
                     _("Restoring needs the Fangyi window to be running. Nothing was changed."));
      return;
    }
  app = FY_APPLICATION (gtk_app);
  {
    const FyBackupInfo *info = NULL;
    for (guint i = 0; self->backups && i < self->backups->len; i++)
      if (g_str_equal (((FyBackupInfo *) g_ptr_array_index (self->backups, i))->path, backup_path))
        info = g_ptr_array_index (self->backups, i);
    when = info ? backup_time (info) : g_path_get_basename (backup_path);
  }

  g_application_hold (G_APPLICATION (app));
  g_object_ref (self);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  destroy_other_windows (self);

  if (self->store != NULL)
    fy_store_close (self->store);
  restored = fy_backup_restore (self->db_path, backup_path, &error);

  /* Reopen in any case: after a failed restore the old file is still in place. */
  if (!fy_application_reopen (app, &reopen_error))
    {
      /* No window left to sit on: the application keeps the dialog alive. */
      AdwMessageDialog *dialog = fy_show_error (NULL, _("The database cannot be opened"),
                                                reopen_error->message);
      gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (app));
    }
  else
    {
      win = open_main_window (app);
      if (restored)
        {
          g_autofree char *text = g_strdup_printf (_("The backup of %s was restored"), when);
          fy_window_toast (win, text);
        }
      else
        fy_show_error (GTK_WIDGET (win), _("The backup was not restored"), error->message);
    }

  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
  g_application_release (G_APPLICATION (app));
}

typedef struct
{
  FyBackupsDialog *self;
  char            *path;
} RestoreData;

static gboolean
restore_idle (gpointer user_data)
{
  RestoreData *data = user_data;

  restore (data->self, data->path);
  g_object_unref (data->self);
  g_free (data->path);
  g_free (data);
  return G_SOURCE_REMOVE;
}

static void
on_confirm_response_cb (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  RestoreData *data = user_data;

  /* Only the first answer counts (closing after it may answer again). */
  g_signal_handlers_disconnect_by_func (dialog, on_confirm_response_cb, data);
  if (g_str_equal (response, "restore"))
    /* After the confirmation has closed, not inside its signal. */
    g_idle_add (restore_idle, data);
  else
    {
      g_object_unref (data->self);
      g_free (data->path);
      g_free (data);
    }
}

static void
restore_action (GtkWidget *widget, const char *name, GVariant *param)
{
  FyBackupsDialog *self = FY_BACKUPS_DIALOG (widget);
  const char *path = g_variant_get_string (param, NULL);
  const FyBackupInfo *info = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  RestoreData *data;
  GtkWidget *dialog;

  for (guint i = 0; self->backups && i < self->backups->len; i++)
    if (g_str_equal (((FyBackupInfo *) g_ptr_array_index (self->backups, i))->path, path))
      info = g_ptr_array_index (self->backups, i);
  if (info == NULL || self->busy)
    return;
  when = backup_time (info);

  if (self->store != NULL)
    {
      FyStaffFilter current = { .status = -2 };
      gint64 n = fy_staff_count (self->store, &current, NULL);
      g_autofree char *saved = saved_time (self->db_path);
      g_autofree char *staff = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d staff member", "%d staff",
                                                             (gulong) MAX (n, 0)), (int) MAX (n, 0));

      /* TRANSLATORS: “The current data (12 staff, saved 2026-11-22 09:30) will be replaced …” */
      body = g_strdup_printf (_("The current data (%s, saved %s) will be replaced by the backup of %s. "
                                "A copy of the current data is kept as a pre-restore backup."),
                              staff, saved, when);
    }
  else
    body = g_strdup_printf (_("The backup of %s will be put in place of the damaged database. "
                              "The damaged file was moved aside and is not deleted."), when);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  data = g_new0 (RestoreData, 1);
  data->self = g_object_ref (self);
  data->path = g_strdup (path);
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- object --------------------------------------------------------- */

static void
fy_backups_dialog_dispose (GObject *object)
{
  FyBackupsDialog *self = FY_BACKUPS_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_BACKUPS_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_backups_dialog_parent_class)->dispose (object);
}

static void
fy_backups_dialog_finalize (GObject *object)
{
  FyBackupsDialog *self = FY_BACKUPS_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->backups, g_ptr_array_unref);
  g_free (self->db_path);
  G_OBJECT_CLASS (fy_backups_dialog_parent_class)->finalize (object);
}

static void
fy_backups_dialog_class_init (FyBackupsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_backups_dialog_dispose;
  object_class->finalize = fy_backups_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-backups-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyBackupsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FyBackupsDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, FyBackupsDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, FyBackupsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, FyBackupsDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, FyBackupsDialog, list_box);
  gtk_widget_class_bind_template_child (widget_class, FyBackupsDialog, empty_page);

  gtk_widget_class_install_action (widget_class, "backups.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "backups.restore", "s", restore_action);
}

static void
fy_backups_dialog_init (FyBackupsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

static FyBackupsDialog *
dialog_new (FyStore *store, const char *db_path)
{
  FyBackupsDialog *self = g_object_new (FY_TYPE_BACKUPS_DIALOG, NULL);
  g_autofree char *folder = NULL;
  g_autofree char *intro = NULL;

  self->store = store ? g_object_ref (store) : NULL;
  self->db_path = g_strdup (db_path);
  if (store != NULL)
    {
      folder = fy_backup_dir (store);
      intro = g_strdup_printf (_("Backups are kept in “%s”. Restoring one replaces the current data, "
                                 "which is first kept as a backup too."), folder);
    }
  else
    {
      g_autofree char *parent = g_path_get_dirname (db_path);
      folder = g_build_filename (parent, "backups", NULL);
      intro = g_strdup_printf (_("The database could not be opened. Choose a backup from “%s” to restore."), folder);
      gtk_widget_set_visible (GTK_WIDGET (self->create_button), FALSE);
      adw_status_page_set_description (self->empty_page,
                                       _("There is no backup next to this database. Close this window and start "
                                         "Fangyi again to begin with a new database; the damaged file was kept."));
    }
  gtk_label_set_text (self->intro_label, intro);
  set_busy (self, FALSE);
  refresh (self);
  return self;
}

FyBackupsDialog *
fy_backups_dialog_present (GtkWindow *parent, FyStore *store)
{
  FyBackupsDialog *self;

  g_return_val_if_fail (FY_IS_STORE (store), NULL);

  self = dialog_new (store, fy_store_get_path (store));
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_modal (GTK_WINDOW (self), TRUE);
      if (gtk_window_get_application (parent) != NULL)
        gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  gtk_window_present (GTK_WINDOW (self));
  fy_form_focus_first_field (GTK_WINDOW (self));
  return self;
}

FyBackupsDialog *
fy_backups_dialog_present_rescue (GtkApplication *app, const char *db_path)
{
  FyBackupsDialog *self;

  g_return_val_if_fail (db_path != NULL, NULL);

  self = dialog_new (NULL, db_path);
  /* The only window: it keeps the application running. */
  if (app != NULL)
    gtk_window_set_application (GTK_WINDOW (self), app);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
