/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-test-results-dialog.c — enter the results of a round. Each key press
 * is one core call (one transaction); a refused result (time before the
 * sample, in the future) shows the core's sentence and changes nothing. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-a11y.h"
#include "fy-clock.h"
#include "fy-form-util.h"
#include "fy-gui-util.h"
#include "fy-quarantine-dialog.h"
#include "fy-record-item.h"
#include "fy-test-results-dialog.h"
#include "fy-test-results-dialog-private.h"
#include "fy-tests.h"

struct _FyTestResultsDialog
{
  AdwWindow        parent_instance;

  /* template children */
  GtkLabel        *round_label;
  GtkLabel        *counts_label;
  AdwEntryRow     *result_date_entry;
  AdwEntryRow     *result_time_entry;
  GtkLabel        *error_label;
  GtkColumnView   *results_view;
  GtkButton       *all_negative_button;

  /* owned */
  FyStore         *store;
  gint64           round_id;
  GListStore      *results;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (FyTestResultsDialog, fy_test_results_dialog, ADW_TYPE_WINDOW)

typedef enum { COL_NAME, COL_EMPLOYEE_NO, COL_DEPARTMENT, COL_TEAM, COL_RESULT, COL_RESULT_AT, N_COLS } Column;

static const struct { const char *title; int width; } columns[N_COLS] = {
  { N_("Name"), 6 },
  { N_("Employee No."), 8 },
  { N_("Department"), 8 },
  { N_("Team"), 6 },
  { N_("Result"), 8 },
  { N_("Result Time"), 10 },
};

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *cell = gtk_inscription_new (NULL);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), columns[GPOINTER_TO_INT (data)].width);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  const FyTestResult *r = fy_record_item_get (gtk_list_item_get_item (item));
  g_autofree char *text = NULL;

  switch ((Column) GPOINTER_TO_INT (data))
    {
    case COL_NAME: text = g_strdup (r->person.name); break;
    case COL_EMPLOYEE_NO: text = g_strdup (r->person.employee_no); break;
    case COL_DEPARTMENT: text = g_strdup (r->person.department); break;
    case COL_TEAM: text = g_strdup (r->person.team); break;
    case COL_RESULT: text = g_strdup (fy_test_outcome_label (r->result)); break;
    case COL_RESULT_AT: text = fy_format_instant (r->result_at); break;
    case N_COLS: default: text = g_strdup (""); break;
    }
  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  if (GPOINTER_TO_INT (data) == COL_NAME)
    fy_a11y_name_person_row (item, r->person.name, r->person.employee_no);
  /* Which row this cell shows, to give that row the keyboard focus. */
  g_object_set_data (G_OBJECT (cell), "fy-row", GUINT_TO_POINTER (gtk_list_item_get_position (item) + 1));
  fy_widget_set_css_class (cell, "abnormal", r->result == FY_RESULT_POSITIVE);
  fy_widget_set_css_class (cell, "dim-label", r->result == FY_RESULT_PENDING && GPOINTER_TO_INT (data) == COL_RESULT);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "fy-row", NULL);
}

static GtkWidget *
find_cell (GtkWidget *widget, guint position)
{
  if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "fy-row")) == position + 1)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_cell (c, position);
      if (found)
        return found;
    }
  return NULL;
}

/* Moves the keyboard focus to the row at `position` if it is on screen:
 * GTK 4.8 has no API for it, but focusing the row widget (the child of the
 * list inside the column view) makes the list track that row, so the arrow
 * keys continue from there. */
static gboolean
focus_row (FyTestResultsDialog *self, guint position)
{
  GtkWidget *cell = find_cell (GTK_WIDGET (self->results_view), position);

  for (GtkWidget *w = cell; w && w != GTK_WIDGET (self->results_view); w = gtk_widget_get_parent (w))
    if (GTK_IS_LIST_VIEW (gtk_widget_get_parent (w)))
      return gtk_widget_grab_focus (w);
  return FALSE;
}

static gboolean
focus_later_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  FyTestResultsDialog *self = FY_TEST_RESULTS_DIALOG (widget);
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position != GTK_INVALID_LIST_POSITION)
    focus_row (self, position);
  return G_SOURCE_REMOVE;
}

