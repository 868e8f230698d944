/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The tests and travel views under Xvfb, driven through their real
 * dialogs: a test round for a department (the due list changes), results
 * by key and "all remaining negative", a result time before the sample
 * refused with the core's message and nothing written, a quarantine from a
 * template with its computed dates shown and stored, a trip registered and
 * its return from a high-risk area starting a quarantine, vaccination
 * doses and cadence rules. */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "fy-absence-dialog.h"
#include "fy-absence.h"
#include "fy-cadence-dialog.h"
#include "fy-monitor-dialog.h"
#include "fy-clock.h"
#include "fy-gui-test-support.h"
#include "fy-health-test-support.h"
#include "fy-person-picker.h"
#include "fy-quarantine-dialog-private.h"
#include "fy-quarantine-dialog.h"
#include "fy-quarantine.h"
#include "fy-record-item.h"
#include "fy-return-dialog-private.h"
#include "fy-return-dialog.h"
#include "fy-test-results-dialog-private.h"
#include "fy-test-results-dialog.h"
#include "fy-test-record-dialog.h"
#include "fy-test-round-dialog.h"
#include "fy-tests-view-private.h"
#include "fy-tests-view.h"
#include "fy-tests.h"
#include "fy-travel-view-private.h"
#include "fy-travel-view.h"
#include "fy-trip-dialog.h"
#include "fy-trips.h"
#include "fy-vaccination-dialog.h"

#define TODAY "2026-11-22"
#define NOW   TODAY " 15:00"

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

static GtkWidget *
need_id (gpointer root, const char *id)
{
  GtkWidget *w = fy_gui_test_find_buildable_id (GTK_WIDGET (root), id);
  if (w == NULL)
    g_error ("no widget “%s”", id);
  return w;
}

static void
type_into (gpointer root, const char *id, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (need_id (root, id)), text);
  fy_gui_test_iterate ();
}

static const char *
label_text (gpointer root, const char *id)
{
  return gtk_label_get_text (GTK_LABEL (need_id (root, id)));
}

static FyStore *
open_company (void)
{
  FyStore *store = fy_test_open_store ();

  fy_test_add_person_full (store, "A1", "张伟", "冲压车间", "甲班", "操作工", FALSE);
  fy_test_add_person_full (store, "A2", "王芳", "冲压车间", "甲班", "操作工", FALSE);
  fy_test_add_person_full (store, "A3", "李娜", "冲压车间", "甲班", "班长", FALSE);
  fy_test_add_person_full (store, "B1", "刘洋", "总装车间", "甲班", "装配工", FALSE);
  fy_test_add_person_full (store, "B2", "陈静", "总装车间", "甲班", "装配工", FALSE);
  return store;
}

/* A plain window holding `view`. */
static GtkWindow *
window_with (GtkWidget *view)
{
  GtkWindow *win = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (win, 1200, 800);
  gtk_window_set_child (win, view);
  gtk_window_present (win);
  fy_gui_test_iterate ();
  return win;
}

/* Sends a key press to the key controller of `widget`, as typing does. */
static gboolean
press_key (GtkWidget *widget, guint keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);
      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, 0, &handled);
    }
  fy_gui_test_iterate ();
  return handled;
}

typedef struct { GListModel *model; guint n; } CountWait;

static gboolean
has_count (gpointer data)
{
  CountWait *w = data;
  return g_list_model_get_n_items (w->model) == w->n;
}

/* The views reload a moment after data changes: wait for `model` to have
 * `n` rows. */
static void
wait_for_rows (GListModel *model, guint n)
{
  CountWait w = { model, n };
  fy_gui_test_wait_until (has_count, &w);
}

static guint
combo_index_of (AdwComboRow *row, const char *label)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      return i;
  g_error ("no choice “%s”", label);
  return 0;
}

static gint64
count (FyStore *store, const char *sql)
{
  return fy_test_query_int (store, sql);
}

/* ------------------------------------------------------------------ */
/* Tests view                                                          */

static void
test_views_in_window (void)
{
  FY_TEST_LAST_REF FyStore *store = open_company ();
  FyWindow *win = fy_gui_test_make_window (store);

  g_assert_nonnull (fy_gui_test_find_child_of_type (GTK_WIDGET (win), FY_TYPE_TESTS_VIEW));
  g_assert_nonnull (fy_gui_test_find_child_of_type (GTK_WIDGET (win), FY_TYPE_TRAVEL_VIEW));
  fy_gui_test_destroy (win);
}

