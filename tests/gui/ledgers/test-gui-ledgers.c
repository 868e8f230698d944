/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Ledgers page under Xvfb: the roster of the demo company on screen
 * (paged model, masked by default, unmasked on request), and an export
 * through the GUI's worker-thread flow, read back with openpyxl. */
#include "config.h"

#include <signal.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "fy-demo.h"
#include "fy-export-flow-private.h"
#include "fy-export-flow.h"
#include "fy-gui-test-support.h"
#include "fy-ledger-model.h"
#include "fy-ledgers-page-private.h"
#include "fy-ledgers-page.h"
#include "fy-staff.h"

static FyLedgersPage *
show_ledgers (FyWindow *win)
{
  FyLedgersPage *page = FY_LEDGERS_PAGE (fy_gui_test_find_child_of_type (GTK_WIDGET (win), FY_TYPE_LEDGERS_PAGE));

  g_assert_nonnull (page);
  fy_window_show_page (win, "ledgers");
  fy_gui_test_iterate ();
  g_assert_true (fy_ledgers_page_select (page, "roster"));
  fy_gui_test_iterate ();
  return page;
}

static void
test_roster_on_screen (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  FyLedgersPage *page;
  GListModel *model;
  g_autoptr(FyLedgerRow) first = NULL;
  g_autoptr(FyLedgerRow) last = NULL;
  FyStaffFilter current = { .status = -2 };
  gint64 n_current = fy_staff_count (store, &current, NULL);
  guint id_column = G_MAXUINT;
  FyLedger *ledger;

  page = show_ledgers (win);
  model = fy_ledgers_page_get_model (page);
  g_assert_nonnull (model);
  /* Everyone not left, as the roster ledger defines it. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, (guint) n_current);

  ledger = fy_ledger_model_get_ledger (FY_LEDGER_MODEL (model));
  for (guint c = 0; c < fy_ledger_get_n_columns (ledger); c++)
    if (g_str_equal (fy_ledger_get_column (ledger, c)->key, "id_number"))
      id_column = c;
  g_assert_cmpuint (id_column, !=, G_MAXUINT);

  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, g_list_model_get_n_items (model) - 1);
  g_assert_cmpstr (fy_ledger_row_get_text (first, 0), ==, "1");
  {
    g_autofree char *n = g_strdup_printf ("%u", g_list_model_get_n_items (model));
    /* The last page is fetched on demand and still numbered right. */
    g_assert_cmpstr (fy_ledger_row_get_text (last, 0), ==, n);
  }
  g_assert_nonnull (strstr (fy_ledger_row_get_text (first, id_column), "********"));

  /* Unmasking is an explicit choice, and it shows the full number. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fy_gui_test_find_child_of_type (GTK_WIDGET (page), GTK_TYPE_CHECK_BUTTON)),
                               TRUE);
  fy_gui_test_iterate ();
  {
    GListModel *unmasked = fy_ledgers_page_get_model (page);
    g_autoptr(FyLedgerRow) row = g_list_model_get_item (unmasked, 0);
    const char *id = fy_ledger_row_get_text (row, id_column);
    g_assert_cmpuint (strlen (id), ==, 18);
    g_assert_null (strchr (id, '*'));
  }
  fy_gui_test_destroy (win);
}

typedef struct
{
  GError   *error;
  gboolean  done;
} Outcome;

static void
on_export_done (GObject *source, GAsyncResult *result, gpointer data)
{
  Outcome *outcome = data;
  gboolean ok = fy_export_flow_write_finish (result, &outcome->error);

  g_assert_true (ok == (outcome->error == NULL));
  outcome->done = TRUE;
}

static gboolean
is_done (gpointer outcome)
{
  return ((Outcome *) outcome)->done;
}

static void
wait_for (Outcome *outcome)
{
  fy_gui_test_wait_until (is_done, outcome);
}

static void
test_export_through_the_flow (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "roster.xlsx", NULL);
  FyLedgerParams params = { 0 };
  Outcome outcome = { 0 };
  g_autofree char *out = NULL;
  const char *check =
    "title = ws.cell(1, 1).value\n"
    "ids = [r[9] for r in ws.iter_rows(min_row=4, values_only=True) if r[9]]\n"
    "print(len(ids), all(isinstance(i, str) and '********' in i for i in ids), '苏州' in title)\n";

  fy_export_flow_write (GTK_WINDOW (win), store, "roster", &params, path, on_export_done, &outcome);
  /* Progress shows in the main window itself (no window of its own). */
  {
    GtkWidget *bar = fy_gui_test_find_child_of_type (GTK_WIDGET (win), GTK_TYPE_PROGRESS_BAR);
    g_assert_nonnull (bar);
    g_assert_true (gtk_widget_get_root (bar) == GTK_ROOT (win));
  }
  wait_for (&outcome);
  g_assert_no_error (outcome.error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_null (fy_gui_test_find_child_of_type (GTK_WIDGET (win), GTK_TYPE_PROGRESS_BAR));

  /* Read back by a real reader: every row's ID is a masked string. */
  out = fy_test_read_xlsx (path, check, NULL);
  {
    FyStaffFilter current = { .status = -2 };
    g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT " True True\n",
                                                 fy_staff_count (store, &current, NULL));
    g_assert_cmpstr (out, ==, expected);
  }

  /* Cancel in the strip: no file, and the strip goes away. */
  {
    /* A PDF: slower to write than the roster .xlsx, so Cancel comes first. */
    g_autofree char *cancelled = g_build_filename (dir, "cancelled.pdf", NULL);
    GtkWidget *bar, *cancel;

    outcome.done = FALSE;
    fy_export_flow_write (GTK_WINDOW (win), store, "roster", &params, cancelled, on_export_done, &outcome);
    bar = fy_gui_test_find_child_of_type (GTK_WIDGET (win), GTK_TYPE_PROGRESS_BAR);
    cancel = gtk_widget_get_next_sibling (bar);
    g_assert_true (GTK_IS_BUTTON (cancel));
    /* Clicked at once (an activation waits 250 ms: the roster would be written). */
    g_signal_emit_by_name (cancel, "clicked");
    wait_for (&outcome);
    g_assert_error (outcome.error, FY_ERROR, FY_ERROR_CANCELLED);
    g_assert_false (g_file_test (cancelled, G_FILE_TEST_EXISTS));
    g_assert_null (fy_gui_test_find_child_of_type (GTK_WIDGET (win), GTK_TYPE_PROGRESS_BAR));
    g_clear_error (&outcome.error);
  }

  /* A folder that does not exist: a sentence for the user, no file. */
  {
    g_autofree char *bad = g_build_filename (dir, "missing", "roster.xlsx", NULL);
    outcome.done = FALSE;
    fy_export_flow_write (NULL, store, "roster", &params, bad, on_export_done, &outcome);
    wait_for (&outcome);
    g_assert_error (outcome.error, FY_ERROR, FY_ERROR_IO);
    g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
    g_clear_error (&outcome.error);
  }
  fy_gui_test_destroy (win);
}

