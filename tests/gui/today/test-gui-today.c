/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Today page under Xvfb, on the demo company plus a day of readings and
 * tests: it is the first page, shows the same numbers as the core, follows
 * store changes, its "missing" card leads to the Health page, and the daily
 * report dialog shows the ledger's title and figures for the day and the
 * day before. */
#include "config.h"

#include <adwaita.h>

#include "fy-daily-entry-private.h"
#include "fy-daily-report-dialog-private.h"
#include "fy-daily-report-dialog.h"
#include "fy-daily-report.h"
#include "fy-demo.h"
#include "fy-followup-dialog.h"
#include "fy-gui-test-support.h"
#include "fy-health-page.h"
#include "fy-health-private.h"
#include "fy-health.h"
#include "fy-pages.h"
#include "fy-staff.h"
#include "fy-store-private.h"
#include "fy-tests.h"
#include "fy-today-page-private.h"
#include "fy-today-page.h"

#define TODAY     "2026-11-10"
#define YESTERDAY "2026-11-09"

static gint64
at (const char *day, int hour, int minute)
{
  int y = 0, m = 0, d = 0;
  g_autoptr(GDateTime) dt = NULL;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
  dt = g_date_time_new_local (y, m, d, hour, minute, 0);
  return g_date_time_to_unix (dt);
}

static guint
card_value (GtkWidget *page, const char *card)
{
  g_autofree char *name = g_strconcat (card, "-value", NULL);
  GtkWidget *label = fy_gui_test_find_named (page, name);

  g_assert_nonnull (label);
  return (guint) g_ascii_strtoull (gtk_label_get_text (GTK_LABEL (label)), NULL, 10);
}

/* The demo company and, today: three people with a reading (one fever),
 * the rest of the morning filled normal except for one department; two
 * samples. */
