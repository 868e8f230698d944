/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-store-files.c — what happens to a database's files before and around
 * SQLite: admitting a file from its bytes (fy-store-probe.c) or refusing it
 * untouched, moving a damaged one aside with its -wal / -shm and the note
 * that stops an empty company from quietly taking its place, and making
 * the file and its sidecars private. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fy-backup.h"
#include "fy-clock.h"
#include "fy-error.h"
#include "fy-store-probe-private.h"

#define ASIDE_INFIX ".damaged-"   /* then the local time as %Y%m%d-%H%M%S */

gboolean
fy_store_aside_time (const char *path, const char *name, gint64 *at)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, ASIDE_INFIX, NULL);
  g_autoptr(GDateTime) when = NULL;
  int y, mo, d, h, mi, s;
  char rest;

  if (!g_str_has_prefix (name, prefix)
      || sscanf (name + strlen (prefix), "%4d%2d%2d-%2d%2d%2d%c", &y, &mo, &d, &h, &mi, &s, &rest) != 6
      || (when = g_date_time_new_local (y, mo, d, h, mi, s)) == NULL)
    return FALSE;
  *at = g_date_time_to_unix (when);
  return TRUE;
}

/* Renames the file and its -wal / -shm together (the log belongs to that
 * file alone) and leaves a note beside it, so that the next start says what
 * happened instead of quietly creating an empty company. */
void
fy_store_move_aside (const char *path)
{
  g_autoptr(GDateTime) now = fy_clock_real_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s" ASIDE_INFIX "%s", path, stamp);
  g_autofree char *note = fy_store_moved_aside_note_path (path);
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  if (g_rename (path, aside) != 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside, suffixes[i], NULL);
      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }
  g_file_set_contents_full (note, aside, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
}

char *
fy_store_moved_aside_note_path (const char *path)
{
  return g_strconcat (path, ".moved-aside", NULL);
}

char *
fy_store_get_moved_aside (const char *path)
{
  g_autofree char *note = fy_store_moved_aside_note_path (path);
  char *aside = NULL;

  if (!g_file_get_contents (note, &aside, NULL, NULL))
    return NULL;
  return g_strstrip (aside);
}

void
fy_store_forget_moved_aside (const char *path)
{
  g_autofree char *note = fy_store_moved_aside_note_path (path);

  g_unlink (note);
}

/* The sentence for a database that is gone because it was moved aside:
 * where it went and the newest backup that passes its check. */
static void
set_moved_aside_error (const char *path, const char *aside, GError **error)
{
  g_autoptr(GPtrArray) backups = fy_backup_list_for_path (path);
  const char *newest = NULL;

  for (guint i = 0; i < backups->len && newest == NULL; i++)
    {
      FyBackupInfo *info = g_ptr_array_index (backups, i);
      if (fy_backup_verify (info->path, NULL))
        newest = info->path;
    }
  if (newest != NULL)
    g_set_error (error, FY_ERROR, FY_ERROR_CORRUPT,
                 _("The database was damaged and moved aside to “%s”; Fangyi will not start an empty one in its place "
                   "without asking. The newest verified backup is “%s”: restore it (in the window, or with "
                   "“fangyi restore”), or start a new database."),
                 aside, newest);
  else
    g_set_error (error, FY_ERROR, FY_ERROR_CORRUPT,
                 _("The database was damaged and moved aside to “%s”; Fangyi will not start an empty one in its place "
                   "without asking. There is no verified backup: restore one from elsewhere, or start a new database."),
                 aside);
}

void
fy_store_set_damaged_error (const char *path, GError **error)
{
  g_set_error (error, FY_ERROR, FY_ERROR_CORRUPT,
               _("The database “%s” is damaged. It was moved aside (renamed with “.damaged-” and the time) and nothing was deleted. "
                 "Restore a backup, or start a new database."),
               path);
}

/* Decides from the file's bytes (fy-store-probe.c), before SQLite sees it,
 * whether it may be opened at all: a refused file keeps every byte of
 * itself and of its -wal / -shm. Sets *existed when there is data to keep. */
gboolean
fy_store_admit_file (const char *path, gboolean *existed, GError **error)
{
  FyStoreProbe probe;

  *existed = FALSE;
  switch (fy_store_probe (path, &probe))
    {
    case FY_STORE_KIND_MISSING:
      {
        g_autofree char *aside = fy_store_get_moved_aside (path);
        if (aside != NULL)
          {
            set_moved_aside_error (path, aside, error);
            return FALSE;
          }
        return TRUE;
      }
    case FY_STORE_KIND_EMPTY:
      return TRUE;
    case FY_STORE_KIND_FANGYI:
      if (probe.user_version > fy_store_get_latest_version ())
        {
          g_set_error (error, FY_ERROR, FY_ERROR_NEWER,
                       _("This database was saved by a newer version of Fangyi (data version %d; this version knows %d). "
                         "It was left unchanged: update Fangyi to open it."),
                       probe.user_version, fy_store_get_latest_version ());
          return FALSE;
        }
      *existed = TRUE;
      return TRUE;
    case FY_STORE_KIND_FOREIGN:
      g_set_error (error, FY_ERROR, FY_ERROR_FOREIGN,
                   _("“%s” is a database of another program, not a Fangyi database. It was left unchanged."),
                   path);
      return FALSE;
    case FY_STORE_KIND_DAMAGED:
      fy_store_move_aside (path);
      fy_store_set_damaged_error (path, error);
      return FALSE;
    case FY_STORE_KIND_UNREADABLE:
    default:
      g_set_error (error, FY_ERROR, FY_ERROR_IO,
                   _("Cannot open the database “%s”: Fangyi may not read it, or it is not a file."), path);
      return FALSE;
    }
}

/* The file and whatever sidecars exist become private before SQLite opens
 * them: SQLite gives new -wal / -shm / journals the main file's mode. */
void
fy_store_make_private (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_chmod (file, 0600);
    }
}
