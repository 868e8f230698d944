/* The Ledgers page under Xvfb: the roster of the demo company on screen
 * (paged model, masked by default, unmasked on request), and an export
 * through the GUI's worker-thread flow, read back with openpyxl. */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "fy-demo.h"
#include "fy-export-flow.h"
#include "fy-ledger-model.h"
#include "fy-ledgers-page.h"
#include "fy-staff.h"
#include "fy-test-support.h"
#include "fy-window.h"

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
find_child_of_type (GtkWidget *root, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_child_of_type (c, type);
      if (found)
        return found;
    }
  return NULL;
}

static GtkCheckButton *
find_unmask_check (GtkWidget *root)
{
  if (GTK_IS_CHECK_BUTTON (root))
    return GTK_CHECK_BUTTON (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkCheckButton *found = find_unmask_check (c);
      if (found)
        return found;
    }
  return NULL;
}

static FyStore *
demo_store (void)
{
  g_autoptr(GError) error = NULL;
  FyStore *store = fy_test_open_store ();

  g_assert_true (fy_demo_populate (store, FY_DEMO_DEFAULT_SEED, &error));
  g_assert_no_error (error);
  return store;
}

static FyLedgersPage *
show_ledgers (FyWindow *win)
{
  FyLedgersPage *page = FY_LEDGERS_PAGE (find_child_of_type (GTK_WIDGET (win), FY_TYPE_LEDGERS_PAGE));

  g_assert_nonnull (page);
  fy_window_show_page (win, "ledgers");
  iterate ();
  g_assert_true (fy_ledgers_page_select (page, "roster"));
  iterate ();
  return page;
}

static void
test_roster_on_screen (void)
{
  g_autoptr(FyStore) store = demo_store ();
  FyWindow *win = g_object_new (FY_TYPE_WINDOW, "store", store, NULL);
  FyLedgersPage *page;
  GListModel *model;
  g_autoptr(FyLedgerRow) first = NULL;
  g_autoptr(FyLedgerRow) last = NULL;
  FyStaffFilter current = { .status = -2 };
  gint64 n_current = fy_staff_count (store, &current, NULL);
  guint id_column = G_MAXUINT;
  FyLedger *ledger;

  gtk_window_present (GTK_WINDOW (win));
  iterate ();
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
  gtk_check_button_set_active (find_unmask_check (GTK_WIDGET (page)), TRUE);
  iterate ();
  {
    GListModel *unmasked = fy_ledgers_page_get_model (page);
    g_autoptr(FyLedgerRow) row = g_list_model_get_item (unmasked, 0);
    const char *id = fy_ledger_row_get_text (row, id_column);
    g_assert_cmpuint (strlen (id), ==, 18);
    g_assert_null (strchr (id, '*'));
  }
  gtk_window_destroy (GTK_WINDOW (win));
  iterate ();
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

static void
wait_for (Outcome *outcome)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;

  while (!outcome->done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (outcome->done);
}

static void
test_export_through_the_flow (void)
{
  g_autoptr(FyStore) store = demo_store ();
  FyWindow *win = g_object_new (FY_TYPE_WINDOW, "store", store, NULL);
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "roster.xlsx", NULL);
  FyLedgerParams params = { 0 };
  Outcome outcome = { 0 };
  g_autofree char *out = NULL;
  const char *check =
    "import sys, openpyxl\n"
    "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
    "title = ws.cell(1, 1).value\n"
    "ids = [r[9] for r in ws.iter_rows(min_row=4, values_only=True) if r[9]]\n"
    "print(len(ids), all(isinstance(i, str) and '********' in i for i in ids), '苏州' in title)\n";

  gtk_window_present (GTK_WINDOW (win));
  iterate ();
  fy_export_flow_write (GTK_WINDOW (win), store, "roster", &params, path, on_export_done, &outcome);
  wait_for (&outcome);
  g_assert_no_error (outcome.error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Read back by a real reader: every row's ID is a masked string. */
  out = fy_test_run_python (check, (const char *const[]) { path, NULL });
  {
    FyStaffFilter current = { .status = -2 };
    g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT " True True\n",
                                                 fy_staff_count (store, &current, NULL));
    g_assert_cmpstr (out, ==, expected);
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
  gtk_window_destroy (GTK_WINDOW (win));
  iterate ();
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, "2026-11-22");
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();
  g_test_add_func ("/gui/ledgers/roster-on-screen", test_roster_on_screen);
  g_test_add_func ("/gui/ledgers/export-through-the-flow", test_export_through_the_flow);
  return g_test_run ();
}
