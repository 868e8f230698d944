/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-backup.h — verified backups and restore.
 *
 * A backup is written with VACUUM INTO to a temporary name, checked with
 * quick_check, then renamed: a failed backup never removes a good one.
 * Backups live in <database folder>/backups/, named
 * fangyi-YYYYMMDD-HHMMSS-<reason>.db, mode 0600. */
#pragma once

#include <glib.h>

#include "fy-store.h"

G_BEGIN_DECLS

typedef struct
{
  char   *path;
  char   *reason;     /* "manual", "daily", "close", "pre-upgrade", "pre-restore" */
  gint64  created;    /* unix seconds (from the name) */
  gint64  size;
  gint64  mtime_ns;   /* orders backups made within the same second */
} FyBackupInfo;

char      *fy_backup_dir            (FyStore     *store);
/* Creates a verified backup; *out_path (owned) if wanted. Keeps the newest
 * `backup.keep` (setting) per reason kind, never deleting the new one. */
gboolean   fy_backup_create         (FyStore     *store,
                                     const char  *reason,
                                     char       **out_path,
                                     GError     **error);
/* The daily backup: made if none was made today. Returns TRUE if one was
 * made or already existed. */
gboolean   fy_backup_daily          (FyStore     *store,
                                     GError     **error);
/* Newest first. GPtrArray of FyBackupInfo*. */
GPtrArray *fy_backup_list           (FyStore     *store);
/* The same list for the database file at db_path, which need not open (the
 * rescue of a damaged database lists <its folder>/backups). */
GPtrArray *fy_backup_list_for_path  (const char  *db_path);
/* Removes what killed backups and restores of the database at db_path left
 * behind (hidden temporary files nobody holds, with their journals). */
void       fy_backup_remove_stale   (const char  *db_path);
/* At the start of a session on db_path: removes the temporary files that
 * killed writers (exports anywhere, backups) listed beside it, then lists
 * this session's there (fy_atomic_file_set_registry). */
void       fy_backup_watch_temp_files (const char *db_path);
void       fy_backup_info_free      (FyBackupInfo *info);
/* Checks a backup file (is a Fangyi database, quick_check ok). */
gboolean   fy_backup_verify         (const char  *backup_path,
                                     GError     **error);
/* Replaces the database at db_path with backup_path. The store must be
 * closed. First saves the current database as a "pre-restore" backup (when
 * it is readable), removes stale -wal/-shm, copies through a temporary
 * file and renames. */
gboolean   fy_backup_restore        (const char  *db_path,
                                     const char  *backup_path,
                                     GError     **error);

G_END_DECLS
