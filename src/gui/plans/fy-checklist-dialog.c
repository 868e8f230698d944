/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-checklist-dialog.c — running a checklist by keyboard: one row per item
 * with its answer (a drop-down: Tab moves from item to item) and, when
 * expanded, the problem, the corrective action, who is responsible and the
 * deadline. The answer Fangyi proposes from its own data is shown with its
 * reason and preselected. Save writes the changed items; Sign off saves,
 * then signs with the inspector and the company's confirmation. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-checklist.h"
#include "fy-clock.h"
#include "fy-error-dialog.h"
#include "fy-form-util.h"
#include "fy-plans-dialogs.h"
#include "fy-validate.h"

typedef struct
{
  int          position;
  GtkDropDown *answer;
  AdwEntryRow *problem;
  AdwEntryRow *action;
  AdwEntryRow *responsible;
  AdwEntryRow *deadline;
  AdwEntryRow *evidence;  /* a path typed or chosen; "" = keep */
  guint        initial;
} ItemRow;

typedef struct
{
  FyStore   *store;
  gint64     run_id;
  GtkWindow *window;
  GArray    *rows;        /* ItemRow */
  GtkEntry  *inspector;
  GtkEntry  *confirmer;
  GtkLabel  *error;
} Run;

static void
run_free (Run *run)
{
  g_clear_object (&run->store);
  g_array_unref (run->rows);
  g_free (run);
}

static GtkStringList *
answer_labels (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < FY_N_ANSWERS; i++)
    gtk_string_list_append (list, fy_code_label_text (&fy_check_answer_labels[i]));
  return list;
}

/* Writes every changed item; FALSE with the message shown on the first refusal. */
static gboolean
save_answers (Run *run)
{
  for (guint i = 0; i < run->rows->len; i++)
    {
      ItemRow *row = &g_array_index (run->rows, ItemRow, i);
      g_autoptr(GError) error = NULL;
      guint answer = gtk_drop_down_get_selected (row->answer);
      const char *problem = gtk_editable_get_text (GTK_EDITABLE (row->problem));
      const char *action = gtk_editable_get_text (GTK_EDITABLE (row->action));
      FyCheckAnswerInput in = {
        .position = row->position, .answer = answer, .problem = problem, .action = action,
        .responsible = gtk_editable_get_text (GTK_EDITABLE (row->responsible)),
        .deadline = gtk_editable_get_text (GTK_EDITABLE (row->deadline)),
        .evidence_path = gtk_editable_get_text (GTK_EDITABLE (row->evidence)),
      };

      if (answer == row->initial && *problem == '\0' && *action == '\0' && *in.evidence_path == '\0')
        continue;
      if (!fy_checklist_answer (run->store, run->run_id, &in, fy_now (), &error))
        {
          g_autofree char *text = g_strdup_printf (_("Item %d: %s"), row->position, error->message);
          fy_form_set_error (run->error, text);
          return FALSE;
        }
      row->initial = answer;
      gtk_editable_set_text (GTK_EDITABLE (row->action), "");
      gtk_editable_set_text (GTK_EDITABLE (row->evidence), "");
    }
  fy_form_set_error (run->error, NULL);
  return TRUE;
}

static void
on_save_clicked_cb (GtkButton *button, Run *run)
{
  if (save_answers (run))
    {
      fy_form_toast (GTK_WIDGET (run->window), _("Checklist saved"));
      gtk_window_close (run->window);
    }
}

static void
on_sign_clicked_cb (GtkButton *button, Run *run)
{
  g_autoptr(GError) error = NULL;

  if (!save_answers (run))
    return;
  if (!fy_checklist_sign (run->store, run->run_id, gtk_editable_get_text (GTK_EDITABLE (run->inspector)),
                          gtk_editable_get_text (GTK_EDITABLE (run->confirmer)), fy_now (), &error))
    {
      fy_form_set_error (run->error, error->message);
      return;
    }
  fy_form_toast (GTK_WIDGET (run->window), _("Checklist signed off"));
  gtk_window_close (run->window);
}

static AdwEntryRow *
entry_row (AdwExpanderRow *parent, const char *title, const char *text, gboolean editable)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  gtk_editable_set_editable (GTK_EDITABLE (row), editable);
  adw_entry_row_set_activates_default (row, TRUE);
  adw_expander_row_add_row (parent, GTK_WIDGET (row));
  return row;
}

static void
on_evidence_chosen_cb (GtkNativeDialog *chooser, int response, AdwEntryRow *entry)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      if (path)
        gtk_editable_set_text (GTK_EDITABLE (entry), path);
    }
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  g_object_unref (chooser);
}

static void
on_choose_evidence_cb (GtkButton *button, AdwEntryRow *entry)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Attach evidence"),
      GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))), GTK_FILE_CHOOSER_ACTION_OPEN,
      _("_Attach"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_evidence_chosen_cb), entry);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_open_evidence_cb (GtkButton *button, Run *run)
{
  int position = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "fy-position"));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = fy_checklist_get_evidence (run->store, run->run_id, position, &name, &error);

  if (bytes)
    fy_plans_open_bytes (GTK_WIDGET (run->window), name, bytes);
  else
    fy_form_set_error (run->error, error->message);
}

/* The evidence line: the file attached (when any, with Open) and a path to
 * attach, typed or chosen; a photo or file of at most 20 MB. */