static void
test_round_for_department (void)
{
  FY_TEST_LAST_REF FyStore *store = open_company ();
  FyTestsView *view = FY_TESTS_VIEW (fy_tests_view_new (store));
  GtkWindow *win = window_with (GTK_WIDGET (view));
  GListModel *due = fy_tests_view_get_due_model (view);
  FyTestRoundDialog *dialog;
  FyTestResultsDialog *results;
  AdwMessageDialog *confirm;
  GtkListBox *rounds;
  gint64 round_id;

  /* Nobody tested yet: everyone is due, and overdue. */
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 5);
  fy_tests_view_set_department (view, "冲压车间");
  fy_gui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "tests.new-round", NULL));
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (FY_TYPE_TEST_ROUND_DIALOG);
  g_assert_nonnull (dialog);
  /* The view's department is the dialog's group. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (need_id (dialog, "department_row"))), ==,
                    combo_index_of (ADW_COMBO_ROW (need_id (dialog, "department_row")), "冲压车间"));
  g_assert_nonnull (strstr (label_text (dialog, "summary_label"), "3"));
  type_into (dialog, "date_entry", TODAY);
  type_into (dialog, "time_entry", "14:30");
  type_into (dialog, "place_entry", "东门采样点");
  /* A round is pooled (混采) unless the officer says otherwise. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (need_id (dialog, "sampling_row"))), ==,
                    FY_SAMPLING_POOLED);
  fy_gui_test_click (need_id (dialog, "create_button"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));

  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE sampling = 'pooled'"), ==, 3);
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_round"), ==, 1);
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result t JOIN staff s ON s.id = t.staff_id"
                                 " WHERE s.department = '冲压车间' AND t.result = 'pending'"
                                 " AND t.place = '东门采样点'"), ==, 3);
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result"), ==, 3);
  /* The due list follows: the department is done, the other still due. */
  wait_for_rows (due, 0);
  fy_tests_view_set_department (view, "");
  fy_gui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 2);

  /* Open the round from the list of rounds. */
  rounds = GTK_LIST_BOX (need_id (view, "rounds_list"));
  g_signal_emit_by_name (rounds, "row-activated", gtk_list_box_get_row_at_index (rounds, 0));
  fy_gui_test_iterate ();
  results = fy_gui_test_find_toplevel (FY_TYPE_TEST_RESULTS_DIALOG);
  g_assert_nonnull (results);
  g_assert_cmpuint (g_list_model_get_n_items (fy_test_results_dialog_get_model (results)), ==, 3);
  round_id = count (store, "SELECT id FROM test_round");

  /* N on the first (chosen) person, P on the next one. */
  type_into (results, "result_time_entry", "14:50");
  g_assert_true (press_key (need_id (results, "results_view"), GDK_KEY_n));
  g_assert_false (gtk_widget_get_visible (need_id (results, "error_label")));
  /* P asks first (Cancel is the default): nothing is written until confirmed. */
  g_assert_true (press_key (need_id (results, "results_view"), GDK_KEY_p));
  confirm = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  g_assert_cmpstr (adw_message_dialog_get_default_response (confirm), ==, "cancel");
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE result = 'positive'"), ==, 0);
  adw_message_dialog_response (confirm, "apply");
  gtk_window_destroy (GTK_WINDOW (confirm));
  fy_gui_test_iterate ();
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE result = 'negative'"), ==, 1);
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE result = 'positive'"), ==, 1);
  g_assert_nonnull (strstr (label_text (results, "counts_label"), "1 pending"));
  /* Then the next steps; no emergency procedure where the window has none. */
  confirm = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (confirm), "Next Steps"));
  g_assert_true (adw_message_dialog_has_response (confirm, "quarantine"));
  g_assert_false (adw_message_dialog_has_response (confirm, "emergency"));
  gtk_window_close (GTK_WINDOW (confirm));
  fy_gui_test_iterate ();

  /* Correcting it needs a reason, kept in the audit with both values. */
  g_assert_true (press_key (need_id (results, "results_view"), GDK_KEY_n));
  confirm = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (adw_message_dialog_get_extra_child (confirm));
  adw_message_dialog_response (confirm, "apply");
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (need_id (results, "error_label")));
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE result = 'positive'"), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (confirm)), "实验室复核为误报");
  adw_message_dialog_response (confirm, "apply");
  gtk_window_destroy (GTK_WINDOW (confirm));
  fy_gui_test_iterate ();
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE result = 'positive'"), ==, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM audit WHERE entity = 'test_result' AND old_value LIKE 'positive@%'"
                                 " AND new_value LIKE 'negative@% (实验室复核为误报)'"), ==, 1);

  /* All remaining negative, after confirming. */
  fy_gui_test_click (need_id (results, "all_negative_button"));
  confirm = fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "negative");
  fy_gui_test_iterate ();
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE result = 'negative'"), ==, 3);
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE result = 'pending'"), ==, 0);
  {
    g_autoptr(FyTestRound) round = fy_tests_get_round (store, round_id, NULL);
    g_assert_cmpuint (round->n_positive, ==, 0);
    g_assert_cmpuint (round->n_negative, ==, 3);
  }
  g_assert_false (gtk_widget_get_sensitive (need_id (results, "all_negative_button")));
  fy_gui_test_destroy_all_windows ();
  (void) win;
}

