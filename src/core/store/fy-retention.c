/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-retention.c — deleting personal data past the retention period. Set
 * based: one DELETE per table inside one transaction, so a failure leaves
 * everything as it was. */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include <glib/gstdio.h>

#include "fy-backup.h"
#include "fy-clock.h"
#include "fy-retention.h"
#include "fy-store-private.h"
#include "fy-store-probe-private.h"
#include "fy-validate.h"

void
fy_purge_counts_clear (FyPurgeCounts *counts)
{
  g_clear_pointer (&counts->cutoff, g_free);
  memset (counts, 0, sizeof *counts);
}

gint64
fy_purge_counts_total (const FyPurgeCounts *counts)
{
  return counts->readings + counts->tests + counts->trips + counts->quarantines + counts->audit
         + counts->vaccinations + counts->anonymised + counts->gate + counts->outsiders;
}

/* Runs one statement with ?1 = cutoff day and ?2 = cutoff as Unix seconds
 * (local midnight); adds the number of changed rows to *count. */
static gboolean
purge_step (FyStore *store, const char *sql, const char *cutoff, gint64 cutoff_unix, gint64 *count,
            GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, cutoff);
  sqlite3_bind_int64 (stmt, 2, cutoff_unix);
  if (!fy_store_step_done (store, stmt, error))
    return FALSE;
  *count += sqlite3_changes (fy_store_get_db (store));
  return TRUE;
}

/* The backups made before a purge hold what it deleted: once a new verified
 * backup of the purged data exists, they go. If that backup fails, the old
 * ones stay (never no backup at all) and the next purge tries again. */
static void
replace_old_backups (FyStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GPtrArray) list = NULL;

  if (g_str_equal (fy_store_get_path (store), ":memory:"))
    return;
  if (!fy_backup_create (store, "purge", &kept, &error))
    {
      g_warning ("The backup after the retention purge failed; older backups were kept: %s", error->message);
      return;
    }
  list = fy_backup_list (store);
  for (guint i = 0; i < list->len; i++)
    {
      FyBackupInfo *info = g_ptr_array_index (list, i);
      if (!g_str_equal (info->path, kept))
        g_unlink (info->path);
    }
}

/* Copies of a damaged database moved aside before `cutoff_unix`
 * (fy_store_move_aside names them by the local time): counted, and with
 * `remove` deleted with their -wal / -shm / -journal. */
static gint64
purge_damaged_copies (FyStore *store, gint64 cutoff_unix, gboolean remove)
{
  const char *path = fy_store_get_path (store);
  g_autofree char *dir_name = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gint64 n = 0;

  if (g_str_equal (path, ":memory:"))
    return 0;
  dir_name = g_path_get_dirname (path);
  dir = g_dir_open (dir_name, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)) != NULL)
    {
      static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
      gint64 at;

      /* The copy itself; its -wal / -shm / -journal go with it. */
      if (!fy_store_aside_time (path, name, &at) || at >= cutoff_unix)
        continue;
      n++;
      for (guint i = 0; remove && i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *file = g_strconcat (dir_name, G_DIR_SEPARATOR_S, name, suffixes[i], NULL);
          g_unlink (file);
        }
    }
  return n;
}