static void
update_counts (FyTestResultsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyTestRound) round = fy_tests_get_round (self->store, self->round_id, &error);
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;
  g_autofree char *counts = NULL;

  if (round == NULL)
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  when = fy_format_instant (round->sampled_at);
  /* TRANSLATORS: test kind, sample time, place. */
  title = *round->place ? g_strdup_printf (_("%s sampled %s at %s"), fy_test_kind_label (round->kind), when,
                                           round->place)
                        : g_strdup_printf (_("%s sampled %s"), fy_test_kind_label (round->kind), when);
  gtk_label_set_text (self->round_label, title);
  counts = g_strdup_printf (_("%u people: %u pending, %u negative, %u positive"),
                            round->n_people, round->n_pending, round->n_negative, round->n_positive);
  gtk_label_set_text (self->counts_label, counts);
  fy_widget_set_css_class (GTK_WIDGET (self->counts_label), "error", round->n_positive > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->all_negative_button), round->n_pending > 0);
}

static void
reload (FyTestResultsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = fy_tests_list_round (self->store, self->round_id, &error);

  if (list == NULL)
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  fy_record_items_splice (self->results, list, (GDestroyNotify) fy_test_result_free);
  update_counts (self);
}

static guint
next_pending (FyTestResultsDialog *self, guint from)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results));

  for (guint k = 0; k < n; k++)
    {
      guint i = (from + k) % n;
      g_autoptr(FyRecordItem) item = g_list_model_get_item (G_LIST_MODEL (self->results), i);
      if (((FyTestResult *) fy_record_item_get (item))->result == FY_RESULT_PENDING)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
move_to (FyTestResultsDialog *self, guint position)
{
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  /* Scrolls there (GTK 4.8 has no gtk_column_view_scroll_to). */
  /* A row on screen (or just off it) takes the focus and is scrolled to;
   * another is scrolled to first and laid out on the next frame. */
  if (focus_row (self, position))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self->results_view), "list.scroll-to-item", "u", position);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_later_cb, NULL, NULL);
}

static gboolean
read_result_time (FyTestResultsDialog *self, gint64 *result_at)
{
  g_autoptr(GError) error = NULL;

  if (fy_form_read_instant (GTK_EDITABLE (self->result_date_entry), GTK_EDITABLE (self->result_time_entry),
                            result_at, &error))
    return TRUE;
  fy_form_set_error (self->error_label, error->message);
  return FALSE;
}

/* After a positive result: quarantine, and the emergency procedure when
 * the window offers it ("win.emergency-start", a staff id). */
static void
on_next_step_cb (AdwMessageDialog *dialog, const char *response, FyTestResultsDialog *self)
{
  gint64 staff_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "fy-staff-id"));
  GtkWindow *main = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (g_str_equal (response, "quarantine"))
    fy_quarantine_dialog_present (GTK_WINDOW (self), self->store, staff_id);
  else if (g_str_equal (response, "emergency") && G_IS_ACTION_GROUP (main))
    g_action_group_activate_action (G_ACTION_GROUP (main), "emergency-start", g_variant_new_int64 (staff_id));
}