/* One person's test: 单采 by default; an antigen test greys the row out
 * and is stored without a sampling. */
static void
test_record_sampling (void)
{
  FY_TEST_LAST_REF FyStore *store = open_company ();
  gint64 id = count (store, "SELECT min(id) FROM staff");
  FyTestRecordDialog *dialog = fy_test_record_dialog_present (NULL, store, id);
  GtkWidget *sampling = need_id (dialog, "sampling_row");

  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (sampling)), ==, FY_SAMPLING_SINGLE);
  g_assert_true (gtk_widget_get_sensitive (sampling));
  adw_combo_row_set_selected (ADW_COMBO_ROW (need_id (dialog, "kind_row")), FY_TEST_ANTIGEN);
  g_assert_false (gtk_widget_get_sensitive (sampling));
  type_into (dialog, "date_entry", TODAY);
  type_into (dialog, "time_entry", "08:00");
  fy_gui_test_click (need_id (dialog, "save_button"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE kind = 'antigen' AND sampling = ''"), ==, 1);

  dialog = fy_test_record_dialog_present (NULL, store, id);
  type_into (dialog, "date_entry", TODAY);
  type_into (dialog, "time_entry", "09:00");
  fy_gui_test_click (need_id (dialog, "save_button"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE kind = 'pcr' AND sampling = 'single'"), ==, 1);
  fy_gui_test_destroy_all_windows ();
}

static void
test_result_before_sample (void)
{
  FY_TEST_LAST_REF FyStore *store = open_company ();
  g_autoptr(GError) error = NULL;
  FyHealthFilter filter = { .department = "总装车间", .team = "" };
  gint64 round_id = 0;
  gint64 sampled_at = 0;
  guint n = 0;
  FyTestResultsDialog *results;
  GtkWidget *error_label;
  gint64 audit_before;

  g_assert_true (fy_parse_local_instant (TODAY, "14:00", &sampled_at, NULL));
  g_assert_true (fy_tests_create_round (store,
                                        &(FyTestRoundInput) { .sampled_at = sampled_at,
                                                              .kind = FY_TEST_PCR, .place = "东门",
                                                              .note = "", .filter = &filter,
                                                              .staff_ids = NULL },
                                        sampled_at + 3600, &round_id, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  audit_before = count (store, "SELECT count(*) FROM audit");

  results = fy_test_results_dialog_present (NULL, store, round_id);
  fy_gui_test_iterate ();
  type_into (results, "result_date_entry", TODAY);
  type_into (results, "result_time_entry", "13:00");
  error_label = need_id (results, "error_label");
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_true (press_key (need_id (results, "results_view"), GDK_KEY_n));

  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "before the sample time"));
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE result = 'pending'"), ==, 2);
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE result_at IS NOT NULL"), ==, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM audit"), ==, audit_before);

  /* "All remaining negative" with that time: refused the same way. */
  fy_gui_test_click (need_id (results, "all_negative_button"));
  adw_message_dialog_response (fy_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG), "negative");
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE result = 'pending'"), ==, 2);

  /* A correct time clears the message. */
  type_into (results, "result_time_entry", "14:40");
  g_assert_true (press_key (need_id (results, "results_view"), GDK_KEY_n));
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE result = 'negative'"), ==, 1);
  fy_gui_test_destroy_all_windows ();
}

/* ------------------------------------------------------------------ */
/* Travel view                                                         */