/* The disinfection record offers its areas (issue 13: all areas or one): the
 * choice narrows the table to that area, and a ledger without one hides it. */
static gboolean
is_laid_out (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0;
}

/* A ledger with a period at 1280 × 800: the period entries, the status and
 * the buttons share the bar; the status is on one line (it was squeezed to
 * one character a line, the buttons stretched as tall). */
static void
test_period_bar (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  FyLedgersPage *page;
  GtkWidget *status;
  int nat_width = 0;

  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 800);
  page = show_ledgers (win);
  g_assert_true (fy_ledgers_page_select (page, "travel"));
  fy_gui_test_iterate ();
  status = fy_gui_test_find_named (GTK_WIDGET (page), "ledger-status");
  g_assert_nonnull (status);
  fy_gui_test_wait_until (is_laid_out, status);
  fy_gui_test_wait_frames (status, 2);
  gtk_widget_measure (status, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat_width, NULL, NULL);
  g_test_message ("status “%s”: %d × %d px, one line %d px wide", gtk_label_get_text (GTK_LABEL (status)),
                  gtk_widget_get_width (status), gtk_widget_get_height (status), nat_width);
  g_assert_cmpint (gtk_widget_get_width (status), >=, nat_width);
  fy_gui_test_destroy (win);
}

static void
test_area_choice (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  FyWindow *win = fy_gui_test_make_window (store);
  FyLedgersPage *page = show_ledgers (win);
  GtkWidget *choice = fy_gui_test_find_named (GTK_WIDGET (page), "ledger-search");
  GListModel *labels;
  guint all, best = 0, best_rows = 0;

  g_assert_nonnull (choice);
  g_assert_false (gtk_widget_is_visible (choice));   /* the roster has none */
  g_assert_true (fy_ledgers_page_select (page, "disinfection"));
  fy_gui_test_iterate ();
  g_assert_true (gtk_widget_is_visible (choice));
  labels = gtk_drop_down_get_model (GTK_DROP_DOWN (choice));
  g_assert_cmpuint (g_list_model_get_n_items (labels), >, 2);
  all = g_list_model_get_n_items (fy_ledgers_page_get_model (page));
  g_assert_cmpuint (all, >, 0);
  for (guint i = 1; i < g_list_model_get_n_items (labels); i++)
    {
      const char *area = gtk_string_list_get_string (GTK_STRING_LIST (labels), i);
      GListModel *shown;
      guint rows;

      gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), i);
      fy_gui_test_iterate ();
      shown = fy_ledgers_page_get_model (page);
      rows = g_list_model_get_n_items (shown);
      g_assert_cmpuint (rows, <, all);
      if (rows > best_rows)
        {
          best = i;
          best_rows = rows;
        }
      /* Every row is of that area. */
      for (guint r = 0; r < rows; r++)
        {
          g_autoptr(FyLedgerRow) row = g_list_model_get_item (shown, r);
          g_assert_true (g_str_has_prefix (fy_ledger_row_get_text (row, 3), area));
        }
    }
  g_assert_cmpuint (best, >, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), 0);
  fy_gui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (fy_ledgers_page_get_model (page)), ==, all);
  g_assert_true (fy_ledgers_page_select (page, "roster"));
  fy_gui_test_iterate ();
  g_assert_false (gtk_widget_is_visible (choice));
  fy_gui_test_destroy (win);
}