static void
offer_next_steps (FyTestResultsDialog *self, const FyTestResult *r)
{
  GtkWindow *main = gtk_window_get_transient_for (GTK_WINDOW (self));
  GActionGroup *win_actions = G_IS_ACTION_GROUP (main) ? G_ACTION_GROUP (main) : NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: %s is the person with a positive result. */
  heading = g_strdup_printf (_("Next Steps for %s"), r->person.name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Report the positive result at once and follow the emergency plan: "
                                     "isolate the person, trace close contacts, disinfect where they worked."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "later", _("_Later"),
                                    "quarantine", _("Start _Quarantine…"), NULL);
  if (win_actions && g_action_group_has_action (win_actions, "emergency-start"))
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "emergency", _("Start _Emergency Procedure"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "quarantine");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_object_set_data (G_OBJECT (dialog), "fy-staff-id", GSIZE_TO_POINTER (r->person.staff_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_next_step_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
apply_result (FyTestResultsDialog *self, gint64 result_id, FyTestOutcome outcome, gint64 result_at,
              const char *reason)
{
  g_autoptr(GError) error = NULL;
  guint pos = gtk_single_selection_get_selected (self->selection);
  FyRecordItem *item = gtk_single_selection_get_selected_item (self->selection);
  FyTestResult *r = item ? fy_record_item_get (item) : NULL;

  if (r == NULL || r->id != result_id)
    return;   /* the list moved on meanwhile */
  if (!fy_tests_correct_result (self->store, r->id, outcome, result_at, reason ? reason : "", fy_now (), &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  r->result = outcome;
  r->result_at = result_at;
  g_list_model_items_changed (G_LIST_MODEL (self->results), pos, 1, 1);
  update_counts (self);
  if (outcome == FY_RESULT_POSITIVE)
    offer_next_steps (self, r);
  else
    move_to (self, next_pending (self, pos + 1));
}

static void
on_confirm_cb (AdwMessageDialog *dialog, const char *response, FyTestResultsDialog *self)
{
  GtkWidget *reason = adw_message_dialog_get_extra_child (dialog);

  if (!g_str_equal (response, "apply"))
    return;
  apply_result (self, *(gint64 *) g_object_get_data (G_OBJECT (dialog), "fy-result-id"),
                GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "fy-outcome")),
                *(gint64 *) g_object_get_data (G_OBJECT (dialog), "fy-result-at"),
                reason ? gtk_editable_get_text (GTK_EDITABLE (reason)) : NULL);
}

/* A positive result is never one stray key, and a result already recorded
 * is changed only with a reason: both ask first. */
static void
confirm_result (FyTestResultsDialog *self, const FyTestResult *r, FyTestOutcome outcome, gint64 result_at)
{
  gboolean correction = r->result != FY_RESULT_PENDING;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *reason = NULL;

  heading = outcome == FY_RESULT_POSITIVE
    /* Translators: %s is the person. */
    ? g_strdup_printf (_("Record a Positive Result for %s?"), r->person.name)
    /* Translators: %s is the person, then the old and the new result. */
    : g_strdup_printf (_("Correct the Result of %s from %s to %s?"), r->person.name,
                       fy_test_outcome_label (r->result), fy_test_outcome_label (outcome));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   correction ? _("The result already recorded and the new one are both kept in "
                                                  "the audit trail with the reason.")
                                              : _("A positive result starts the emergency procedure. "
                                                  "Check it against the laboratory report first."));
  if (correction)
    {
      reason = gtk_entry_new ();
      gtk_entry_set_placeholder_text (GTK_ENTRY (reason), _("Reason for the correction"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (reason), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Reason for the correction"), -1);
      gtk_entry_set_max_length (GTK_ENTRY (reason), 200);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), reason);
    }
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "apply", outcome == FY_RESULT_POSITIVE ? _("Record _Positive")
                                                                           : _("_Correct"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_DESTRUCTIVE);
  /* Enter must not confirm a positive by accident: Cancel is the default. */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fy-result-id", g_memdup2 (&r->id, sizeof r->id), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "fy-result-at", g_memdup2 (&result_at, sizeof result_at), g_free);
  g_object_set_data (G_OBJECT (dialog), "fy-outcome", GINT_TO_POINTER (outcome));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  if (reason)
    gtk_widget_grab_focus (reason);
}

static void
set_selected (FyTestResultsDialog *self, FyTestOutcome outcome)
{
  FyRecordItem *item = gtk_single_selection_get_selected_item (self->selection);
  FyTestResult *r = item ? fy_record_item_get (item) : NULL;
  gint64 result_at = 0;

  fy_form_set_error (self->error_label, NULL);
  if (r == NULL)
    {
      fy_form_set_error (self->error_label, _("Choose a person in the list first."));
      return;
    }
  if (!read_result_time (self, &result_at))
    return;
  if (r->result == outcome)
    {
      move_to (self, next_pending (self, gtk_single_selection_get_selected (self->selection) + 1));
      return;
    }
  if (outcome == FY_RESULT_POSITIVE || r->result != FY_RESULT_PENDING)
    confirm_result (self, r, outcome, result_at);
  else
    apply_result (self, r->id, outcome, result_at, NULL);
}

static void
on_negative_clicked_cb (FyTestResultsDialog *self)
{
  set_selected (self, FY_RESULT_NEGATIVE);
}

static void
on_positive_clicked_cb (FyTestResultsDialog *self)
{
  set_selected (self, FY_RESULT_POSITIVE);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *key, guint keyval, guint keycode, GdkModifierType state,
                   FyTestResultsDialog *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (gdk_keyval_to_lower (keyval))
    {
    case GDK_KEY_n: case GDK_KEY_minus: case GDK_KEY_KP_Subtract:
      set_selected (self, FY_RESULT_NEGATIVE);
      return TRUE;
    case GDK_KEY_p: case GDK_KEY_plus: case GDK_KEY_KP_Add:
      set_selected (self, FY_RESULT_POSITIVE);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_all_negative_response_cb (AdwMessageDialog *dialog, const char *response, FyTestResultsDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 result_at = 0;
  guint n = 0;

  if (!g_str_equal (response, "negative") || !read_result_time (self, &result_at))
    return;
  if (!fy_tests_round_set_pending (self->store, self->round_id, FY_RESULT_NEGATIVE, result_at, fy_now (),
                                   &n, &error))
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  reload (self);
  {
    g_autofree char *msg = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result set to negative",
                                                         "%u results set to negative", n), n);
    fy_form_toast (GTK_WIDGET (self), msg);
  }
}

static void
on_all_negative_clicked_cb (FyTestResultsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyTestRound) round = fy_tests_get_round (self->store, self->round_id, &error);
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  gint64 result_at = 0;

  fy_form_set_error (self->error_label, NULL);
  if (round == NULL)
    {
      fy_form_set_error (self->error_label, error->message);
      return;
    }
  if (!read_result_time (self, &result_at))
    return;
  when = fy_format_instant (result_at);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mark %u Pending Result Negative?",
                                        "Mark %u Pending Results Negative?", round->n_pending), round->n_pending);
  body = g_strdup_printf (_("Every result still pending in this round becomes “negative”, with the result time %s. "
                            "Results already entered stay as they are."), when);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), title, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "negative", _("Mark _Negative"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "negative", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_all_negative_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

GListModel *
fy_test_results_dialog_get_model (FyTestResultsDialog *self)
{
  return G_LIST_MODEL (self->results);
}

static void
fy_test_results_dialog_dispose (GObject *object)
{
  FyTestResultsDialog *self = FY_TEST_RESULTS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_TEST_RESULTS_DIALOG);
  g_clear_object (&self->selection);
  g_clear_object (&self->results);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fy_test_results_dialog_parent_class)->dispose (object);
}