static FyStore *
make_store (gint64 *fever_id)
{
  g_autoptr(GError) error = NULL;
  FyStore *store = fy_test_open_demo_store ();
  FyStaffFilter on_site = { .status = FY_STAFF_ON_SITE };
  g_autoptr(GPtrArray) people = NULL;
  FyHealthFilter one_team = { 0 };
  FyReadingEntry e = { 0 };
  guint n = 0;

  /* The demo's health history runs up to today; this test sets up today
   * itself. */
  {
    g_autofree char *sql = g_strdup_printf ("DELETE FROM follow_up WHERE day = '%s';"
                                            "DELETE FROM reading WHERE day = '%s';"
                                            "DELETE FROM test_result WHERE sampled_at >= %" G_GINT64_FORMAT ";"
                                            "UPDATE staff SET last_test_at = (SELECT max(sampled_at) FROM test_result t"
                                            " WHERE t.staff_id = staff.id AND t.kind = 'pcr');",
                                            TODAY, TODAY, at (TODAY, 0, 0));
    g_assert_true (fy_store_exec (store, sql, &error));
    g_assert_no_error (error);
  }
  people = fy_staff_list (store, &on_site, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, >, 10);

  for (guint i = 0; i < 3; i++)
    {
      FyStaff *s = g_ptr_array_index (people, i);
      e.temperature = i == 1 ? "38.1" : "36.5";
      g_assert_true (fy_health_record (store,
                                       &(FyReadingSlot) { .staff_id = s->id, .day = TODAY,
                                                          .session = FY_SESSION_MORNING },
                                       &e, at (TODAY, 8, i), NULL, &error));
      g_assert_no_error (error);
      if (i == 1)
        *fever_id = s->id;
    }
  one_team.department = ((FyStaff *) g_ptr_array_index (people, 5))->department;
  g_assert_true (fy_health_fill_normal (store, TODAY, FY_SESSION_MORNING, &one_team, at (TODAY, 9, 0), &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 3; i < 5; i++)
    {
      FyStaff *s = g_ptr_array_index (people, i);
      g_assert_true (fy_tests_record (store,
                                      &(FyTestRecordInput) { .staff_id = s->id,
                                                             .sampled_at = at (TODAY, 10, 0),
                                                             .kind = FY_TEST_PCR, .place = "",
                                                             .result = FY_RESULT_PENDING, .result_at = 0 },
                                      at (TODAY, 10, 5), NULL, &error));
      g_assert_no_error (error);
    }
  return store;
}

static void
assert_same_numbers (GtkWidget *page, const FyDailyReport *r)
{
  g_assert_cmpuint (card_value (page, "card-on-site"), ==, r->on_site);
  g_assert_cmpuint (card_value (page, "card-missing-morning"), ==, r->missing[FY_SESSION_MORNING]);
  g_assert_cmpuint (card_value (page, "card-missing-afternoon"), ==, r->missing[FY_SESSION_AFTERNOON]);
  g_assert_cmpuint (card_value (page, "card-abnormal"), ==, r->abnormal_people);
  g_assert_cmpuint (card_value (page, "card-tests"), ==, r->tests_not_done);
  g_assert_cmpuint (card_value (page, "card-quarantine"), ==, r->quarantine_total);
}

static void
test_numbers (void)
{
  g_autoptr(GError) error = NULL;
  gint64 fever_id = 0;
  FY_TEST_LAST_REF FyStore *store = make_store (&fever_id);
  g_autoptr(FyDailyReport) r = NULL;
  FyWindow *win = fy_gui_test_make_window (store);
  GtkWidget *stack = fy_gui_test_find_child_of_type (GTK_WIDGET (win), ADW_TYPE_VIEW_STACK);
  GtkWidget *page = fy_gui_test_find_child_of_type (GTK_WIDGET (win), FY_TYPE_TODAY_PAGE);
  GtkWidget *follow_ups;
  guint n_pages = 0;
  FyReadingEntry e = { 0 };

  /* The first page of the table and of the window. */
  g_assert_cmpstr (fy_pages_get (&n_pages)[0].name, ==, "today");
  g_assert_nonnull (page);
  g_assert_true (adw_view_stack_get_visible_child (ADW_VIEW_STACK (stack)) == page);

  r = fy_daily_report_compute (store, TODAY, g_get_real_time () / G_USEC_PER_SEC, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r->on_site, >, 300);
  g_assert_cmpuint (r->entered[FY_SESSION_MORNING], >, 3);
  g_assert_cmpuint (r->missing[FY_SESSION_MORNING], >, 0);
  g_assert_cmpuint (r->abnormal_people, ==, 1);
  g_assert_cmpuint (r->tests_done, ==, 2);
  g_assert_false (r->zero);
  assert_same_numbers (page, r);
  g_assert_cmpuint (fy_today_page_get_report (FY_TODAY_PAGE (page))->headcount, ==, r->headcount);

  /* The fever's follow-up is listed … */
  follow_ups = fy_gui_test_find_named (page, "follow-up-list");
  g_assert_nonnull (follow_ups);
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (follow_ups), 0));
  g_assert_true (gtk_list_box_row_get_activatable (gtk_list_box_get_row_at_index (GTK_LIST_BOX (follow_ups), 0)));
  /* … with the demo's one still open from yesterday. */
  g_assert_cmpint (fy_health_count_open_follow_ups (store, NULL), ==, 2);
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (follow_ups), 1));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (follow_ups), 2));
  {
    /* A click on it opens its follow-up dialog. */
    FyFollowupDialog *dialog;
    g_signal_emit_by_name (gtk_list_box_get_row_at_index (GTK_LIST_BOX (follow_ups), 0), "activate");
    fy_gui_test_iterate ();
    dialog = fy_gui_test_find_toplevel (FY_TYPE_FOLLOWUP_DIALOG);
    g_assert_nonnull (dialog);
    fy_gui_test_destroy (dialog);
  }

  /* A change in the store shows without asking: one more afternoon entry. */
  e.temperature = "36.6";
  g_assert_true (fy_health_record (store,
                                   &(FyReadingSlot) { .staff_id = fever_id, .day = TODAY,
                                                      .session = FY_SESSION_AFTERNOON },
                                   &e, at (TODAY, 14, 0), NULL, &error));
  g_assert_no_error (error);
  fy_gui_test_iterate ();
  g_clear_pointer (&r, fy_daily_report_free);
  r = fy_daily_report_compute (store, TODAY, g_get_real_time () / G_USEC_PER_SEC, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r->entered[FY_SESSION_AFTERNOON], ==, 1);
  assert_same_numbers (page, r);

  /* A change while another page is shown appears when Today is shown again. */
  fy_window_show_page (win, "staff");
  fy_gui_test_iterate ();
  g_assert_true (fy_health_fill_normal (store, TODAY, FY_SESSION_AFTERNOON, NULL, at (TODAY, 15, 0), NULL, &error));
  g_assert_no_error (error);
  fy_gui_test_iterate ();
  fy_window_show_page (win, "today");
  fy_gui_test_iterate ();
  g_clear_pointer (&r, fy_daily_report_free);
  r = fy_daily_report_compute (store, TODAY, g_get_real_time () / G_USEC_PER_SEC, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r->missing[FY_SESSION_AFTERNOON], ==, 0);
  assert_same_numbers (page, r);
  fy_gui_test_destroy (win);
}

