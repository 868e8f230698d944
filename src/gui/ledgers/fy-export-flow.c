/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-export-flow.c — the export runs in a worker thread on its own read-only
 * connection (the window's connection stays on the main thread); a strip at
 * the bottom of the main window (a small modal window over a dialog) shows
 * progress and offers Cancel. */
#include "config.h"

#include <errno.h>
#include <adwaita.h>
#include <glib/gi18n.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "fy-application.h"
#include "fy-export-flow.h"
#include "fy-file-toast.h"
#include "fy-export-flow-private.h"
#include "fy-print-operation.h"
#include "fy-window.h"
#include "fy-error-dialog.h"

/* Ledger parameters with strings of their own: a job outlives the
 * caller's FyLedgerParams. */
typedef struct
{
  FyLedgerParams  params;      /* points into the copies below */
  char           *from, *to, *department, *team, *status, *search;
} OwnedParams;

static void
owned_params_init (OwnedParams *o, const FyLedgerParams *params)
{
  o->params.from = o->from = g_strdup (params->from);
  o->params.to = o->to = g_strdup (params->to);
  o->params.department = o->department = g_strdup (params->department);
  o->params.team = o->team = g_strdup (params->team);
  o->params.status = o->status = g_strdup (params->status);
  o->params.search = o->search = g_strdup (params->search);
  o->params.unmasked = params->unmasked;
}

static void
owned_params_clear (OwnedParams *o)
{
  g_free (o->from);
  g_free (o->to);
  g_free (o->department);
  g_free (o->team);
  g_free (o->status);
  g_free (o->search);
}

typedef struct
{
  char          *db_path;
  char          *ledger_id;
  char          *path;
  OwnedParams    params;
  volatile gint  permille;     /* progress, written by the worker */
  GError        *outcome;      /* set on the main thread when the task ends */
  gboolean       finished;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->db_path);
  g_free (job->ledger_id);
  g_free (job->path);
  owned_params_clear (&job->params);
  g_clear_error (&job->outcome);
  g_free (job);
}

static void
on_progress (double fraction, gpointer user_data)
{
  ExportJob *job = user_data;
  g_atomic_int_set (&job->permille, (gint) CLAMP (fraction * 1000, 0, 1000));
}

/* The worker yields the processor to the window: on two cores an export
 * at normal priority starved the drawing threads (frames 65 ms apart). On
 * Linux the nice value belongs to the thread; it is put back because the
 * thread returns to GLib's pool. */
static int
lower_thread_priority (void)
{
#ifdef __linux__
  id_t tid = (id_t) syscall (SYS_gettid);
  int before;

  errno = 0;
  before = getpriority (PRIO_PROCESS, tid);
  if (errno == 0)
    setpriority (PRIO_PROCESS, tid, MIN (before + 10, 19));
  return errno == 0 ? before : G_MININT;
#else
  return G_MININT;
#endif
}

static void
restore_thread_priority (int before)
{
#ifdef __linux__
  if (before != G_MININT)
    setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), before);   /* may fail unprivileged: harmless */
#endif
}

