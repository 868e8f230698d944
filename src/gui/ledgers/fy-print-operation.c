/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-print-operation.c — GtkPrintOperation over the core's ledger pages.
 *
 * begin-print paginates for the printable area the user chose, draw-page
 * draws one page; the layout itself lives in core (fy-ledger-pdf.c) so the
 * printout and the PDF export look the same. Errors met inside the signal
 * handlers cancel the operation and are reported by run_sync(). */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-error.h"
#include "fy-print-operation.h"
#include "fy-print-preview.h"

struct _FyPrintOperation
{
  GtkPrintOperation  parent_instance;
  FyLedger          *ledger;   /* borrowed */
  FyLedgerPages     *pages;    /* between begin-print and end-print */
  GError            *error;    /* first error met while paginating / drawing */
};

G_DEFINE_FINAL_TYPE (FyPrintOperation, fy_print_operation, GTK_TYPE_PRINT_OPERATION)

/* The printer, paper and copies chosen last time, for this session. */
static GtkPrintSettings *last_settings;

static void
fail (FyPrintOperation *self, GError *error)
{
  if (self->error == NULL)
    self->error = error;
  else
    g_error_free (error);
  gtk_print_operation_cancel (GTK_PRINT_OPERATION (self));
}

static void
fy_print_operation_begin_print (GtkPrintOperation *op, GtkPrintContext *context)
{
  FyPrintOperation *self = FY_PRINT_OPERATION (op);
  GError *error = NULL;

  g_clear_pointer (&self->pages, fy_ledger_pages_free);
  /* The unit is points, the same as the core's page layout. */
  self->pages = fy_ledger_paginate (self->ledger,
                                    gtk_print_context_get_width (context),
                                    gtk_print_context_get_height (context),
                                    &error);
  if (self->pages == NULL)
    {
      gtk_print_operation_set_n_pages (op, 1);
      fail (self, error);
      return;
    }
  gtk_print_operation_set_n_pages (op, (int) fy_ledger_pages_get_n_pages (self->pages));
}

static void
fy_print_operation_draw_page (GtkPrintOperation *op, GtkPrintContext *context, int page_nr)
{
  FyPrintOperation *self = FY_PRINT_OPERATION (op);
  GError *error = NULL;

  if (self->pages == NULL || page_nr < 0 || (guint) page_nr >= fy_ledger_pages_get_n_pages (self->pages))
    return;
  if (!fy_ledger_pages_draw (self->pages, gtk_print_context_get_cairo_context (context), page_nr, &error))
    fail (self, error);
}

static void
fy_print_operation_end_print (GtkPrintOperation *op, GtkPrintContext *context)
{
  FyPrintOperation *self = FY_PRINT_OPERATION (op);

  g_clear_pointer (&self->pages, fy_ledger_pages_free);
}

static void
fy_print_operation_finalize (GObject *object)
{
  FyPrintOperation *self = FY_PRINT_OPERATION (object);

  g_clear_pointer (&self->pages, fy_ledger_pages_free);
  g_clear_error (&self->error);
  G_OBJECT_CLASS (fy_print_operation_parent_class)->finalize (object);
}

static void
fy_print_operation_class_init (FyPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *op_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = fy_print_operation_finalize;
  op_class->begin_print = fy_print_operation_begin_print;
  op_class->draw_page = fy_print_operation_draw_page;
  op_class->end_print = fy_print_operation_end_print;
  op_class->preview = fy_print_preview_check;
}

static void
fy_print_operation_init (FyPrintOperation *self)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  /* Ledgers have many columns: A4 landscape, as inspectors file them. */
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  /* The page layout keeps its own 1 cm margin from the paper's edge (wider
   * than printers' hardware margins): printing the whole sheet makes the
   * printout the same as the PDF export instead of a narrower table. */
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_show_progress (GTK_PRINT_OPERATION (self), TRUE);
  if (last_settings)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), last_settings);
}

FyPrintOperation *
fy_print_operation_new (FyLedger *ledger)
{
  FyPrintOperation *self;

  g_return_val_if_fail (ledger != NULL, NULL);

  self = g_object_new (FY_TYPE_PRINT_OPERATION, NULL);
  self->ledger = ledger;
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), fy_ledger_get_title (ledger));
  return self;
}

gboolean
fy_print_operation_run_sync (FyPrintOperation        *self,
                             GtkPrintOperationAction  action,
                             GtkWindow               *parent,
                             GError                 **error)
{
  g_autoptr(GError) gtk_error = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (FY_IS_PRINT_OPERATION (self), FALSE);

  g_clear_error (&self->error);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self), action, parent, &gtk_error);
  if (self->error)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return FALSE;
    }
  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_ERROR:
      g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                   _("Printing failed: %s. Check the printer and try again."),
                   gtk_error ? gtk_error->message : _("unknown error"));
      return FALSE;
    case GTK_PRINT_OPERATION_RESULT_CANCEL:
      g_set_error_literal (error, FY_ERROR, FY_ERROR_CANCELLED, _("Printing was cancelled."));
      return FALSE;
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      g_set_object (&last_settings, gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self)));
      return TRUE;
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      return TRUE;
    }
}

gboolean
fy_print_ledger (GtkWindow *parent, FyLedger *ledger, GError **error)
{
  g_autoptr(FyPrintOperation) op = NULL;

  g_return_val_if_fail (ledger != NULL, FALSE);

  op = fy_print_operation_new (ledger);
  if (!fy_print_operation_run_sync (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error))
    return FALSE;
  /* Print pressed in Fangyi's own preview: the print dialog again. */
  while (fy_print_preview_wants_print (GTK_PRINT_OPERATION (op)))
    {
      g_clear_object (&op);
      op = fy_print_operation_new (ledger);
      if (!fy_print_operation_run_sync (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error))
        return FALSE;
    }
  return TRUE;
}
