/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-import-dialog.c — staff import: the file is read and checked in a
 * worker thread on its own read-only connection (the window's connection
 * stays on the main thread); the preview lists every row; the write is one
 * transaction on the main connection (fy_staff_import_apply). */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-form-util.h"
#include "fy-gui-util.h"
#include "fy-import-dialog.h"
#include "fy-import-dialog-private.h"
#include "fy-window.h"

/* ---- One preview row (copied out of the import, so the view never points
 *      into an import that a second file replaced) ---------------------- */

#define FY_TYPE_IMPORT_ROW_ITEM (fy_import_row_item_get_type ())
G_DECLARE_FINAL_TYPE (FyImportRowItem, fy_import_row_item, FY, IMPORT_ROW_ITEM, GObject)

struct _FyImportRowItem
{
  GObject parent_instance;

  char   *cells[5];   /* line, employee no., name, department, action */
  char   *error;      /* NULL = valid */
  char   *warning;    /* a valid row worth a look, or NULL */
};

G_DEFINE_FINAL_TYPE (FyImportRowItem, fy_import_row_item, G_TYPE_OBJECT)

static void
fy_import_row_item_finalize (GObject *object)
{
  FyImportRowItem *self = FY_IMPORT_ROW_ITEM (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->cells); i++)
    g_free (self->cells[i]);
  g_free (self->error);
  g_free (self->warning);
  G_OBJECT_CLASS (fy_import_row_item_parent_class)->finalize (object);
}

static void
fy_import_row_item_class_init (FyImportRowItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_import_row_item_finalize;
}

static void
fy_import_row_item_init (FyImportRowItem *self)
{
}

static FyImportRowItem *
row_item_new (const FyStaffImportRow *row)
{
  FyImportRowItem *item = g_object_new (FY_TYPE_IMPORT_ROW_ITEM, NULL);
  const char *action;

  if (row->error)
    action = _("Error");
  else if (!row->is_update)
    action = _("New");
  else if (row->unchanged)
    action = _("Unchanged");
  else
    action = _("Update");
  item->cells[0] = g_strdup_printf ("%u", row->line);
  item->cells[1] = g_strdup (row->staff->employee_no);
  item->cells[2] = g_strdup (row->staff->name);
  item->cells[3] = g_strdup (row->staff->department);
  item->cells[4] = g_strdup (action);
  item->error = g_strdup (row->error);
  item->warning = g_strdup (row->warning);
  return item;
}

/* ---- The dialog ---------------------------------------------------------- */

struct _FyImportDialog
{
  AdwWindow       parent_instance;

  /* template children */
  GtkButton      *cancel_button;
  GtkButton      *import_all_button;
  GtkButton      *import_valid_button;
  GtkStack       *stack;
  GtkLabel       *file_error;
  GtkSpinner     *spinner;
  GtkLabel       *loading_label;
  GtkLabel       *summary_label;
  GtkLabel       *advice_label;
  GtkLabel       *detail_label;
  GtkLabel       *apply_error;
  GtkCheckButton *errors_only_check;
  GtkColumnView  *column_view;

  /* owned */
  FyStore        *store;
  FyStaffImport  *import;
  char           *path;
  GCancellable   *cancellable;      /* of the read under way, NULL when idle */
  GListStore     *rows;
  GtkFilter      *filter;
  GtkFilterListModel *filtered;
};

G_DEFINE_FINAL_TYPE (FyImportDialog, fy_import_dialog, ADW_TYPE_WINDOW)

enum { COL_LINE, COL_EMPLOYEE_NO, COL_NAME, COL_DEPARTMENT, COL_ACTION, COL_PROBLEM, N_COLS };

static const struct { const char *title; int chars; } columns[N_COLS] = {
  { N_("Line"), 4 },
  { N_("Employee No."), 8 },
  { N_("Name"), 8 },
  { N_("Department"), 8 },
  { N_("Action"), 5 },
  { N_("Problem"), 30 },
};

/* ---- Worker thread --------------------------------------------------- */

typedef struct
{
  char *db_path;
  char *path;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_free (job->db_path);
  g_free (job->path);
  g_free (job);
}