static void
test_quarantine_from_template (void)
{
  FY_TEST_LAST_REF FyStore *store = open_company ();
  FyTravelView *view = FY_TRAVEL_VIEW (fy_travel_view_new (store));
  GtkWindow *win = window_with (GTK_WIDGET (view));
  FyQuarantineDialog *dialog;
  FyPersonPicker *picker;
  AdwComboRow *rule;
  const char *plan;
  g_autoptr(GPtrArray) active = NULL;
  FyQuarantine *q;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "travel.start-quarantine", NULL));
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (FY_TYPE_QUARANTINE_DIALOG);
  g_assert_nonnull (dialog);
  picker = FY_PERSON_PICKER (fy_gui_test_find_child_of_type (GTK_WIDGET (dialog), FY_TYPE_PERSON_PICKER));
  fy_person_picker_set_search (picker, "B1");
  fy_gui_test_iterate ();
  g_assert_cmpint (fy_person_picker_get_chosen (picker), !=, 0);

  rule = ADW_COMBO_ROW (need_id (dialog, "template_row"));
  adw_combo_row_set_selected (rule, combo_index_of (rule, "7-day home isolation"));
  type_into (dialog, "start_entry", "2026-11-20");
  type_into (dialog, "place_entry", "家中");

  /* Computed before saving. */
  plan = fy_quarantine_dialog_get_plan_text (dialog);
  g_assert_nonnull (strstr (plan, "Until 2026-11-26 (7 days)."));
  g_assert_nonnull (strstr (plan, "Home isolation 11-20 – 11-26."));
  g_assert_nonnull (strstr (plan, "Tests on 11-20, 11-22, 11-24, 11-26."));

  /* A start in the future is the core's to refuse, and shows its message. */
  type_into (dialog, "start_entry", "2026-11-25");
  fy_gui_test_click (need_id (dialog, "save_button"));
  g_assert_true (fy_gui_test_is_toplevel (dialog));
  g_assert_true (gtk_widget_get_visible (need_id (dialog, "error_label")));
  g_assert_cmpint (count (store, "SELECT count(*) FROM quarantine"), ==, 0);

  type_into (dialog, "start_entry", "2026-11-20");
  fy_gui_test_click (need_id (dialog, "save_button"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));

  active = fy_quarantine_list_active (store, NULL);
  g_assert_cmpuint (active->len, ==, 1);
  q = g_ptr_array_index (active, 0);
  g_assert_cmpstr (q->person.employee_no, ==, "B1");
  g_assert_cmpstr (q->template_code, ==, "home_7");
  g_assert_cmpstr (q->start_day, ==, "2026-11-20");
  g_assert_cmpstr (q->end_day, ==, "2026-11-26");
  g_assert_cmpstr (q->place, ==, "家中");
  g_assert_cmpuint (q->tests->len, ==, 4);
  g_assert_cmpstr (((FyQuarantineTest *) g_ptr_array_index (q->tests, 0))->day, ==, "2026-11-20");
  g_assert_cmpstr (((FyQuarantineTest *) g_ptr_array_index (q->tests, 3))->day, ==, "2026-11-26");
  g_assert_cmpint (count (store, "SELECT count(*) FROM staff WHERE employee_no = 'B1' AND status = 'home_isolation'"),
                   ==, 1);
  /* Listed in the view, with today's test due. */
  wait_for_rows (fy_travel_view_get_quarantine_model (view), 1);
  g_assert_nonnull (strstr (label_text (view, "quarantine_count_label"), "1 test due today"));
  fy_gui_test_destroy_all_windows ();
  (void) win;
}