static void
fy_test_results_dialog_class_init (FyTestResultsDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fy_test_results_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-test-results-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FyTestResultsDialog, round_label);
  gtk_widget_class_bind_template_child (widget_class, FyTestResultsDialog, counts_label);
  gtk_widget_class_bind_template_child (widget_class, FyTestResultsDialog, result_date_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTestResultsDialog, result_time_entry);
  gtk_widget_class_bind_template_child (widget_class, FyTestResultsDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FyTestResultsDialog, results_view);
  gtk_widget_class_bind_template_child (widget_class, FyTestResultsDialog, all_negative_button);
  gtk_widget_class_bind_template_callback (widget_class, on_negative_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_positive_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_all_negative_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_test_results_dialog_init (FyTestResultsDialog *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->results = g_list_store_new (FY_TYPE_RECORD_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->results)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_column_view_set_model (self->results_view, GTK_SELECTION_MODEL (self->selection));
  for (int i = 0; i < N_COLS; i++)
    {
      GtkColumnViewColumn *column = fy_column_view_append (self->results_view, _(columns[i].title),
                                                           G_CALLBACK (setup_cell_cb),
                                                           G_CALLBACK (bind_cell_cb), i);
      gtk_column_view_column_set_expand (column, i == COL_RESULT_AT);
      g_signal_connect (gtk_column_view_column_get_factory (column), "unbind", G_CALLBACK (unbind_cell_cb), NULL);
    }
  fy_a11y_name (GTK_WIDGET (self->results_view), _("Results"));
  /* Keys typed in the list (not in the time fields) set results. */
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->results_view), key);
}

FyTestResultsDialog *
fy_test_results_dialog_present (GtkWindow *parent, FyStore *store, gint64 round_id)
{
  FyTestResultsDialog *self = g_object_new (FY_TYPE_TEST_RESULTS_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  self->round_id = round_id;
  fy_form_set_now (GTK_EDITABLE (self->result_date_entry), GTK_EDITABLE (self->result_time_entry));
  reload (self);
  gtk_window_present (GTK_WINDOW (self));
  move_to (self, next_pending (self, 0));
  gtk_widget_grab_focus (GTK_WIDGET (self->results_view));
  return self;
}