static void
load_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  LoadJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStore) reader = fy_store_open_reader (job->db_path, &error);
  FyStaffImport *imp = NULL;

  if (reader)
    imp = fy_staff_import_parse_file (reader, job->path, cancellable, &error);
  if (imp == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, imp, (GDestroyNotify) fy_staff_import_free);
}

/* ---- Pages ----------------------------------------------------------- */

static void
show_buttons (FyImportDialog *self)
{
  gboolean preview = self->import != NULL
                     && g_str_equal (gtk_stack_get_visible_child_name (self->stack), "preview");
  guint n_valid = self->import ? fy_staff_import_get_n_valid (self->import) : 0;
  guint n_invalid = self->import ? fy_staff_import_get_n_invalid (self->import) : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->import_all_button), preview);
  gtk_widget_set_visible (GTK_WIDGET (self->import_valid_button), preview && n_invalid > 0);
  /* All rows only when all are valid; the valid ones only when there are both. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_all_button), preview && n_invalid == 0 && n_valid > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_valid_button), preview && n_invalid > 0 && n_valid > 0);
}

static void
show_page (FyImportDialog *self, const char *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_spinner_set_spinning (self->spinner, g_str_equal (name, "loading"));
  show_buttons (self);
}

static void
fill_preview (FyImportDialog *self)
{
  FyStaffImport *imp = self->import;
  guint n_rows = fy_staff_import_get_n_rows (imp);
  guint n_invalid = fy_staff_import_get_n_invalid (imp);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *summary = NULL;
  g_autofree char *name = g_path_get_basename (self->path);
  g_autoptr(GString) detail = g_string_new (NULL);
  const char * const *ignored = fy_staff_import_get_ignored_headers (imp);

  summary = g_strdup_printf (_("%u rows: %u valid (%u new, %u to update, %u unchanged), %u with errors"),
                             n_rows, fy_staff_import_get_n_valid (imp), fy_staff_import_get_n_new (imp),
                             fy_staff_import_get_n_updates (imp), fy_staff_import_get_n_unchanged (imp),
                             n_invalid);
  gtk_label_set_text (self->summary_label, summary);
  if (n_invalid == 0)
    gtk_label_set_text (self->advice_label,
                        _("Every row is valid. Nothing is saved until you press “Import All”."));
  else if (fy_staff_import_get_n_valid (imp) == 0)
    gtk_label_set_text (self->advice_label,
                        _("No row is valid. Fix the rows with errors in the file, save it and choose it again."));
  else
    gtk_label_set_text (self->advice_label,
                        _("Fix the rows with errors in the file and choose it again, "
                          "or import only the valid rows and add the others later."));

  g_string_printf (detail, _("File “%s”, encoding %s, %s."), name, fy_staff_import_get_encoding (imp),
                   fy_staff_import_get_delimiter (imp) == '\t' ? _("tab-separated") : _("comma-separated"));
  if (ignored[0])
    {
      g_autofree char *list = g_strjoinv (_(", "), (char **) ignored);
      g_string_append_c (detail, ' ');
      g_string_append_printf (detail, _("Columns not imported: %s."), list);
    }
  gtk_label_set_text (self->detail_label, detail->str);
  gtk_widget_set_visible (GTK_WIDGET (self->apply_error), FALSE);

  for (guint i = 0; i < n_rows; i++)
    g_ptr_array_add (items, row_item_new (fy_staff_import_get_row (imp, i)));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  /* Start with every row; the check narrows the list to the bad ones. */
  gtk_check_button_set_active (self->errors_only_check, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->errors_only_check), n_invalid > 0);
}

static void
on_loaded (GObject *source, GAsyncResult *result, gpointer data)
{
  FyImportDialog *self = FY_IMPORT_DIALOG (source);
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));
  g_autoptr(GError) error = NULL;
  FyStaffImport *imp = g_task_propagate_pointer (G_TASK (result), &error);

  /* A read that was cancelled or replaced by another: forget it. */
  if (cancellable != self->cancellable || g_cancellable_is_cancelled (cancellable))
    {
      g_clear_pointer (&imp, fy_staff_import_free);
      return;
    }
  g_clear_object (&self->cancellable);

  if (imp == NULL)
    {
      gtk_label_set_text (self->file_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->file_error), TRUE);
      show_page (self, "choose");
      return;
    }
  g_clear_pointer (&self->import, fy_staff_import_free);
  self->import = imp;
  fill_preview (self);
  show_page (self, "preview");
}