static void
test_custom_quarantine (void)
{
  FY_TEST_LAST_REF FyStore *store = open_company ();
  gint64 id = count (store, "SELECT id FROM staff WHERE employee_no = 'A2'");
  FyQuarantineDialog *dialog = fy_quarantine_dialog_present (NULL, store, id);
  AdwComboRow *rule = ADW_COMBO_ROW (need_id (dialog, "template_row"));
  GtkListBox *phases = GTK_LIST_BOX (need_id (dialog, "phases_list"));
  GtkWidget *first, *second;

  fy_gui_test_iterate ();
  g_assert_false (gtk_widget_get_visible (need_id (dialog, "phases_group")));
  adw_combo_row_set_selected (rule, combo_index_of (rule, "Custom"));
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (need_id (dialog, "phases_group")));
  type_into (dialog, "start_entry", "2026-11-21");

  /* One phase to start from: 7 days at home, tests on 1,3,5,7. */
  g_assert_nonnull (strstr (fy_quarantine_dialog_get_plan_text (dialog), "Until 2026-11-27 (7 days)."));

  /* Central isolation for 3 days first, tested on days 1 and 3, then home. */
  first = gtk_list_box_row_get_child (gtk_list_box_get_row_at_index (phases, 0));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_widget_get_first_child (first)), FY_QUARANTINE_CENTRAL);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (gtk_widget_get_next_sibling (gtk_widget_get_first_child (first))), 3);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_prev_sibling (gtk_widget_get_last_child (first))), "1,3");
  fy_gui_test_click (need_id (dialog, "add_phase_button"));
  second = gtk_list_box_row_get_child (gtk_list_box_get_row_at_index (phases, 1));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (gtk_widget_get_next_sibling (gtk_widget_get_first_child (second))), 2);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_prev_sibling (gtk_widget_get_last_child (second))), "2");
  fy_gui_test_iterate ();
  g_assert_cmpstr (fy_quarantine_dialog_get_plan_text (dialog), ==,
                   "Until 2026-11-25 (5 days). Central isolation 11-21 – 11-23. Home isolation 11-24 – 11-25. "
                   "Tests on 11-21, 11-23, 11-25.");

  /* A test day outside its phase: no plan, and Start says why. */
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_prev_sibling (gtk_widget_get_last_child (second))), "5");
  fy_gui_test_iterate ();
  g_assert_cmpstr (fy_quarantine_dialog_get_plan_text (dialog), ==, "");
  fy_gui_test_click (need_id (dialog, "save_button"));
  g_assert_true (gtk_widget_get_visible (need_id (dialog, "error_label")));
  g_assert_cmpint (count (store, "SELECT count(*) FROM quarantine"), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_prev_sibling (gtk_widget_get_last_child (second))), "2");
  fy_gui_test_click (need_id (dialog, "save_button"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (count (store, "SELECT count(*) FROM quarantine q JOIN quarantine_template t ON t.id = q.template_id"
                                 " WHERE t.code = 'custom' AND q.end_day = '2026-11-25'"), ==, 1);
  g_assert_cmpint (count (store, "SELECT count(*) FROM quarantine_phase"), ==, 2);
  g_assert_cmpint (count (store, "SELECT count(*) FROM quarantine_test WHERE day IN ('2026-11-21', '2026-11-23',"
                                 " '2026-11-25')"), ==, 3);
  /* Today (11-22) is a central day. */
  g_assert_cmpint (count (store, "SELECT count(*) FROM staff WHERE employee_no = 'A2' AND status = 'central_isolation'"),
                   ==, 1);
  fy_gui_test_destroy_all_windows ();
}

static void
test_trip_return_starts_quarantine (void)
{
  FY_TEST_LAST_REF FyStore *store = open_company ();
  FyTravelView *view = FY_TRAVEL_VIEW (fy_travel_view_new (store));
  GtkWindow *win = window_with (GTK_WIDGET (view));
  FyTripDialog *trip_dialog;
  FyReturnDialog *ret;
  FyPersonPicker *picker;
  GtkWidget *companion_box;
  g_autoptr(GPtrArray) trips = NULL;
  FyTrip *trip;
  g_autoptr(GPtrArray) active = NULL;
  FyQuarantine *q;

  /* Register through the dialog, with a household member along. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "travel.register", NULL));
  fy_gui_test_iterate ();
  trip_dialog = fy_gui_test_find_toplevel (FY_TYPE_TRIP_DIALOG);
  g_assert_nonnull (trip_dialog);
  picker = FY_PERSON_PICKER (fy_gui_test_find_child_of_type (GTK_WIDGET (trip_dialog), FY_TYPE_PERSON_PICKER));
  fy_person_picker_set_search (picker, "王芳");
  fy_gui_test_iterate ();
  adw_combo_row_set_selected (ADW_COMBO_ROW (need_id (trip_dialog, "purpose_row")), FY_TRIP_PRIVATE);
  type_into (trip_dialog, "destination_entry", "西安市雁塔区");
  adw_combo_row_set_selected (ADW_COMBO_ROW (need_id (trip_dialog, "transport_row")), FY_TRANSPORT_TRAIN);
  type_into (trip_dialog, "transport_no_entry", "G1234");
  adw_combo_row_set_selected (ADW_COMBO_ROW (need_id (trip_dialog, "risk_row")), FY_RISK_HIGH);
  type_into (trip_dialog, "depart_entry", "2026-11-15");
  type_into (trip_dialog, "return_entry", "2026-11-20");
  fy_gui_test_click (fy_gui_test_find_button (GTK_WIDGET (trip_dialog), "_Add Companion"));
  companion_box = gtk_list_box_row_get_child (gtk_list_box_get_row_at_index (
                    GTK_LIST_BOX (need_id (trip_dialog, "companions_list")), 0));
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_first_child (companion_box)), "赵强");
  fy_gui_test_click (need_id (trip_dialog, "save_button"));
  g_assert_false (fy_gui_test_is_toplevel (trip_dialog));

  trips = fy_trips_list (store, NULL, NULL, NULL);
  g_assert_cmpuint (trips->len, ==, 1);
  trip = g_ptr_array_index (trips, 0);
  g_assert_cmpstr (trip->person.name, ==, "王芳");
  g_assert_cmpint (trip->purpose, ==, FY_TRIP_PRIVATE);
  g_assert_cmpint (trip->risk, ==, FY_RISK_HIGH);
  g_assert_cmpuint (trip->companions->len, ==, 1);
  g_assert_cmpstr (((FyTripCompanion *) g_ptr_array_index (trip->companions, 0))->name, ==, "赵强");
  g_assert_cmpint (((FyTripCompanion *) g_ptr_array_index (trip->companions, 0))->relation, ==,
                   FY_COMPANION_HOUSEHOLD);
  /* Away now (back date not recorded). */
  wait_for_rows (fy_travel_view_get_trip_model (view), 1);

  /* The return from a high-risk area: the dialog says what starts. */
  fy_travel_view_select_trip (view, 0);
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "travel.return", NULL));
  fy_gui_test_iterate ();
  ret = fy_gui_test_find_toplevel (FY_TYPE_RETURN_DIALOG);
  g_assert_nonnull (ret);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (need_id (ret, "risk_row"))), ==, FY_RISK_HIGH);
  type_into (ret, "date_entry", "2026-11-21");
  adw_combo_row_set_selected (ADW_COMBO_ROW (need_id (ret, "code_row")), FY_CODE_YELLOW);
  adw_combo_row_set_selected (ADW_COMBO_ROW (need_id (ret, "test_row")), FY_RETURN_TEST_NEGATIVE);
  g_assert_nonnull (strstr (fy_return_dialog_get_notice (ret), "5 days central isolation + 3 days home isolation"));
  g_assert_nonnull (strstr (fy_return_dialog_get_notice (ret), "Until 2026-11-28 (8 days)."));
  g_assert_nonnull (strstr (fy_return_dialog_get_notice (ret), "Tests on 11-21, 11-22, 11-23, 11-25, 11-26, 11-28."));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (need_id (ret, "save_button"))), ==,
                   "_Record Return and Start Quarantine");
  fy_gui_test_click (need_id (ret, "save_button"));
  g_assert_false (fy_gui_test_is_toplevel (ret));

  g_assert_cmpint (count (store, "SELECT count(*) FROM trip WHERE returned_on = '2026-11-21' AND return_risk = 'high'"
                                 " AND transport = 'train' AND transport_no = 'G1234'"
                                 " AND return_code_colour = 'yellow' AND return_test = 'negative'"), ==, 1);
  active = fy_quarantine_list_active (store, NULL);
  g_assert_cmpuint (active->len, ==, 1);
  q = g_ptr_array_index (active, 0);
  g_assert_cmpstr (q->person.name, ==, "王芳");
  g_assert_cmpint (q->reason, ==, FY_QUARANTINE_REASON_RETURNEE);
  g_assert_cmpint (q->trip_id, ==, trip->id);
  g_assert_cmpstr (q->template_code, ==, "central_5_home_3");
  g_assert_cmpstr (q->start_day, ==, "2026-11-21");
  g_assert_cmpstr (q->end_day, ==, "2026-11-28");
  g_assert_cmpint (count (store, "SELECT count(*) FROM staff WHERE name = '王芳' AND status = 'central_isolation'"),
                   ==, 1);
  /* Back: no longer "away"; the quarantine is listed. */
  wait_for_rows (fy_travel_view_get_trip_model (view), 0);
  g_assert_cmpuint (g_list_model_get_n_items (fy_travel_view_get_quarantine_model (view)), ==, 1);
  fy_gui_test_destroy_all_windows ();
  (void) win;
}

