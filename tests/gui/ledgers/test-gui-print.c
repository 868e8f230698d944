/* SPDX-License-Identifier: GPL-3.0-or-later */
/* FyPrintOperation under Xvfb: exporting through GtkPrintOperation gives a
 * PDF with the ledger's pages (read back with pdfinfo / pdftotext); a page
 * too small for the ledger is reported as an error, not a blank print; a
 * preview without a PDF viewer says what to install. */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "fy-error.h"
#include "fy-export-flow.h"
#include "fy-ledger.h"
#include "fy-print-operation.h"
#include "fy-print-preview.h"
#include "fy-staff.h"
#include "fy-gui-test-support.h"

#define COMPANY "华东精密制造有限公司"

static FyStore *
make_store (guint n)
{
  g_autoptr(GError) error = NULL;
  FyStore *store = fy_test_open_store ();

  g_assert_true (fy_store_set_setting (store, "company.name", COMPANY, &error));
  g_assert_no_error (error);
  g_assert_true (fy_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *no = g_strdup_printf ("P%04u", i + 1);
      g_autofree char *name = g_strdup_printf ("员工%03u", i + 1);
      g_autoptr(FyStaff) s = fy_test_staff_new (no, name);

      fy_test_set_text (&s->department, "生产部");
      g_assert_true (fy_staff_save_in_transaction (store, s, &error));
      g_assert_no_error (error);
    }
  g_assert_true (fy_store_commit (store, &error));
  g_assert_no_error (error);
  return store;
}

/* A print operation of the roster that exports to `path` without asking. */
static FyPrintOperation *
make_operation (FyLedger *ledger, const char *path)
{
  FyPrintOperation *op = fy_print_operation_new (ledger);

  gtk_print_operation_set_show_progress (GTK_PRINT_OPERATION (op), FALSE);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (op), path);
  return op;
}

static void
test_export_through_print_operation (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_store (100);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autoptr(FyPrintOperation) op = NULL;
  g_autofree char *path = fy_test_tmp_path ("printed.pdf");
  g_autofree char *text = NULL;
  g_autofree char *job = NULL;
  g_autofree char *size = NULL;
  guint pages;

  op = make_operation (ledger, path);
  g_object_get (op, "job-name", &job, NULL);
  g_assert_cmpstr (job, ==, fy_ledger_get_title (ledger));
  g_assert_true (fy_print_operation_run_sync (op, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error));
  g_assert_no_error (error);

  pages = fy_test_pdf_pages (path, &size);
  g_assert_cmpuint (pages, >, 1);
  /* A4 landscape, the default page setup (GTK gives the exact mm size). */
  g_assert_nonnull (size);
  g_assert_true (g_str_has_prefix (size, "841.89 x 595.27"));
  text = fy_test_pdf_text (path);
  g_assert_nonnull (strstr (text, COMPANY));
  g_assert_nonnull (strstr (text, "员工001"));
  g_assert_nonnull (strstr (text, "员工100"));
  {
    g_autofree char *footer = g_strdup_printf (_("Page %u of %u"), pages, pages);
    g_assert_nonnull (strstr (text, footer));
  }
}

static void
test_too_small_page_is_an_error (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_store (3);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autoptr(FyPrintOperation) op = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) tiny = gtk_paper_size_new_custom ("tiny", "tiny", 30, 30, GTK_UNIT_MM);
  g_autofree char *path = fy_test_tmp_path ("tiny.pdf");

  op = make_operation (ledger, path);
  gtk_page_setup_set_paper_size_and_default_margins (setup, tiny);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (op), setup);
  g_assert_false (fy_print_operation_run_sync (op, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
}

static gboolean
is_button_with_tooltip (GtkWidget *widget, gconstpointer tooltip)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static guint
count_tmp_pdfs (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_get_tmp_dir (), 0, NULL);
  const char *name;
  guint n = 0;

  while (dir && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".pdf"))
      n++;
  return n;
}

typedef struct
{
  GtkPrintOperation *op;
  gboolean           print;   /* leave by Print, else by Esc */
  int                n_pages;
  gboolean           done;
} PreviewDrive;

/* Runs inside the print operation's own main loop, once the pages are
 * counted: next page by the button, then Print or Esc. */
static gboolean
drive_preview_cb (gpointer data)
{
  PreviewDrive *d = data;
  GtkWindow *window = fy_print_preview_get_window (d->op);
  GtkWidget *next;

  if (window == NULL || fy_print_preview_get_n_pages (window) < 0)
    return G_SOURCE_CONTINUE;
  d->n_pages = fy_print_preview_get_n_pages (window);
  g_assert_cmpint (fy_print_preview_get_page (window), ==, 0);
  next = fy_gui_test_find_widget (GTK_WIDGET (window), is_button_with_tooltip, fy_test_tr ("Next page"));
  g_assert_nonnull (next);
  g_assert_cmpstr (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (next)) == GTK_ACCESSIBLE_ROLE_BUTTON
                   ? "button" : "other", ==, "button");
  g_signal_emit_by_name (next, "clicked");
  g_assert_cmpint (fy_print_preview_get_page (window), ==, 1);
  g_assert_cmpfloat (fy_print_preview_get_ink_area (window), >, 100 * 100);
  if (d->print)
    g_signal_emit_by_name (fy_gui_test_find_button (GTK_WIDGET (window), fy_test_tr ("_Print…")), "clicked");
  else
    gtk_window_close (window);
  d->done = TRUE;
  return G_SOURCE_REMOVE;
}

