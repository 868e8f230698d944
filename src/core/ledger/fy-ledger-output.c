/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-output.c — what every exporter shares: a temporary file beside
 * the target renamed over it only when complete, errors as sentences,
 * progress and cancellation per row, and the choice of writer by the
 * file name's extension. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fy-error.h"
#include "fy-ledger.h"

static void
set_file_error (GError **error, int saved_errno, const char *path, gboolean folder)
{
  g_autofree char *display = g_filename_display_name (path);

  switch (saved_errno)
    {
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, FY_ERROR, FY_ERROR_IO,
                   _("The folder “%s” does not exist. Choose another folder."), display);
      break;
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, FY_ERROR, FY_ERROR_IO,
                   folder ? _("Fangyi may not write in the folder “%s”. Choose another folder.")
                          : _("Fangyi may not replace “%s”. Close it in other programs or choose another name."),
                   display);
      break;
    case ENOSPC:
    case EDQUOT:
      g_set_error (error, FY_ERROR, FY_ERROR_DISK_FULL,
                   _("The disk is full, so the file was not written. Free some space and try again."));
      break;
    case EISDIR:
      g_set_error (error, FY_ERROR, FY_ERROR_IO,
                   _("“%s” is a folder. Choose a file name."), display);
      break;
    default:
      g_set_error (error, FY_ERROR, FY_ERROR_IO,
                   _("The file could not be written in “%s” (%s). Choose another folder."),
                   display, g_strerror (saved_errno));
      break;
    }
}

char *
fy_ledger_output_begin (const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  char *tmp = g_build_filename (dir, name, NULL);
  int fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      set_file_error (error, errno, dir, TRUE);
      g_free (tmp);
      return NULL;
    }
  close (fd);
  return tmp;
}

gboolean
fy_ledger_output_commit (const char *tmp_path, const char *path, GError **error)
{
  int fd = g_open (tmp_path, O_RDONLY | O_CLOEXEC, 0);
  int saved;

  /* On disk before it takes the real name: a crash leaves the old file. */
  if (fd < 0 || fsync (fd) != 0)
    {
      saved = errno;
      if (fd >= 0)
        close (fd);
      g_unlink (tmp_path);
      set_file_error (error, saved, path, FALSE);
      return FALSE;
    }
  close (fd);
  if (g_chmod (tmp_path, 0600) != 0 || g_rename (tmp_path, path) != 0)
    {
      saved = errno;
      g_unlink (tmp_path);
      set_file_error (error, saved, path, FALSE);
      return FALSE;
    }
  return TRUE;
}

void
fy_ledger_output_abort (const char *tmp_path)
{
  if (tmp_path)
    g_unlink (tmp_path);
}

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