static AdwEntryRow *
evidence_row (Run *run, AdwExpanderRow *parent, FyChecklistItem *item, gboolean editable)
{
  g_autofree char *title = *item->evidence_name
    ? g_markup_printf_escaped (_("Evidence: %s"), item->evidence_name)
    : g_strdup (item->evidence_required ? _("Evidence (required): file to attach") : _("Evidence: file to attach"));
  AdwEntryRow *row = entry_row (parent, title, "", editable);

  gtk_widget_set_name (GTK_WIDGET (row), "evidence");
  if (*item->evidence_name)
    {
      GtkWidget *open = fy_plans_icon_button ("document-open-symbolic", _("Open the evidence"));
      g_object_set_data (G_OBJECT (open), "fy-position", GINT_TO_POINTER (item->position));
      g_signal_connect (open, "clicked", G_CALLBACK (on_open_evidence_cb), run);
      adw_entry_row_add_suffix (row, open);
    }
  if (editable)
    {
      GtkWidget *choose = fy_plans_icon_button ("mail-attachment-symbolic", _("Choose a file to attach"));
      g_signal_connect (choose, "clicked", G_CALLBACK (on_choose_evidence_cb), row);
      adw_entry_row_add_suffix (row, choose);
    }
  return row;
}

static GtkWidget *
item_row (Run *run, FyChecklistItem *item, const char *day, gboolean editable)
{
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  g_autoptr(GtkStringList) labels = answer_labels ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyCheckProposal) proposal = NULL;
  g_autofree char *subtitle = NULL, *title = NULL;
  g_autofree char *deadline = fy_date_add_days (day, 7);
  GtkDropDown *answer = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL));
  ItemRow ir = { .position = item->position, .answer = answer, .initial = item->answer };

  title = g_markup_printf_escaped ("%d. %s", item->position, item->content);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (item->answer == FY_ANSWER_NONE && editable)
    proposal = fy_checklist_propose (run->store, item->probe, day, &error);
  if (proposal)
    /* TRANSLATORS: the proposed answer and why, e.g. "Proposed: No — 3 people with a trip not yet returned". */
    subtitle = g_markup_printf_escaped (_("%s · %s · Proposed: %s — %s"), item->category,
                                        fy_code_label_text (&fy_check_method_labels[item->method]),
                                        fy_code_label_text (&fy_check_answer_labels[proposal->answer]),
                                        proposal->reason);
  else
    subtitle = g_markup_printf_escaped ("%s · %s", item->category,
                                        fy_code_label_text (&fy_check_method_labels[item->method]));
  adw_expander_row_set_subtitle (row, subtitle);
  gtk_drop_down_set_selected (answer, proposal ? proposal->answer : item->answer);
  gtk_widget_set_valign (GTK_WIDGET (answer), GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (GTK_WIDGET (answer), editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (answer), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_expander_row_add_action (row, GTK_WIDGET (answer));

  ir.problem = entry_row (row, _("Problem found"), item->problem, editable);
  ir.action = entry_row (row, _("Corrective action"), "", editable);
  /* Names for the tests and the accessibility tree. */
  gtk_widget_set_name (GTK_WIDGET (ir.problem), "problem");
  gtk_widget_set_name (GTK_WIDGET (ir.action), "action");
  ir.responsible = entry_row (row, _("Responsible"), "", editable);
  ir.deadline = entry_row (row, _("Deadline"), deadline, editable);
  ir.evidence = evidence_row (run, row, item, editable);
  g_array_append_val (run->rows, ir);
  return GTK_WIDGET (row);
}

GtkWindow *
fy_checklist_dialog_present (GtkWidget *parent, FyStore *store, gint64 run_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyChecklistRun) data = fy_checklist_get_run (store, run_id, &error);
  Run *run;
  GtkWidget *box, *list, *save, *sign, *form;
  gboolean editable;
  g_autofree char *title = NULL;

  if (data == NULL)
    {
      fy_show_error (parent, _("The checklist could not be opened"), error->message);
      return NULL;
    }
  editable = data->signed_at == 0;
  run = g_new0 (Run, 1);
  run->store = g_object_ref (store);
  run->run_id = run_id;
  run->rows = g_array_new (FALSE, TRUE, sizeof (ItemRow));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, data->name, -1);
  for (guint i = 0; i < data->items->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), item_row (run, data->items->pdata[i], data->day, editable));
  gtk_box_append (GTK_BOX (box), list);

  form = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  run->inspector = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (run->inspector, _("Inspector"));
  gtk_editable_set_text (GTK_EDITABLE (run->inspector), data->inspector);
  gtk_accessible_update_property (GTK_ACCESSIBLE (run->inspector), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Inspector"), -1);
  run->confirmer = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (run->confirmer, _("Confirmed by the company"));
  gtk_editable_set_text (GTK_EDITABLE (run->confirmer), data->confirmer);
  gtk_accessible_update_property (GTK_ACCESSIBLE (run->confirmer), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Confirmed by the company"), -1);
  gtk_widget_set_hexpand (GTK_WIDGET (run->inspector), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (run->confirmer), TRUE);
  sign = gtk_button_new_with_mnemonic (_("Sign _Off"));
  g_signal_connect (sign, "clicked", G_CALLBACK (on_sign_clicked_cb), run);
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (run->inspector));
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (run->confirmer));
  gtk_box_append (GTK_BOX (form), sign);
  gtk_widget_set_visible (form, editable);
  gtk_box_append (GTK_BOX (box), form);
  run->error = fy_plans_error_label ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (run->error));

  title = g_strdup_printf ("%s — %s", data->name, data->day);
  run->window = fy_plans_frame_new (parent, title, editable, box, &save);
  g_object_set_data_full (G_OBJECT (run->window), "fy-run", run, (GDestroyNotify) run_free);
  g_signal_connect (save, "clicked", G_CALLBACK (on_save_clicked_cb), run);
  gtk_window_present (run->window);
  if (run->rows->len > 0)
    gtk_widget_grab_focus (GTK_WIDGET (g_array_index (run->rows, ItemRow, 0).answer));
  return run->window;
}
