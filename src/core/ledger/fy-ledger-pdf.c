/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-pdf.c — a ledger as a PDF file (A4 landscape), drawn by the
 * page layout in fy-ledger-pages.c; cairo's PDF surface streams pages, so a
 * ledger of thousands of pages needs no more memory than one. */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>

#include "fy-atomic-file.h"
#include "fy-error.h"
#include "fy-ledger-pages-private.h"

#define A4_LONG  842.0
#define A4_SHORT 595.0

typedef struct
{
  FyAtomicFile *file;
  int saved_errno;
} Sink;

static cairo_status_t
sink_write (void *closure, const unsigned char *data, unsigned int length)
{
  Sink *sink = closure;

  sink->saved_errno = fy_atomic_file_write (sink->file, data, length);
  return sink->saved_errno ? CAIRO_STATUS_WRITE_ERROR : CAIRO_STATUS_SUCCESS;
}

static void
set_write_error (const char *path, int saved_errno, GError **error)
{
  g_autofree char *name = g_filename_display_name (path);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, FY_ERROR, FY_ERROR_DISK_FULL,
                 _("The disk is full: “%s” could not be written. Free some space or choose another folder."),
                 name);
  else
    g_set_error (error, FY_ERROR, FY_ERROR_IO, _("“%s” could not be written: %s."),
                 name, g_strerror (saved_errno));
}

/* Maps the surface's final status after finishing it. */
static gboolean
check_surface (cairo_surface_t *surface, Sink *sink, const char *path, GError **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_WRITE_ERROR)
    {
      set_write_error (path, sink->saved_errno ? sink->saved_errno : EIO, error);
      return FALSE;
    }
  return fy_ledger_check_cairo (status, error);
}

/* The pages of one part, drawn on the surface after the previous part's. */
static gboolean
write_pages (FyLedger *ledger, cairo_surface_t *surface, const FyPagesProgress *progress, GError **error)
{
  g_autoptr(FyLedgerPages) pages = NULL;
  double span = progress->to - progress->from;
  FyPagesProgress measuring = *progress;
  cairo_t *cr;
  cairo_status_t status = CAIRO_STATUS_SUCCESS;
  guint n;

  /* 30 % of the part's share measuring, 70 % drawing. */
  measuring.to = progress->from + 0.3 * span;
  pages = fy_ledger_paginate_with_progress (ledger, A4_LONG, A4_SHORT, &measuring, error);
  if (pages == NULL)
    return FALSE;
  n = fy_ledger_pages_get_n_pages (pages);

  cr = cairo_create (surface);
  for (guint i = 0; i < n; i++)
    {
      if (fy_ledger_cancelled (progress->cancellable, error)
          || !fy_ledger_pages_draw (pages, cr, i, error))
        {
          cairo_destroy (cr);
          return FALSE;
        }
      cairo_show_page (cr);
      if ((status = cairo_status (cr)) != CAIRO_STATUS_SUCCESS)
        break;
      if (progress->func)
        progress->func (measuring.to + 0.7 * span * (i + 1) / n, progress->user_data);
    }
  cairo_destroy (cr);
  /* A write error shows in the surface's status after finishing. */
  return status == CAIRO_STATUS_WRITE_ERROR || fy_ledger_check_cairo (status, error);
}

gboolean
fy_ledger_write_pdf (FyLedger        *ledger,
                     const char      *path,
                     FyProgressFunc   progress,
                     gpointer         user_data,
                     GCancellable    *cancellable,
                     GError         **error)
{
  g_autoptr(FyAtomicFile) file = NULL;
  cairo_surface_t *surface;
  Sink sink = { NULL, 0 };
  g_autofree gint64 *totals = NULL;
  gint64 all = 0, before = 0;
  guint n_parts;
  gboolean ok;

  g_return_val_if_fail (ledger != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (fy_ledger_cancelled (cancellable, error))
    return FALSE;
  n_parts = fy_ledger_get_n_parts (ledger);
  totals = g_new0 (gint64, n_parts);
  for (guint p = 0; p < n_parts; p++)
    {
      if ((totals[p] = fy_ledger_count_rows (fy_ledger_get_part (ledger, p), error)) < 0)
        return FALSE;
      all += totals[p];
    }

  /* A temporary file beside the target, renamed when complete: a reader
   * never sees half a PDF and a failure leaves the old file alone. */
  if ((file = fy_atomic_file_begin (path, error)) == NULL)
    return FALSE;
  sink.file = file;

  surface = cairo_pdf_surface_create_for_stream (sink_write, &sink, A4_LONG, A4_SHORT);
  if (fy_ledger_get_title (ledger))
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, fy_ledger_get_title (ledger));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Fangyi " PACKAGE_VERSION);
  ok = check_surface (surface, &sink, fy_atomic_file_get_temp_path (file), error);
  /* Every part (a month, a day) in one PDF, one after another; each
   * part's share of the progress is its share of the rows. */
  for (guint p = 0; ok && p < n_parts; p++)
    {
      FyPagesProgress steps = { progress, user_data, 0, 0, totals[p], cancellable };
      steps.from = all > 0 ? (double) before / all : (double) p / n_parts;
      before += totals[p];
      steps.to = all > 0 ? (double) before / all : (double) (p + 1) / n_parts;
      ok = write_pages (fy_ledger_get_part (ledger, p), surface, &steps, error);
    }
  if (ok)
    {
      cairo_surface_finish (surface);
      ok = check_surface (surface, &sink, path, error);
    }
  cairo_surface_destroy (surface);

  if (!ok || !fy_atomic_file_commit (file, error))
    return FALSE;
  if (progress)
    progress (1.0, user_data);
  return TRUE;
}