void
fy_import_dialog_load_file (FyImportDialog *self, const char *path)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *text = g_strdup_printf (_("Reading and checking “%s”…"), name);
  LoadJob *job = g_new0 (LoadJob, 1);

  g_return_if_fail (FY_IS_IMPORT_DIALOG (self));

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->import, fy_staff_import_free);
  g_free (self->path);
  self->path = g_strdup (path);
  self->cancellable = g_cancellable_new ();

  gtk_widget_set_visible (GTK_WIDGET (self->file_error), FALSE);
  gtk_label_set_text (self->loading_label, text);
  show_page (self, "loading");

  job->db_path = g_strdup (fy_store_get_path (self->store));
  job->path = g_strdup (path);
  task = g_task_new (self, self->cancellable, on_loaded, NULL);
  g_task_set_source_tag (task, fy_import_dialog_load_file);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  /* Our result handler reports cancellation itself. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, load_thread);
}

/* ---- Choosing the file ------------------------------------------------ */

static void
on_chooser_response_cb (GtkNativeDialog *chooser, int response, FyImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path)
        fy_import_dialog_load_file (self, path);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
on_choose_clicked_cb (FyImportDialog *self)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Choose the Staff Roster"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                                               _("_Cancel"));
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (csv, _("CSV and text files (*.csv, *.txt)"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- Importing -------------------------------------------------------- */

static void
apply (FyImportDialog *self, gboolean valid_only)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  guint n_new = 0, n_updated = 0;
  guint n_skipped = fy_staff_import_get_n_invalid (self->import);

  if (!fy_staff_import_apply (self->store, self->import, valid_only, &n_new, &n_updated, &error))
    {
      gtk_label_set_text (self->apply_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->apply_error), TRUE);
      return;
    }
  if (FY_IS_WINDOW (parent))
    {
      g_autofree char *text = NULL;

      if (n_new + n_updated == 0)
        text = g_strdup (_("The roster already matches the file; nothing changed"));
      else if (valid_only && n_skipped > 0)
        text = g_strdup_printf (_("Imported %u new, updated %u; skipped %u rows with errors"),
                                n_new, n_updated, n_skipped);
      else
        text = g_strdup_printf (_("Imported %u new, updated %u"), n_new, n_updated);
      fy_window_toast (FY_WINDOW (parent), text);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_import_all_clicked_cb (FyImportDialog *self)
{
  if (self->import && self->store)
    apply (self, FALSE);
}

static gboolean
apply_valid_only_idle (gpointer data)
{
  FyImportDialog *self = data;

  /* store is NULL once the dialog was closed in the meantime. */
  if (self->store && self->import)
    apply (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
on_confirm_response_cb (AdwMessageDialog *dialog, const char *response, FyImportDialog *self)
{
  /* Not from inside the response: the question is transient for this
   * dialog, which closes on success, and must go first. */
  if (g_str_equal (response, "import"))
    g_idle_add_full (G_PRIORITY_DEFAULT, apply_valid_only_idle, g_object_ref (self), g_object_unref);
}

static void
on_import_valid_clicked_cb (FyImportDialog *self)
{
  guint n_invalid, n_valid;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->import == NULL)
    return;
  n_invalid = fy_staff_import_get_n_invalid (self->import);
  n_valid = fy_staff_import_get_n_valid (self->import);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u row with errors will be skipped and not saved; %u valid rows will be imported.",
                                       "%u rows with errors will be skipped and not saved; %u valid rows will be imported.",
                                       n_invalid), n_invalid, n_valid);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Import Only the Valid Rows?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "import", _("_Import Valid Rows"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_cancel_clicked_cb (FyImportDialog *self)
{
  /* While reading, Cancel stops the read and goes back to choosing. */
  if (self->cancellable)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      show_page (self, "choose");
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
filter_func (gpointer item, gpointer data)
{
  FyImportDialog *self = data;
  return !gtk_check_button_get_active (self->errors_only_check) || FY_IMPORT_ROW_ITEM (item)->error != NULL;
}

static void
on_errors_only_toggled_cb (FyImportDialog *self)
{
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* ---- Cells ------------------------------------------------------------ */

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  int col = GPOINTER_TO_INT (data);
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), columns[col].chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (col == COL_LINE)
    gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1.0);
  if (col == COL_PROBLEM)
    gtk_widget_add_css_class (cell, "error");
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  int col = GPOINTER_TO_INT (data);
  FyImportRowItem *row = gtk_list_item_get_item (item);
  GtkWidget *cell = gtk_list_item_get_child (item);
  const char *problem = row->error ? row->error : row->warning;
  const char *text = col == COL_PROBLEM ? problem : row->cells[col];

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text ? text : "");
  /* A long problem is cut on screen: the tooltip has it all. */
  fy_widget_set_row_tooltip (cell, col == COL_PROBLEM ? problem : NULL);
  if (col == COL_ACTION)
    fy_widget_set_css_class (cell, "error", row->error != NULL);
}

static void
build_columns (FyImportDialog *self)
{
  for (int c = 0; c < N_COLS; c++)
    {
      GtkColumnViewColumn *column = fy_column_view_append (self->column_view, _(columns[c].title),
                                                           G_CALLBACK (setup_cell_cb),
                                                           G_CALLBACK (bind_cell_cb), c);
      gtk_column_view_column_set_expand (column, c == COL_PROBLEM);
    }
}

/* ---- GObject ---------------------------------------------------------- */

static void
fy_import_dialog_dispose (GObject *object)
{
  FyImportDialog *self = FY_IMPORT_DIALOG (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->rows);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_import_dialog_parent_class)->dispose (object);
}