/* Absence through its dialog: focus in the person search, a refused date
 * shown under the form with nothing written, then saved; with a business
 * trip chosen the dialog records that trip's absence, its dates filled. */
static void
test_absence_dialog (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = open_company ();
  FyTravelView *view = FY_TRAVEL_VIEW (fy_travel_view_new (store));
  GtkWindow *win = window_with (GTK_WIDGET (view));
  FyAbsenceDialog *dialog;
  FyPersonPicker *picker;
  GtkWidget *focus;
  gint64 trip_id = 0;
  FyTripSpec spec = { .purpose = FY_TRIP_BUSINESS, .destination = "上海市浦东新区", .risk = FY_RISK_LOW,
                      .depart_on = "2026-11-21", .planned_return_on = "2026-11-26" };

  /* The extra buttons keep the view usable in a window ~800 px wide. */
  {
    int min = 0;
    gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
    g_test_message ("travel view minimum width %d", min);
    g_assert_cmpint (min, <=, 780);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "travel.absence", NULL));
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (FY_TYPE_ABSENCE_DIALOG);
  g_assert_nonnull (dialog);
  picker = FY_PERSON_PICKER (fy_gui_test_find_child_of_type (GTK_WIDGET (dialog), FY_TYPE_PERSON_PICKER));
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_true (focus && gtk_widget_is_ancestor (focus, GTK_WIDGET (picker)));
  fy_person_picker_set_search (picker, "李娜");
  fy_gui_test_iterate ();
  adw_combo_row_set_selected (ADW_COMBO_ROW (need_id (dialog, "kind_row")), FY_ABSENCE_SICK_LEAVE);
  type_into (dialog, "start_entry", "2026-11-21");
  type_into (dialog, "end_entry", "2026-11-20");
  fy_gui_test_click (need_id (dialog, "save_button"));
  g_assert_true (fy_gui_test_is_toplevel (dialog));
  g_assert_nonnull (strstr (label_text (dialog, "error_label"), "before the first day"));
  g_assert_cmpint (count (store, "SELECT count(*) FROM absence"), ==, 0);
  type_into (dialog, "end_entry", "2026-11-22");
  fy_gui_test_click (need_id (dialog, "save_button"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (count (store, "SELECT count(*) FROM absence a JOIN staff s ON s.id = a.staff_id"
                                 " WHERE s.name = '李娜' AND a.kind = 'sick_leave' AND a.end_day = '2026-11-22'"),
                   ==, 1);

  g_assert_true (fy_trips_register (store, fy_test_query_int (store, "SELECT id FROM staff WHERE name = '刘洋'"),
                                    &spec, 0, &trip_id, &error));
  g_assert_no_error (error);
  wait_for_rows (fy_travel_view_get_trip_model (view), 1);
  fy_travel_view_select_trip (view, 0);
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "travel.absence", NULL));
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (FY_TYPE_ABSENCE_DIALOG);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (need_id (dialog, "kind_row"))), ==,
                    FY_ABSENCE_BUSINESS_TRIP);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (need_id (dialog, "end_entry"))), ==, "2026-11-26");
  fy_gui_test_click (need_id (dialog, "save_button"));
  g_assert_false (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (fy_test_query_int (store, "SELECT trip_id FROM absence WHERE kind = 'business_trip'"),
                   ==, trip_id);
  fy_gui_test_destroy_all_windows ();
  (void) win;
}

