/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-backup.c — verified backups (VACUUM INTO → quick_check → rename). */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "fy-atomic-file.h"
#include "fy-backup.h"
#include "fy-clock.h"
#include "fy-store-private.h"

char *
fy_backup_dir (FyStore *store)
{
  const char *path = fy_store_get_path (store);
  g_autofree char *dir = NULL;

  if (g_str_equal (path, ":memory:"))
    return g_build_filename (g_get_tmp_dir (), "fangyi-backups", NULL);
  dir = g_path_get_dirname (path);
  return g_build_filename (dir, "backups", NULL);
}

void
fy_backup_info_free (FyBackupInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_free (info->reason);
  g_free (info);
}

gboolean
fy_backup_verify (const char *backup_path, GError **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int app_id = -1;

  if (sqlite3_open_v2 (backup_path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
      && sqlite3_prepare_v2 (db, "PRAGMA application_id", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    app_id = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (app_id == FY_STORE_APPLICATION_ID
      && sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);

  if (!ok)
    g_set_error (error, FY_ERROR, FY_ERROR_CORRUPT,
                 _("“%s” is not a valid Fangyi backup (it is damaged or of another program)."),
                 backup_path);
  return ok;
}

static gboolean
parse_name (const char *name, gint64 *created, char **reason)
{
  int y, mo, d, h, mi, s, used = 0;
  g_autofree char *kind = NULL;
  char *dash;

  if (!g_str_has_prefix (name, "fangyi-") || !g_str_has_suffix (name, ".db"))
    return FALSE;
  if (sscanf (name, "fangyi-%4d%2d%2d-%2d%2d%2d-%n", &y, &mo, &d, &h, &mi, &s, &used) != 6 || used == 0)
    return FALSE;
  {
    g_autoptr(GDateTime) dt = g_date_time_new_local (y, mo, d, h, mi, s);
    if (dt == NULL)
      return FALSE;
    *created = g_date_time_to_unix (dt);
  }
  /* "<reason>.db" or "<reason>-<n>.db" when several were made in one second. */
  kind = g_strndup (name + used, strlen (name + used) - strlen (".db"));
  dash = strrchr (kind, '-');
  if (dash && dash[1] && strspn (dash + 1, "0123456789") == strlen (dash + 1))
    *dash = '\0';
  if (*kind == '\0')
    return FALSE;
  *reason = g_steal_pointer (&kind);
  return TRUE;
}

static int
compare_newest_first (gconstpointer a, gconstpointer b)
{
  const FyBackupInfo *x = *(FyBackupInfo **) a, *y = *(FyBackupInfo **) b;
  if (x->created != y->created)
    return x->created < y->created ? 1 : -1;
  if (x->mtime_ns != y->mtime_ns)
    return x->mtime_ns < y->mtime_ns ? 1 : -1;
  return -g_strcmp0 (x->path, y->path);
}

static GPtrArray *
list_dir (const char *dir)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_backup_info_free);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return list;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      FyBackupInfo *info;
      gint64 created;
      char *reason = NULL;
      GStatBuf st;

      if (!parse_name (name, &created, &reason))
        continue;
      info = g_new0 (FyBackupInfo, 1);
      info->path = g_build_filename (dir, name, NULL);
      info->reason = reason;
      info->created = created;
      if (g_stat (info->path, &st) == 0)
        {
          info->size = st.st_size;
          info->mtime_ns = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
        }
      g_ptr_array_add (list, info);
    }
  g_ptr_array_sort (list, compare_newest_first);
  return list;
}

GPtrArray *
fy_backup_list (FyStore *store)
{
  g_autofree char *dir = fy_backup_dir (store);
  return list_dir (dir);
}

GPtrArray *
fy_backup_list_for_path (const char *db_path)
{
  g_autofree char *parent = g_path_get_dirname (db_path);
  g_autofree char *dir = g_build_filename (parent, "backups", NULL);
  return list_dir (dir);
}

void
fy_backup_remove_stale (const char *db_path)
{
  g_autofree char *parent = g_path_get_dirname (db_path);
  g_autofree char *base = g_path_get_basename (db_path);
  g_autofree char *dir = g_build_filename (parent, "backups", NULL);

  /* A killed restore beside the database, killed backups in their folder. */
  fy_atomic_file_remove_stale (parent, base);
  fy_atomic_file_remove_stale (dir, "fangyi-");
}

void
fy_backup_watch_temp_files (const char *db_path)
{
  g_autofree char *parent = g_path_get_dirname (db_path);
  g_autofree char *registry = g_build_filename (parent, ".fangyi-temp-files", NULL);

  /* Killed exports anywhere, then list the files of this session. */
  fy_atomic_file_sweep_registry (registry);
  fy_atomic_file_set_registry (registry);
}