static void
export_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  ExportJob *job = data;
  g_autoptr(GError) error = NULL;
  int priority = lower_thread_priority ();
  g_autoptr(FyStore) reader = fy_store_open_reader (job->db_path, &error);
  g_autoptr(FyLedger) ledger = NULL;

  if (reader != NULL)
    ledger = fy_ledger_new (reader, job->ledger_id, &job->params.params, &error);
  if (ledger == NULL || !fy_ledger_export (ledger, job->path, on_progress, job, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
  restore_thread_priority (priority);
}

/* The progress strip (or window), alive while the task runs. */
typedef struct
{
  GtkWindow      *window;        /* the modal window, or NULL … */
  GtkWidget      *strip;         /* … the strip in the main window */
  GtkProgressBar *bar;
  GCancellable   *cancellable;
  GTask          *task;          /* borrowed, for the job's progress */
  guint           tick;
  GAsyncReadyCallback done;
  gpointer        user_data;
  GtkWindow      *parent;
} ProgressUi;

static gboolean
on_tick_cb (gpointer data)
{
  ProgressUi *ui = data;
  ExportJob *job = g_task_get_task_data (ui->task);

  gtk_progress_bar_set_fraction (ui->bar, g_atomic_int_get (&job->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
on_cancel_clicked_cb (GtkButton *button, ProgressUi *ui)
{
  g_cancellable_cancel (ui->cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
}

static ProgressUi *
progress_ui_new (GtkWindow *parent, const char *title)
{
  ProgressUi *ui = g_new0 (ProgressUi, 1);
  gboolean in_window = parent && FY_IS_WINDOW (parent);
  GtkWidget *box = gtk_box_new (in_window ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  ui->cancellable = g_cancellable_new ();
  ui->parent = parent ? g_object_ref (parent) : NULL;
  ui->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  g_signal_connect (cancel, "clicked", G_CALLBACK (on_cancel_clicked_cb), ui);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (ui->bar));
  gtk_box_append (GTK_BOX (box), cancel);
  /* A screen reader names the bar by the text beside it. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (ui->bar), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);

  if (in_window)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_set_size_request (GTK_WIDGET (ui->bar), 200, -1);
      gtk_widget_set_valign (GTK_WIDGET (ui->bar), GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (box, "job-strip");
      ui->strip = box;
      fy_window_add_job (FY_WINDOW (parent), box);
      return ui;
    }

  ui->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_title (ui->window, _("Exporting"));
  gtk_window_set_modal (ui->window, TRUE);
  gtk_window_set_transient_for (ui->window, parent);
  gtk_window_set_deletable (ui->window, FALSE);
  gtk_window_set_default_size (ui->window, 380, -1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_halign (cancel, GTK_ALIGN_END);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  adw_window_set_content (ADW_WINDOW (ui->window), box);
  gtk_window_present (ui->window);
  return ui;
}

static void
progress_ui_free (ProgressUi *ui)
{
  g_clear_handle_id (&ui->tick, g_source_remove);
  if (ui->window)
    gtk_window_destroy (ui->window);
  else
    fy_window_remove_job (FY_WINDOW (ui->parent), ui->strip);
  g_clear_object (&ui->cancellable);
  g_clear_object (&ui->parent);
  g_free (ui);
}

static void
on_export_done (GObject *source, GAsyncResult *result, gpointer data)
{
  ProgressUi *ui = data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &job->outcome);
  GError *error = job->outcome;

  job->finished = TRUE;

  if (ui->parent && FY_IS_WINDOW (ui->parent))
    {
      if (ok)
        {
          g_autofree char *name = g_path_get_basename (job->path);
          g_autofree char *text = g_strdup_printf (_("Saved “%s”"), name);
          fy_window_add_toast (FY_WINDOW (ui->parent), fy_file_toast_new (text, job->path));
        }
      else if (!g_error_matches (error, FY_ERROR, FY_ERROR_CANCELLED))
        fy_show_error (GTK_WIDGET (ui->parent), _("The ledger could not be exported"), error->message);
      else
        fy_window_toast (FY_WINDOW (ui->parent), _("Export cancelled; no file was written"));
    }
  if (ui->done)
    ui->done (source, result, ui->user_data);
  progress_ui_free (ui);
}

void
fy_export_flow_write (GtkWindow *parent, FyStore *store, const char *ledger_id, const FyLedgerParams *params,
                      const char *path, GAsyncReadyCallback done, gpointer user_data)
{
  const FyLedgerDef *def = fy_ledger_lookup (ledger_id);
  g_autofree char *title = g_strdup_printf (_("Exporting “%s”…"),
                                            def ? g_dgettext (GETTEXT_PACKAGE, def->title) : ledger_id);
  ProgressUi *ui = progress_ui_new (parent, title);
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autoptr(GTask) task = NULL;

  job->db_path = g_strdup (fy_store_get_path (store));
  job->ledger_id = g_strdup (ledger_id);
  job->path = g_strdup (path);
  owned_params_init (&job->params, params);

  ui->done = done;
  ui->user_data = user_data;
  task = g_task_new (NULL, ui->cancellable, on_export_done, ui);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  /* The worker's own outcome, not GIO's English "Operation was cancelled":
   * a cancelled export ends with FY_ERROR_CANCELLED and a toast. */
  g_task_set_check_cancellable (task, FALSE);
  ui->task = task;
  ui->tick = g_timeout_add (100, on_tick_cb, ui);
  g_task_run_in_thread (task, export_thread);
}

gboolean
fy_export_flow_write_finish (GAsyncResult *result, GError **error)
{
  ExportJob *job = g_task_get_task_data (G_TASK (result));

  /* The flow's own handler took the outcome from the task already. */
  g_return_val_if_fail (job->finished, FALSE);
  if (job->outcome)
    {
      g_propagate_error (error, g_error_copy (job->outcome));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  GtkWindow      *parent;
  FyStore        *store;
  char           *ledger_id;
  OwnedParams     params;
  char           *format;
} ChooseJob;

static void
choose_job_free (ChooseJob *c)
{
  g_clear_object (&c->parent);
  g_clear_object (&c->store);
  g_free (c->ledger_id);
  owned_params_clear (&c->params);
  g_free (c->format);
  g_free (c);
}

static GSettings *
app_settings (void)
{
  GApplication *app = g_application_get_default ();
  return FY_IS_APPLICATION (app) ? fy_application_get_settings (FY_APPLICATION (app)) : NULL;
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser, int response, ChooseJob *c)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      GSettings *settings = app_settings ();

      if (path && !g_str_has_suffix (path, c->format))
        {
          char *with_ext = g_strconcat (path, ".", c->format, NULL);
          g_free (path);
          path = with_ext;
        }
      if (path)
        {
          if (settings)
            {
              g_autofree char *dir = g_path_get_dirname (path);
              g_settings_set_string (settings, "last-export-folder", dir);
            }
          fy_export_flow_write (c->parent, c->store, c->ledger_id, &c->params.params, path, NULL, NULL);
        }
    }
  g_object_unref (chooser);
  choose_job_free (c);
}

static const char *
filter_name (const char *format)
{
  if (g_str_equal (format, "xlsx"))
    return _("Excel workbook (.xlsx)");
  if (g_str_equal (format, "pdf"))
    return _("PDF document (.pdf)");
  return _("CSV table (.csv)");
}

void
fy_export_flow_run (GtkWindow *parent, FyStore *store, const char *ledger_id, const FyLedgerParams *params,
                    const char *format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = fy_ledger_new (store, ledger_id, params, &error);
  ChooseJob *c;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", format);
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  GSettings *settings = app_settings ();

  if (ledger == NULL)
    {
      if (FY_IS_WINDOW (parent))
        fy_show_error (GTK_WIDGET (parent), _("The ledger could not be exported"), error->message);
      return;
    }
  c = g_new0 (ChooseJob, 1);
  c->parent = parent ? g_object_ref (parent) : NULL;
  c->store = g_object_ref (store);
  c->ledger_id = g_strdup (ledger_id);
  owned_params_init (&c->params, params);
  c->format = g_strdup (format);

  chooser = gtk_file_chooser_native_new (_("Export Ledger"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, filter_name (format));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* "<ledger title>-<date>.xlsx": what the officer would type anyway. */
  name = g_strdup_printf ("%s-%s.%s", fy_ledger_get_title (ledger), fy_ledger_get_to (ledger), format);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  folder = settings ? g_settings_get_string (settings, "last-export-folder") : NULL;
  if (folder == NULL || *folder == '\0' || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_free (folder);
      folder = g_strdup (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS));
    }
  if (folder && g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), c);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
fy_export_flow_print (GtkWindow *parent, FyStore *store, const char *ledger_id, const FyLedgerParams *params)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = fy_ledger_new (store, ledger_id, params, &error);

  /* An unmasked printout is audited like an unmasked file. */
  if (ledger == NULL || !fy_ledger_audit_unmasked (ledger, "print", &error)
      || !fy_print_ledger (parent, ledger, &error))
    {
      if (FY_IS_WINDOW (parent) && error && !g_error_matches (error, FY_ERROR, FY_ERROR_CANCELLED))
        fy_show_error (GTK_WIDGET (parent), _("The ledger could not be printed"), error->message);
    }
}