static gboolean
monitor_gone (gpointer data)
{
  return fy_gui_test_find_toplevel (FY_TYPE_MONITOR_DIALOG) == NULL;
}

/* A monitoring entry through its dialog: focus in the temperature, a bad
 * value refused under the form with nothing written, Enter saves once. */
static void
test_monitoring_dialog (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = open_company ();
  GtkWindow *win = window_with (gtk_label_new (""));
  FyQuarantineSpec spec = { .staff_id = fy_test_query_int (store, "SELECT id FROM staff WHERE name = '李娜'"),
                            .template_code = "home_7", .start_day = "2026-11-20",
                            .reason = FY_QUARANTINE_REASON_CLOSE_CONTACT, .place = "居家" };
  FyMonitorDialog *dialog;
  GtkWidget *temp;
  gint64 qid = 0;

  g_assert_true (fy_quarantine_start (store, &spec, fy_test_at ("2026-11-20", 8, 0), &qid, &error));
  g_assert_no_error (error);
  dialog = fy_monitor_dialog_present (win, store, qid);
  fy_gui_test_iterate ();
  temp = fy_gui_test_find_child_of_type (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)), temp));
  gtk_editable_set_text (GTK_EDITABLE (temp), "3x");
  g_signal_emit_by_name (temp, "entry-activated");
  fy_gui_test_iterate ();
  g_assert_true (fy_gui_test_is_toplevel (dialog));
  g_assert_cmpint (count (store, "SELECT count(*) FROM quarantine_reading"), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (temp), "37.6");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fy_gui_test_find_child_of_type (GTK_WIDGET (dialog),
                                                                                 GTK_TYPE_CHECK_BUTTON)), TRUE);
  g_signal_emit_by_name (temp, "entry-activated");
  fy_gui_test_wait_until (monitor_gone, NULL);
  g_assert_cmpint (count (store, "SELECT count(*) FROM quarantine_reading WHERE temp_tenths = 376"
                                 " AND symptoms = 'feverish' AND day = '" TODAY "'"), ==, 1);
  fy_gui_test_destroy_all_windows ();
}

static void
test_low_risk_return_says_so (void)
{
  FY_TEST_LAST_REF FyStore *store = open_company ();
  g_autoptr(GError) error = NULL;
  FyTripSpec spec = { FY_TRIP_BUSINESS, "广州市天河区", FY_RISK_LOW, "2026-11-18", "2026-11-21", "", NULL, 0 };
  gint64 id = count (store, "SELECT id FROM staff WHERE employee_no = 'A3'");
  gint64 trip_id = 0;
  FyReturnDialog *ret;

  g_assert_true (fy_trips_register (store, id, &spec, 0, &trip_id, &error));
  g_assert_no_error (error);
  ret = fy_return_dialog_present (NULL, store, trip_id);
  fy_gui_test_iterate ();
  g_assert_false (gtk_widget_get_visible (need_id (ret, "template_row")));
  g_assert_nonnull (strstr (fy_return_dialog_get_notice (ret), "No quarantine"));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (need_id (ret, "save_button"))), ==, "_Record Return");
  fy_gui_test_click (need_id (ret, "save_button"));
  g_assert_cmpint (count (store, "SELECT count(*) FROM trip WHERE returned_on = '" TODAY "'"), ==, 1);
  g_assert_cmpint (count (store, "SELECT count(*) FROM quarantine"), ==, 0);
  fy_gui_test_destroy_all_windows ();
}

