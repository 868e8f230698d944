/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-output.c — what every exporter shares besides the atomic file
 * (fy-atomic-file.c): the cancelled sentence, progress and cancellation
 * per row, the choice of writer by the file name's extension, the audit
 * row of an unmasked output, a file-size limit told apart from a full
 * disk, and libxlsxwriter's own stderr lines kept from the user. */
#define _GNU_SOURCE   /* memfd_create */
#include "config.h"

#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "fy-atomic-file.h"
#include "fy-error.h"
#include "fy-ledger.h"
#include "fy-ledger-output-private.h"
#include "fy-store-private.h"

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

static gboolean
has_personal_columns (FyLedger *ledger)
{
  for (guint i = 0; i < fy_ledger_get_n_columns (ledger); i++)
    if (fy_ledger_get_column (ledger, i)->sensitive != FY_SENSITIVE_NONE)
      return TRUE;
  return FALSE;
}

static gboolean
write_unmasked_audit (FyStore *store, const char *actor, const char *what, GError **error)
{
  g_autofree char *saved_actor = g_strdup (fy_store_get_actor (store));
  gboolean ok;

  fy_store_set_actor (store, actor);
  ok = fy_store_audit (store,
                       &(FyAuditEntry) { .entity = "ledger", .entity_id = 0, .action = "insert",
                                          .field = "unmasked-output", .old_value = NULL, .new_value = what },
                       error);
  fy_store_set_actor (store, saved_actor);
  return ok;
}

gboolean
fy_ledger_audit_unmasked (FyLedger *ledger, const char *output, GError **error)
{
  FyStore *store = fy_ledger_get_store (ledger);
  g_autofree char *actor = g_strdup (fy_store_get_actor (store));
  g_autofree char *what = NULL;
  g_autoptr(GError) local = NULL;

  if (!fy_ledger_get_unmasked (ledger) || !has_personal_columns (ledger))
    return TRUE;
  /* Who: the operator, else the account the program runs under. */
  if (*actor == '\0')
    {
      g_free (actor);
      actor = g_strdup (g_get_user_name ());
    }
  /* Which ledger, which period, into what; "when" is the row's time. */
  what = g_strdup_printf ("%s %s..%s %s", fy_ledger_get_def (ledger)->id,
                          fy_ledger_get_from (ledger) ? fy_ledger_get_from (ledger) : "",
                          fy_ledger_get_to (ledger) ? fy_ledger_get_to (ledger) : "", output);
  if (write_unmasked_audit (store, actor, what, &local))
    return TRUE;
  /* An export thread reads through a read-only connection: the audit row
   * goes through a short-lived writer. */
  g_clear_error (&local);
  {
    g_autoptr(FyStore) writer = fy_store_open_worker (fy_store_get_path (store), &local);
    if (writer != NULL && write_unmasked_audit (writer, actor, what, &local))
      return TRUE;
  }
  g_set_error (error, FY_ERROR, FY_ERROR_STORE,
               _("The unmasked output was not made because it could not be recorded in the audit trail (%s)."),
               local ? local->message : "");
  return FALSE;
}

/* libxlsxwriter prints its own English "[ERROR] …" lines on stderr; they
 * are caught here while it works and dropped (the user gets our sentence),
 * everything else written meanwhile is passed on. One at a time. */
static GMutex stderr_lock;

void
fy_stderr_capture_begin (FyStderrCapture *c)
{
  g_mutex_lock (&stderr_lock);
  fflush (stderr);
  c->capture = memfd_create ("fangyi-stderr", MFD_CLOEXEC);
  c->saved = c->capture >= 0 ? dup (STDERR_FILENO) : -1;
  if (c->saved >= 0)
    dup2 (c->capture, STDERR_FILENO);
}

void
fy_stderr_capture_end (FyStderrCapture *c)
{
  g_autofree char *text = NULL;
  off_t size;

  fflush (stderr);
  if (c->saved >= 0)
    {
      dup2 (c->saved, STDERR_FILENO);
      close (c->saved);
    }
  if (c->capture >= 0 && (size = lseek (c->capture, 0, SEEK_END)) > 0
      && size < 1024 * 1024 && lseek (c->capture, 0, SEEK_SET) == 0)
    {
      g_auto(GStrv) lines = NULL;

      text = g_malloc0 ((gsize) size + 1);
      if (read (c->capture, text, (gsize) size) == size)
        {
          lines = g_strsplit (text, "\n", -1);
          for (guint i = 0; lines[i]; i++)
            if (*lines[i] && !g_str_has_prefix (lines[i], "[ERROR]") && !g_str_has_prefix (lines[i], "[WARNING]"))
              g_printerr ("%s\n", lines[i]);
        }
    }
  if (c->capture >= 0)
    close (c->capture);
  g_mutex_unlock (&stderr_lock);
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

  gboolean ok;

  if (g_ascii_strcasecmp (ext, "xlsx") != 0 && g_ascii_strcasecmp (ext, "csv") != 0
      && g_ascii_strcasecmp (ext, "pdf") != 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID,
                   _("Fangyi cannot tell which kind of file “%s” should be. End the file name with .xlsx, .pdf or .csv."),
                   base);
      return FALSE;
    }
  if (!fy_ledger_audit_unmasked (ledger, path, error))
    return FALSE;

  if (g_ascii_strcasecmp (ext, "xlsx") == 0)
    {
      FyStderrCapture capture;

      fy_stderr_capture_begin (&capture);
      ok = fy_ledger_write_xlsx (ledger, path, progress, user_data, cancellable, error);
      fy_stderr_capture_end (&capture);
    }
  else if (g_ascii_strcasecmp (ext, "csv") == 0)
    ok = fy_ledger_write_csv (ledger, path, progress, user_data, cancellable, error);
  else
    ok = fy_ledger_write_pdf (ledger, path, progress, user_data, cancellable, error);
  if (!ok)
    fy_atomic_file_explain_limit (path, error);
  return ok;
}