/* "Preview" without the viewer of gtk-print-preview-command: Fangyi's own
 * window draws the pages in memory (no temporary PDF), pages through them,
 * and its Print asks the caller for the print dialog. */
static void
test_preview_without_viewer (void)
{
  FY_TEST_LAST_REF FyStore *store = make_store (100);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  guint pdfs_before = count_tmp_pdfs ();

  g_object_set (gtk_settings_get_default (), "gtk-print-preview-command", "fangyi-no-such-viewer %f", NULL);
  for (int print = 0; print < 2; print++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FyPrintOperation) op = fy_print_operation_new (ledger);
      PreviewDrive d = { GTK_PRINT_OPERATION (op), print, -1, FALSE };

      gtk_print_operation_set_show_progress (GTK_PRINT_OPERATION (op), FALSE);
      /* Below GTK's pagination idle (DEFAULT_IDLE + 10), not to starve it. */
      g_idle_add_full (G_PRIORITY_LOW, drive_preview_cb, &d, NULL);
      g_assert_true (fy_print_operation_run_sync (op, GTK_PRINT_OPERATION_ACTION_PREVIEW, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (d.done);
      g_assert_cmpint (d.n_pages, >, 1);
      g_assert_true (fy_print_preview_wants_print (GTK_PRINT_OPERATION (op)) == (print != 0));
      g_assert_null (fy_print_preview_get_window (GTK_PRINT_OPERATION (op)));
      fy_gui_test_iterate ();
    }
  g_assert_cmpuint (count_tmp_pdfs (), ==, pdfs_before);
  fy_gui_test_destroy_all_windows ();

  /* With a viewer there (sh stands in for it), GTK's own preview runs. */
  {
    g_autoptr(FyPrintOperation) op = fy_print_operation_new (ledger);
    g_object_set (gtk_settings_get_default (), "gtk-print-preview-command", "sh %f", NULL);
    g_assert_false (fy_print_preview_check (GTK_PRINT_OPERATION (op), NULL, NULL, NULL));
  }
}

/* The print dialog of a printout is answered Cancel as soon as it shows. */
static gboolean
cancel_print_dialog_cb (gpointer data)
{
  GListModel *tops = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (tops, i);

      if (GTK_IS_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        {
          *(gboolean *) data = TRUE;
          gtk_dialog_response (GTK_DIALOG (w), GTK_RESPONSE_CANCEL);
          return G_SOURCE_REMOVE;
        }
    }
  return G_SOURCE_CONTINUE;
}

/* Issue 10 item 11: an unmasked printout from the Ledgers page is in the
 * audit trail (who, which ledger, which period, "print") before the print
 * dialog shows; a masked one is not. */
static void
test_unmasked_print_audited (void)
{
  FY_TEST_LAST_REF FyStore *store = make_store (3);
  FyLedgerParams params = { .unmasked = TRUE };
  const char *sql = "SELECT count(*) FROM audit WHERE field = 'unmasked-output' AND new_value LIKE 'roster %print'"
                    " AND actor = '周敏'";
  gboolean shown = FALSE;

  fy_store_set_actor (store, "周敏");
  g_idle_add (cancel_print_dialog_cb, &shown);
  fy_export_flow_print (NULL, store, "roster", &params);
  g_assert_true (shown);
  g_assert_cmpint (fy_test_query_int (store, sql), ==, 1);
  params.unmasked = FALSE;
  shown = FALSE;
  g_idle_add (cancel_print_dialog_cb, &shown);
  fy_export_flow_print (NULL, store, "roster", &params);
  g_assert_true (shown);
  g_assert_cmpint (fy_test_query_int (store, sql), ==, 1);
  fy_gui_test_destroy_all_windows ();
}

int
main (int argc, char **argv)
{
  if (!fy_gui_test_init (&argc, &argv, "2026-11-22"))
    return 0;
  g_test_add_func ("/gui/print/export-through-print-operation", test_export_through_print_operation);
  g_test_add_func ("/gui/print/too-small-page-is-an-error", test_too_small_page_is_an_error);
  g_test_add_func ("/gui/print/preview-without-viewer", test_preview_without_viewer);
  g_test_add_func ("/gui/print/unmasked-print-audited", test_unmasked_print_audited);
  return g_test_run ();
}