static void
fy_import_dialog_finalize (GObject *object)
{
  FyImportDialog *self = FY_IMPORT_DIALOG (object);

  g_clear_pointer (&self->import, fy_staff_import_free);
  g_free (self->path);
  G_OBJECT_CLASS (fy_import_dialog_parent_class)->finalize (object);
}

static void
fy_import_dialog_class_init (FyImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_import_dialog_dispose;
  object_class->finalize = fy_import_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, import_all_button);
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, import_valid_button);
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, file_error);
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, loading_label);
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, advice_label);
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, detail_label);
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, apply_error);
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, errors_only_check);
  gtk_widget_class_bind_template_child (widget_class, FyImportDialog, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_valid_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_errors_only_toggled_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_import_dialog_init (FyImportDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_list_store_new (FY_TYPE_IMPORT_ROW_ITEM);
  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_func, self, NULL));
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)), g_object_ref (self->filter));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  build_columns (self);
  show_page (self, "choose");
}

/* ---- Public ----------------------------------------------------------- */

FyImportDialog *
fy_import_dialog_new (GtkWindow *parent, FyStore *store)
{
  FyImportDialog *self;

  g_return_val_if_fail (FY_IS_STORE (store), NULL);
  self = g_object_new (FY_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  return self;
}

void
fy_import_dialog_present (GtkWindow *parent, FyStore *store)
{
  FyImportDialog *self = fy_import_dialog_new (parent, store);

  gtk_window_present (GTK_WINDOW (self));
  fy_form_focus_first_field (GTK_WINDOW (self));
}

gboolean
fy_import_dialog_is_loading (FyImportDialog *self)
{
  return self->cancellable != NULL;
}

FyStaffImport *
fy_import_dialog_get_import (FyImportDialog *self)
{
  return self->import;
}

const char *
fy_import_dialog_get_page (FyImportDialog *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkLabel *
fy_import_dialog_get_summary_label (FyImportDialog *self)
{
  return self->summary_label;
}

GtkLabel *
fy_import_dialog_get_file_error (FyImportDialog *self)
{
  return self->file_error;
}

GtkButton *
fy_import_dialog_get_import_all_button (FyImportDialog *self)
{
  return self->import_all_button;
}

GtkButton *
fy_import_dialog_get_import_valid_button (FyImportDialog *self)
{
  return self->import_valid_button;
}

GtkButton *
fy_import_dialog_get_cancel_button (FyImportDialog *self)
{
  return self->cancel_button;
}

GListModel *
fy_import_dialog_get_rows (FyImportDialog *self)
{
  return G_LIST_MODEL (self->filtered);
}
