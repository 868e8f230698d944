/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-output.c — what every exporter shares besides the atomic file
 * (fy-atomic-file.c): the cancelled sentence, progress and cancellation
 * per row, and the choice of writer by the file name's extension. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-error.h"
#include "fy-ledger.h"

void
fy_ledger_set_cancelled_error (GError **error)
{
  g_set_error (error, FY_ERROR, FY_ERROR_CANCELLED, _("The export was cancelled; no file was written."));
}

/* Checking the cancellable and calling back for every row would cost more
 * than writing it. */
#define PROGRESS_EVERY 500

gboolean
fy_ledger_output_row_done (gint64         *done,
                           gint64          total,
                           FyProgressFunc  progress,
                           gpointer        user_data,
                           GCancellable   *cancellable)
{
  if (++*done % PROGRESS_EVERY != 0)
    return TRUE;
  if (g_cancellable_is_cancelled (cancellable))
    return FALSE;
  if (progress && total > 0)
    progress (MIN (0.99, (double) *done / (double) total), user_data);
  return TRUE;
}

gboolean
fy_ledger_export (FyLedger       *ledger,
                  const char     *path,
                  FyProgressFunc  progress,
                  gpointer        user_data,
                  GCancellable   *cancellable,
                  GError        **error)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');
  const char *ext = dot ? dot + 1 : "";

  if (g_ascii_strcasecmp (ext, "xlsx") == 0)
    return fy_ledger_write_xlsx (ledger, path, progress, user_data, cancellable, error);
  if (g_ascii_strcasecmp (ext, "csv") == 0)
    return fy_ledger_write_csv (ledger, path, progress, user_data, cancellable, error);
  if (g_ascii_strcasecmp (ext, "pdf") == 0)
    return fy_ledger_write_pdf (ledger, path, progress, user_data, cancellable, error);

  g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
               _("Fangyi cannot tell which kind of file “%s” should be. End the file name with .xlsx, .pdf or .csv."),
               base);
  return FALSE;
}
