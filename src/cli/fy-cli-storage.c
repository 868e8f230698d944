/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli-storage.c — `fangyi backups`, `fangyi restore [BACKUP]` and
 * `fangyi purge [--dry-run]`: the backups of a database (also after it was
 * moved aside as damaged, when it cannot be opened), putting one back, and
 * the retention purge with a dry run that only counts. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-backup.h"
#include "fy-cli-commands.h"
#include "fy-cli-storage.h"
#include "fy-clock.h"
#include "fy-error.h"
#include "fy-retention.h"

int
fy_cli_backups (FyCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *aside = NULL;

  if (argc > 1)
    return fy_cli_usage (_("“backups” takes no arguments."));
  aside = fy_store_get_moved_aside (ctx->database);
  if (aside != NULL)
    g_print (_("The database was damaged and moved aside to %s. Restore a backup with “fangyi restore [BACKUP]”.\n"),
             aside);
  list = fy_backup_list_for_path (ctx->database);
  if (list->len == 0)
    {
      g_print (_("There are no backups of %s.\n"), ctx->database);
      return 0;
    }
  for (guint i = 0; i < list->len; i++)
    {
      FyBackupInfo *info = g_ptr_array_index (list, i);
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (info->created);
      g_autofree char *stamp = g_date_time_format (when, "%Y-%m-%d %H:%M:%S");
      g_autofree char *size = g_format_size ((guint64) info->size);
      gboolean ok = fy_backup_verify (info->path, NULL);

      g_print ("%s  %-12s %10s  %s  %s\n", stamp, info->reason, size,
               ok ? _("verified") : _("DAMAGED"), info->path);
    }
  return 0;
}

/* The newest backup that passes its check (owned), or NULL. */
static char *
newest_verified (const char *database)
{
  g_autoptr(GPtrArray) list = fy_backup_list_for_path (database);

  for (guint i = 0; i < list->len; i++)
    {
      FyBackupInfo *info = g_ptr_array_index (list, i);
      if (fy_backup_verify (info->path, NULL))
        return g_strdup (info->path);
    }
  return NULL;
}

int
fy_cli_restore (FyCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;

  if (argc > 2)
    return fy_cli_usage (_("Usage: fangyi restore [BACKUP]"));
  backup = argc == 2 ? g_strdup (argv[1]) : newest_verified (ctx->database);
  if (backup == NULL)
    {
      g_set_error (&error, FY_ERROR, FY_ERROR_NOT_FOUND,
                   _("There is no verified backup of %s. Name a backup file: fangyi restore BACKUP"),
                   ctx->database);
      return fy_cli_fail (error);
    }
  if (!fy_backup_restore (ctx->database, backup, &error))
    return fy_cli_fail (error);
  /* Translators: the database, then the backup it now holds. */
  g_print (_("Restored %s from %s.\n"), ctx->database, backup);
  return 0;
}

int
fy_cli_purge (FyCliContext *ctx, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fy_today ();
  FyPurgeCounts counts = { 0 };
  gboolean dry_run = FALSE;
  FyStore *store;
  gboolean ok;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--dry-run") || g_str_equal (argv[i], "-n"))
        dry_run = TRUE;
      else
        return fy_cli_usage (_("Usage: fangyi purge [--dry-run]"));
    }
  store = fy_cli_open_store (ctx, &error);
  if (store == NULL)
    return fy_cli_fail (error);
  if (fy_store_get_setting_int (store, "retention_days") <= 0)
    {
      g_print (_("No retention period is set (Preferences → Data), so everything is kept and nothing was purged.\n"));
      return 0;
    }
  ok = dry_run ? fy_retention_count (store, today, &counts, &error)
               : fy_retention_purge (store, today, &counts, &error);
  if (!ok)
    return fy_cli_fail (error);
  g_print (dry_run ? _("Would delete the records dated before %s:\n") : _("Deleted the records dated before %s:\n"),
           counts.cutoff);
  {
    const struct { const char *label; gint64 n; } lines[] = {
      { N_("readings and corrections"), counts.readings },
      { N_("test results"), counts.tests },
      { N_("trips"), counts.trips },
      { N_("quarantines"), counts.quarantines },
      { N_("vaccinations of people who left"), counts.vaccinations },
      { N_("audit rows"), counts.audit },
      { N_("people who left, anonymised"), counts.anonymised },
      { N_("gate visits (visitors and trucks)"), counts.gate },
      { N_("outsiders no visit is kept for"), counts.outsiders },
      { N_("copies of a damaged database moved aside before the cutoff"), counts.damaged },
    };
    for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
      g_print ("  %s: %" G_GINT64_FORMAT "\n", _(lines[i].label), lines[i].n);
  }
  if (!dry_run && fy_purge_counts_total (&counts) > 0)
    g_print (_("Older backups, which still held these records, were replaced by one new verified backup.\n"));
  fy_purge_counts_clear (&counts);
  return 0;
}
