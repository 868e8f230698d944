/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-csv.c — a ledger as CSV for other programs: UTF-8 with a BOM
 * (so spreadsheet programs read Chinese correctly), CRLF line ends, RFC 4180
 * quoting, the header row (a grouped column's header names its group) then
 * the rows, no title block. Text cells that a spreadsheet would run as a
 * formula (= + - @) get a leading apostrophe. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fy-atomic-file.h"
#include "fy-error.h"
#include "fy-ledger.h"

static void
append_field (GString *line, const char *text, gboolean guard_formula)
{
  gboolean quote = strpbrk (text, ",\"\r\n") != NULL;

  if (quote)
    g_string_append_c (line, '"');
  if (guard_formula && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@'))
    g_string_append_c (line, '\'');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  if (quote)
    g_string_append_c (line, '"');
}

static gboolean
write_line (FILE *file, GString *line)
{
  g_string_append (line, "\r\n");
  return fwrite (line->str, 1, line->len, file) == line->len;
}

gboolean
fy_ledger_write_csv (FyLedger       *ledger,
                     const char     *path,
                     FyProgressFunc  progress,
                     gpointer        user_data,
                     GCancellable   *cancellable,
                     GError        **error)
{
  static const char bom[] = "\xEF\xBB\xBF";
  g_autoptr(FyLedgerCursor) cursor = NULL;
  g_autoptr(GString) line = g_string_sized_new (256);
  g_autoptr(FyAtomicFile) out = NULL;
  GError *local = NULL;
  guint n = fy_ledger_get_n_columns (ledger);
  gint64 total, done = 0;
  gboolean ok, cancelled = FALSE;
  FILE *file;
  int saved = 0;

  g_return_val_if_fail (ledger != NULL && path != NULL, FALSE);

  if (fy_ledger_get_n_parts (ledger) > 1)
    {
      /* A CSV file is one table; a split period is several. */
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("This period gives %u tables (one per month or per day), and a CSV file holds one. "
                     "Export .xlsx (a sheet each) or .pdf, or choose a shorter period."),
                   fy_ledger_get_n_parts (ledger));
      return FALSE;
    }
  if ((total = fy_ledger_count_rows (ledger, error)) < 0)
    return FALSE;
  if ((cursor = fy_ledger_query (ledger, 0, -1, error)) == NULL)
    return FALSE;
  if ((out = fy_atomic_file_begin (path, error)) == NULL)
    return FALSE;
  if ((file = g_fopen (fy_atomic_file_get_temp_path (out), "wb")) == NULL)
    {
      saved = errno;
      g_set_error (error, FY_ERROR, FY_ERROR_IO, _("The file could not be written (%s). Choose another folder."),
                   g_strerror (saved));
      return FALSE;
    }

  if (progress)
    progress (0.0, user_data);
  ok = fwrite (bom, 1, 3, file) == 3;
  for (guint i = 0; i < n; i++)
    {
      const FyLedgerColumn *col = fy_ledger_get_column (ledger, i);
      /* CSV has one header row: a grouped column says its group too ("17 AM"). */
      g_autofree char *header = col->group ? g_strdup_printf ("%s %s", col->group, col->header)
                                           : g_strdup (col->header);
      if (i > 0)
        g_string_append_c (line, ',');
      append_field (line, header, TRUE);
    }
  ok = ok && write_line (file, line);

  while (ok && fy_ledger_cursor_next (cursor, &local))
    {
      g_string_truncate (line, 0);
      for (guint i = 0; i < n; i++)
        {
          /* A number (e.g. a negative one) is data, not a formula. */
          gboolean number = fy_ledger_cursor_get_number (cursor, i, NULL);
          if (i > 0)
            g_string_append_c (line, ',');
          append_field (line, fy_ledger_cursor_get_text (cursor, i), !number);
        }
      ok = write_line (file, line);
      if (!fy_ledger_output_row_done (&done, total, progress, user_data, cancellable))
        {
          cancelled = TRUE;
          break;
        }
    }
  if (ok && local == NULL && !cancelled)
    cancelled = g_cancellable_is_cancelled (cancellable);
  if (!ok)
    saved = errno;
  if (fclose (file) != 0 && ok)
    {
      ok = FALSE;
      saved = errno;
    }

  if (!ok || cancelled || local != NULL)
    {
      if (local)
        g_propagate_error (error, local);
      else if (cancelled)
        fy_ledger_set_cancelled_error (error);
      else if (saved == ENOSPC)
        g_set_error (error, FY_ERROR, FY_ERROR_DISK_FULL,
                     _("The disk is full, so the file was not written. Free some space and try again."));
      else
        g_set_error (error, FY_ERROR, FY_ERROR_IO, _("The file could not be written (%s). Choose another folder."),
                     g_strerror (saved));
      return FALSE;
    }
  if (!fy_atomic_file_commit (out, error))
    return FALSE;
  if (progress)
    progress (1.0, user_data);
  return TRUE;
}