static void
test_vaccination_dialog (void)
{
  FY_TEST_LAST_REF FyStore *store = open_company ();
  gint64 id = count (store, "SELECT id FROM staff WHERE employee_no = 'A1'");
  FyVaccinationDialog *dialog;

  fy_vaccination_dialog_present (NULL, store, id);
  fy_gui_test_iterate ();
  dialog = fy_gui_test_find_toplevel (FY_TYPE_VACCINATION_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (need_id (dialog, "dose_spin"))), ==, 1);

  /* A future date is refused with the core's message. */
  type_into (dialog, "date_entry", "2026-12-01");
  fy_gui_test_click (need_id (dialog, "add_button"));
  g_assert_true (gtk_widget_get_visible (need_id (dialog, "error_label")));
  g_assert_cmpint (count (store, "SELECT count(*) FROM vaccination"), ==, 0);

  type_into (dialog, "date_entry", "2021-04-02");
  type_into (dialog, "vaccine_entry", "北京生物");
  fy_gui_test_click (need_id (dialog, "add_button"));
  g_assert_false (gtk_widget_get_visible (need_id (dialog, "error_label")));
  g_assert_cmpint (count (store, "SELECT count(*) FROM vaccination WHERE dose = 1 AND day = '2021-04-02'"
                                 " AND vaccine = '北京生物'"), ==, 1);
  /* The next dose is proposed, and the unvaccinated reason is closed. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (need_id (dialog, "dose_spin"))), ==, 2);
  g_assert_false (gtk_widget_get_sensitive (need_id (dialog, "reason_button")));
  g_assert_cmpint (count (store, "SELECT vaccine_doses FROM staff WHERE employee_no = 'A1'"), ==, 1);
  fy_gui_test_destroy_all_windows ();
}

static void
test_cadence_rules (void)
{
  FY_TEST_LAST_REF FyStore *store = open_company ();
  FyCadenceDialog *dialog = fy_cadence_dialog_present (NULL, store);
  GtkWidget *remove;

  fy_gui_test_iterate ();
  adw_combo_row_set_selected (ADW_COMBO_ROW (need_id (dialog, "scope_row")), 0);   /* a post */
  type_into (dialog, "value_entry", "操作工");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (need_id (dialog, "hours_spin")), 24);
  fy_gui_test_click (need_id (dialog, "add_button"));
  g_assert_false (gtk_widget_get_visible (need_id (dialog, "error_label")));
  g_assert_cmpint (fy_tests_get_cadence (store, FY_CADENCE_POST, "操作工"), ==, 24);

  /* An empty name is refused with the core's message. */
  fy_gui_test_click (need_id (dialog, "add_button"));
  g_assert_true (gtk_widget_get_visible (need_id (dialog, "error_label")));

  /* The rule's row has a remove button. */
  remove = fy_gui_test_find_child_of_type (need_id (dialog, "rules_group"), GTK_TYPE_BUTTON);
  g_assert_nonnull (remove);
  fy_gui_test_click (remove);
  g_assert_cmpint (fy_tests_get_cadence (store, FY_CADENCE_POST, "操作工"), ==, 0);
  fy_gui_test_destroy_all_windows ();
}

int
main (int argc, char **argv)
{
  /* "now" for every dialog and core call made by the views. */
  g_setenv ("FANGYI_NOW", NOW, TRUE);
  if (!fy_gui_test_init (&argc, &argv, TODAY))
    return 0;
  g_test_add_func ("/gui/records/views-in-window", test_views_in_window);
  g_test_add_func ("/gui/records/round-for-department", test_round_for_department);
  g_test_add_func ("/gui/records/record-sampling", test_record_sampling);
  g_test_add_func ("/gui/records/result-before-sample", test_result_before_sample);
  g_test_add_func ("/gui/records/quarantine-from-template", test_quarantine_from_template);
  g_test_add_func ("/gui/records/custom-quarantine", test_custom_quarantine);
  g_test_add_func ("/gui/records/trip-return-starts-quarantine", test_trip_return_starts_quarantine);
  g_test_add_func ("/gui/records/low-risk-return", test_low_risk_return_says_so);
  g_test_add_func ("/gui/records/absence", test_absence_dialog);
  g_test_add_func ("/gui/records/monitoring", test_monitoring_dialog);
  g_test_add_func ("/gui/records/vaccination", test_vaccination_dialog);
  g_test_add_func ("/gui/records/cadence-rules", test_cadence_rules);
  return g_test_run ();
}