static gboolean
has_hidden_file (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (name[0] == '.')
      return TRUE;
  return FALSE;
}

/* Issue 10 item 8 through the GUI's export flow: the app is killed with
 * SIGKILL while its worker thread writes a PDF into another folder; the
 * hidden temporary file it leaves is gone at the next start. */
static void
test_killed_export_leaves_nothing (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *out = NULL;
  g_autofree char *target = NULL;
  const char *demo[] = { "demo", NULL };
  FyStore *store;

  if (g_test_subprocess ())
    {
      FyLedgerParams params = { 0 };
      FyStore *child = fy_store_open (g_getenv ("FY_TEST_KILL_DB"), NULL);
      FyWindow *win;

      g_assert_nonnull (child);
      win = fy_gui_test_make_window (child);
      out = g_path_get_dirname (g_getenv ("FY_TEST_KILL_TARGET"));
      fy_export_flow_write (GTK_WINDOW (win), child, "roster", &params, g_getenv ("FY_TEST_KILL_TARGET"), NULL, NULL);
      /* Killed as soon as the temporary file is there (mid-write). */
      for (;;)
        {
          if (has_hidden_file (out))
            {
              g_print ("temporary file seen\n");
              fflush (stdout);
              kill (getpid (), SIGKILL);
            }
          g_main_context_iteration (NULL, FALSE);
          g_usleep (200);
        }
    }
  dir = fy_test_make_tmpdir ();
  db = g_build_filename (dir, "kill.db", NULL);
  out = g_build_filename (dir, "out", NULL);
  target = g_build_filename (out, "roster.pdf", NULL);
  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
  g_assert_cmpint (fy_test_run_cli (db, demo, NULL), ==, 0);
  g_setenv ("FY_TEST_KILL_DB", db, TRUE);
  g_setenv ("FY_TEST_KILL_TARGET", target, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout ("*temporary file seen*");
  g_assert_true (has_hidden_file (out));       /* the killed writer's */
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  store = fy_store_open (db, NULL);            /* the next start */
  g_assert_nonnull (store);
  g_assert_cmpuint (fy_test_count_entries (out), ==, 0);
  fy_store_close (store);
  g_assert_finalize_object (store);
}

int
main (int argc, char **argv)
{
  if (!fy_gui_test_init (&argc, &argv, "2026-11-22"))
    return 0;
  g_test_add_func ("/gui/ledgers/roster-on-screen", test_roster_on_screen);
  g_test_add_func ("/gui/ledgers/export-through-the-flow", test_export_through_the_flow);
  g_test_add_func ("/gui/ledgers/area-choice", test_area_choice);
  g_test_add_func ("/gui/ledgers/period-bar", test_period_bar);
  g_test_add_func ("/gui/ledgers/killed-export-leaves-nothing", test_killed_export_leaves_nothing);
  return g_test_run ();
}