static void
prune (FyStore *store, const char *reason, const char *keep_path)
{
  g_autoptr(GPtrArray) list = fy_backup_list (store);
  int keep = MAX (1, fy_store_get_setting_int (store, "backup.keep"));
  int seen = 0;

  for (guint i = 0; i < list->len; i++)
    {
      FyBackupInfo *info = g_ptr_array_index (list, i);
      if (!g_str_equal (info->reason, reason))
        continue;
      if (++seen > keep && g_strcmp0 (info->path, keep_path) != 0)
        g_unlink (info->path);
    }
}

gboolean
fy_backup_create (FyStore *store, const char *reason, char **out_path, GError **error)
{
  g_autofree char *dir = fy_backup_dir (store);
  g_autoptr(GDateTime) now = fy_clock_real_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = NULL;
  g_autofree char *final = NULL;
  g_autoptr(FyAtomicFile) file = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, FY_ERROR, FY_ERROR_IO, _("Cannot create the backup folder “%s”: %s."),
                   dir, g_strerror (saved));
      return FALSE;
    }
  if (!g_str_equal (fy_store_get_path (store), ":memory:"))
    fy_backup_remove_stale (fy_store_get_path (store));
  name = g_strdup_printf ("fangyi-%s-%s.db", stamp, reason);
  final = g_build_filename (dir, name, NULL);
  /* Two backups in the same second: add a counter rather than overwrite. */
  for (int n = 2; g_file_test (final, G_FILE_TEST_EXISTS); n++)
    {
      g_free (name);
      g_free (final);
      name = g_strdup_printf ("fangyi-%s-%s-%d.db", stamp, reason, n);
      final = g_build_filename (dir, name, NULL);
      if (n > 99)
        break;
    }
  /* VACUUM INTO accepts the empty temporary file. */
  file = fy_atomic_file_begin (final, error);
  if (file == NULL)
    {
      g_prefix_error (error, _("The backup failed: "));
      return FALSE;
    }

  stmt = fy_store_prepare (store, "VACUUM INTO ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, fy_atomic_file_get_temp_path (file), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      fy_store_fail (store, rc, error);
      g_prefix_error (error, _("The backup failed: "));
      return FALSE;
    }
  if (!fy_backup_verify (fy_atomic_file_get_temp_path (file), error))
    return FALSE;
  if (!fy_atomic_file_commit (file, error))
    {
      g_prefix_error (error, _("The backup failed: "));
      return FALSE;
    }
  prune (store, reason, final);
  if (out_path)
    *out_path = g_steal_pointer (&final);
  return TRUE;
}

gboolean
fy_backup_daily (FyStore *store, GError **error)
{
  g_autoptr(GPtrArray) list = fy_backup_list (store);
  g_autoptr(GDateTime) now = fy_clock_real_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y%m%d");

  for (guint i = 0; i < list->len; i++)
    {
      FyBackupInfo *info = g_ptr_array_index (list, i);
      g_autofree char *base = g_path_get_basename (info->path);
      if (g_str_equal (info->reason, "daily") && g_str_has_prefix (base + strlen ("fangyi-"), today))
        return TRUE;
    }
  return fy_backup_create (store, "daily", NULL, error);
}

static gboolean
copy_file (const char *from, const char *to, GError **error)
{
  g_autoptr(GFile) src = g_file_new_for_path (from);
  g_autoptr(GFile) dst = g_file_new_for_path (to);

  return g_file_copy (src, dst, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error);
}

gboolean
fy_backup_restore (const char *db_path, const char *backup_path, GError **error)
{
  g_autoptr(FyAtomicFile) file = NULL;
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  if (!fy_backup_verify (backup_path, error))
    return FALSE;

  /* Keep what is about to be replaced: the restore can itself be undone. */
  if (g_file_test (db_path, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(FyStore) current = fy_store_open_reader (db_path, &local);
      if (current != NULL)
        {
          /* VACUUM INTO works on a read-only connection. */
          g_autofree char *saved = NULL;
          if (!fy_backup_create (current, "pre-restore", &saved, &local))
            {
              g_propagate_prefixed_error (error, g_steal_pointer (&local),
                                          _("The restore was cancelled because the current data could not be saved first: "));
              return FALSE;
            }
        }
    }

  if ((file = fy_atomic_file_begin (db_path, error)) == NULL
      || !copy_file (backup_path, fy_atomic_file_get_temp_path (file), error)
      || !fy_backup_verify (fy_atomic_file_get_temp_path (file), error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *stale = g_strconcat (db_path, suffixes[i], NULL);
      g_unlink (stale);
    }
  if (!fy_atomic_file_commit (file, error))
    return FALSE;
  fy_store_forget_moved_aside (db_path);
  return TRUE;
}