static gboolean
purge (FyStore *store, const char *today, gboolean dry_run, FyPurgeCounts *counts, GError **error)
{
  int days = fy_store_get_setting_int (store, "retention_days");
  g_autofree char *cutoff = NULL;
  gint64 cutoff_unix;
  gint64 history = 0;
  gint64 empty_rounds = 0;
  gint64 set_aside = 0;
  gboolean ok;

  g_return_val_if_fail (today != NULL && counts != NULL, FALSE);
  memset (counts, 0, sizeof *counts);
  if (days <= 0)
    return TRUE;
  cutoff = fy_date_add_days (today, -days);
  if (cutoff == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID, _("Today’s date could not be read. Check the computer’s clock and try again."));
      return FALSE;
    }
  cutoff_unix = fy_local_day_start (cutoff);

  if (!fy_store_begin (store, error))
    return FALSE;
  ok = purge_step (store, "DELETE FROM reading WHERE day < ?1", cutoff, cutoff_unix, &counts->readings, error)
       && purge_step (store, "DELETE FROM reading_history WHERE day < ?1", cutoff, cutoff_unix, &history, error)
       && purge_step (store, "DELETE FROM test_result WHERE sampled_at < ?2", cutoff, cutoff_unix, &counts->tests, error)
       && purge_step (store, "DELETE FROM test_round WHERE sampled_at < ?2"
                             " AND NOT EXISTS (SELECT 1 FROM test_result r WHERE r.round_id = test_round.id)",
                      cutoff, cutoff_unix, &empty_rounds, error)
       /* Only finished episodes: a quarantine under way is current data. */
       && purge_step (store, "DELETE FROM quarantine WHERE released_on IS NOT NULL AND released_on < ?1",
                      cutoff, cutoff_unix, &counts->quarantines, error)
       && purge_step (store, "DELETE FROM trip WHERE returned_on IS NOT NULL AND returned_on < ?1",
                      cutoff, cutoff_unix, &counts->trips, error)
       && purge_step (store, "DELETE FROM audit WHERE at < ?2", cutoff, cutoff_unix, &counts->audit, error)
       /* Doses of current staff are their vaccination status, still in use
        * (README); those of people who left before the cutoff go. */
       && purge_step (store, "DELETE FROM vaccination WHERE staff_id IN"
                             " (SELECT id FROM staff WHERE status = 'left' AND left_on < ?1)",
                      cutoff, cutoff_unix, &counts->vaccinations, error)
       /* ID numbers the upgrade to one-ID-one-person set aside (005). */
       && purge_step (store, "DELETE FROM staff_id_duplicate WHERE staff_id IN"
                             " (SELECT id FROM staff WHERE status = 'left' AND left_on < ?1)",
                      cutoff, cutoff_unix, &set_aside, error)
       && purge_step (store, "UPDATE staff SET id_number = '', phone = '', dormitory = '', note = '',"
                             " unvaccinated_reason = '', updated_at = fy_now ()"
                             " WHERE status = 'left' AND left_on < ?1"
                             " AND (id_number <> '' OR phone <> '' OR dormitory <> '' OR note <> '')",
                      cutoff, cutoff_unix, &counts->anonymised, error)
       /* The gate (PIPL: collected for one check, kept like health data).
        * A visit still inside is current; its people and areas cascade. */
       && purge_step (store, "DELETE FROM gate_visit WHERE coalesce(arrived_at, planned_at) < ?2"
                             " AND status <> 'inside'",
                      cutoff, cutoff_unix, &counts->gate, error)
       && purge_step (store, "DELETE FROM outsider WHERE NOT EXISTS"
                             " (SELECT 1 FROM gate_person p WHERE p.outsider_id = outsider.id)",
                      cutoff, cutoff_unix, &counts->outsiders, error);
  if (ok && counts->anonymised > 0)
    ok = fy_store_audit (store,
                         &(FyAuditEntry) { .entity = "staff", .entity_id = 0, .action = "update",
                                            .field = "retention", .old_value = NULL, .new_value = cutoff },
                         error);
  if (!ok)
    {
      fy_store_rollback (store);
      memset (counts, 0, sizeof *counts);
      return FALSE;
    }
  /* A dry run counts with the very statements, then takes nothing. */
  if (dry_run)
    {
      fy_store_rollback (store);
      counts->damaged = purge_damaged_copies (store, cutoff_unix, FALSE);
      counts->readings += history;
      counts->cutoff = g_steal_pointer (&cutoff);
      return TRUE;
    }
  if (!fy_store_commit (store, error))
    {
      memset (counts, 0, sizeof *counts);
      return FALSE;
    }
  counts->readings += history;
  counts->cutoff = g_steal_pointer (&cutoff);
  counts->damaged = purge_damaged_copies (store, cutoff_unix, TRUE);
  /* Deleted pages were zeroed (secure_delete); the WAL still holds copies. */
  if (fy_purge_counts_total (counts) > 0)
    {
      fy_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
      replace_old_backups (store);
      fy_store_emit_changed (store, FY_STORE_CHANGE_ALL);
    }
  return TRUE;
}

gboolean
fy_retention_purge (FyStore *store, const char *today, FyPurgeCounts *counts, GError **error)
{
  return purge (store, today, FALSE, counts, error);
}

gboolean
fy_retention_count (FyStore *store, const char *today, FyPurgeCounts *counts, GError **error)
{
  return purge (store, today, TRUE, counts, error);
}