static void
test_missing_goes_to_health (void)
{
  gint64 fever_id = 0;
  FY_TEST_LAST_REF FyStore *store = make_store (&fever_id);
  FyWindow *win = fy_gui_test_make_window (store);
  GtkWidget *stack = fy_gui_test_find_child_of_type (GTK_WIDGET (win), ADW_TYPE_VIEW_STACK);
  GtkWidget *page = fy_gui_test_find_child_of_type (GTK_WIDGET (win), FY_TYPE_TODAY_PAGE);
  GtkWidget *health = adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), "health");

  g_assert_nonnull (health);
  fy_gui_test_click (fy_gui_test_find_named (page, "card-missing-afternoon"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "health");
  {
    /* On today's afternoon entries. */
    FyDailyEntry *entry = fy_health_page_get_entry (FY_HEALTH_PAGE (health));
    g_assert_cmpstr (fy_daily_entry_get_day (entry), ==, TODAY);
    g_assert_cmpint (fy_daily_entry_get_session (entry), ==, FY_SESSION_AFTERNOON);
  }
  fy_window_show_page (win, "today");
  fy_gui_test_iterate ();
  fy_gui_test_click (fy_gui_test_find_named (page, "card-missing-morning"));
  g_assert_cmpint (fy_daily_entry_get_session (fy_health_page_get_entry (FY_HEALTH_PAGE (health))), ==,
                   FY_SESSION_MORNING);
  fy_gui_test_destroy (win);
}

static void
test_report_dialog (void)
{
  gint64 fever_id = 0;
  FY_TEST_LAST_REF FyStore *store = make_store (&fever_id);
  g_autoptr(GError) error = NULL;
  FyWindow *win = fy_gui_test_make_window (store);
  GtkWidget *page = fy_gui_test_find_child_of_type (GTK_WIDGET (win), FY_TYPE_TODAY_PAGE);
  FyDailyReportDialog *dialog;
  g_autoptr(FyDailyReport) r = NULL;
  g_autofree char *headcount = NULL;

  fy_gui_test_click (fy_gui_test_find_named (page, "report-button"));
  dialog = fy_gui_test_find_toplevel (FY_TYPE_DAILY_REPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (fy_daily_report_dialog_get_day (dialog), ==, TODAY);
  g_assert_cmpstr (fy_daily_report_dialog_get_title_text (dialog), ==, "Daily Report");
  r = fy_daily_report_compute (store, TODAY, g_get_real_time () / G_USEC_PER_SEC, &error);
  g_assert_no_error (error);
  headcount = g_strdup_printf ("%u people", r->headcount);
  g_assert_cmpstr (fy_daily_report_dialog_get_figures (dialog, "Headcount (on the roster)"), ==, headcount);
  g_assert_cmpstr (fy_daily_report_dialog_get_figures (dialog, "Abnormal situation"), ==, r->abnormal_text);

  /* The day before: as the core says; "next" comes back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "report.previous", NULL));
  fy_gui_test_iterate ();
  g_assert_cmpstr (fy_daily_report_dialog_get_day (dialog), ==, YESTERDAY);
  g_clear_pointer (&r, fy_daily_report_free);
  r = fy_daily_report_compute (store, YESTERDAY, g_get_real_time () / G_USEC_PER_SEC, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_daily_report_dialog_get_title_text (dialog), ==, r->zero ? "Zero Report" : "Daily Report");
  g_assert_cmpstr (fy_daily_report_dialog_get_figures (dialog, "Abnormal situation"), ==, r->abnormal_text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "report.next", NULL));
  fy_gui_test_iterate ();
  g_assert_cmpstr (fy_daily_report_dialog_get_day (dialog), ==, TODAY);

  /* Long before the demo's history: nothing happened, a zero report. */
  fy_daily_report_dialog_set_day (dialog, "2026-06-01");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "report.previous", NULL));
  fy_gui_test_iterate ();
  g_assert_cmpstr (fy_daily_report_dialog_get_day (dialog), ==, "2026-05-31");
  g_assert_cmpstr (fy_daily_report_dialog_get_title_text (dialog), ==, "Zero Report");
  g_assert_cmpstr (fy_daily_report_dialog_get_figures (dialog, "Abnormal situation"), ==, "None");
  fy_daily_report_dialog_set_day (dialog, TODAY);
  /* No report for tomorrow. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "report.next", NULL);
  fy_gui_test_iterate ();
  g_assert_cmpstr (fy_daily_report_dialog_get_day (dialog), ==, TODAY);

  fy_gui_test_destroy (dialog);
  fy_gui_test_destroy (win);
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "CST-8", TRUE);
  if (!fy_gui_test_init (&argc, &argv, TODAY))
    return 0;
  g_test_add_func ("/gui/today/numbers", test_numbers);
  g_test_add_func ("/gui/today/missing-goes-to-health", test_missing_goes_to_health);
  g_test_add_func ("/gui/today/report-dialog", test_report_dialog);
  return g_test_run ();
}
