/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli-data.c — demo, import and report sub-commands. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-cli-commands.h"
#include "fy-demo.h"
#include "fy-error.h"
#include "fy-staff-import.h"

gboolean
fy_cli_populate_demo (FyStore *store, GError **error)
{
  return fy_demo_populate (store, FY_DEMO_DEFAULT_SEED, error);
}

/* `fangyi import staff FILE [--valid-only]`: the preview first (what was
 * understood and every bad row), then all rows or, when asked, the valid
 * ones — each in one transaction; nothing is written when rows are bad and
 * --valid-only was not given. */
int
fy_cli_import_staff (FyCliContext *ctx, const char *file, gboolean valid_only)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStaffImport) imp = NULL;
  g_autofree char *ignored = NULL;
  FyStore *store = fy_cli_open_store (ctx, &error);
  guint n_new = 0, n_updated = 0, n_valid, n_invalid;

  if (store == NULL)
    return fy_cli_fail (error);
  imp = fy_staff_import_parse_file (store, file, NULL, &error);
  if (imp == NULL)
    return fy_cli_fail (error);
  n_valid = fy_staff_import_get_n_valid (imp);
  n_invalid = fy_staff_import_get_n_invalid (imp);

  g_print (_("File: %s (encoding %s, %s)\n"), file, fy_staff_import_get_encoding (imp),
           fy_staff_import_get_delimiter (imp) == '\t' ? _("tab-separated") : _("comma-separated"));
  g_print (_("Rows: %u; valid: %u (new %u, updates %u, unchanged %u); with errors: %u\n"),
           fy_staff_import_get_n_rows (imp), n_valid, fy_staff_import_get_n_new (imp),
           fy_staff_import_get_n_updates (imp), fy_staff_import_get_n_unchanged (imp), n_invalid);
  ignored = g_strjoinv (_(", "), (char **) fy_staff_import_get_ignored_headers (imp));
  if (*ignored)
    g_print (_("Columns not imported: %s\n"), ignored);
  for (guint i = 0; i < fy_staff_import_get_n_rows (imp); i++)
    {
      const FyStaffImportRow *row = fy_staff_import_get_row (imp, i);
      if (row->error)
        g_print (_("Line %u: %s\n"), row->line, row->error);
      else if (row->warning)
        g_print (_("Line %u (imported, check it): %s\n"), row->line, row->warning);
    }

  if (n_invalid > 0 && !valid_only)
    {
      if (n_valid > 0)
        g_set_error (&error, FY_ERROR, FY_ERROR_INVALID,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "Nothing was imported because %u row has errors. Fix the file, or run again "
                                  "with --valid-only to import only the %u valid rows.",
                                  "Nothing was imported because %u rows have errors. Fix the file, or run again "
                                  "with --valid-only to import only the %u valid rows.", n_invalid),
                     n_invalid, n_valid);
      else
        g_set_error (&error, FY_ERROR, FY_ERROR_INVALID,
                     _("Nothing was imported because no row is valid. Fix the rows above and try again."));
      return fy_cli_fail (error);
    }
  if (!fy_staff_import_apply (store, imp, valid_only, &n_new, &n_updated, &error))
    return fy_cli_fail (error);
  if (n_invalid > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Skipped %u row with errors.\n", "Skipped %u rows with errors.\n",
                          n_invalid), n_invalid);
  g_print (_("Imported %u new, updated %u.\n"), n_new, n_updated);
  return 0;
}

int
fy_cli_daily_report (FyCliContext *ctx, FyCliLedgerOptions *o)
{
  if (o->output == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FyLedger) ledger = NULL;
      g_autoptr(FyLedgerCursor) cursor = NULL;
      FyStore *store;

      if (!fy_cli_resolve_period (o, &error))
        return fy_cli_fail (error);
      store = fy_cli_open_store (ctx, &error);
      if (store == NULL)
        return fy_cli_fail (error);
      ledger = fy_ledger_new (store, "daily-report", &o->params, &error);
      if (ledger == NULL || (cursor = fy_ledger_query (ledger, 0, -1, &error)) == NULL)
        return fy_cli_fail (error);
      /* Title block, then one "item: figures (remarks)" line per field. */
      g_print ("%s\n%s\n%s\n\n", fy_ledger_get_title (ledger), fy_ledger_get_company (ledger),
               fy_ledger_get_period_text (ledger));
      while (fy_ledger_cursor_next (cursor, &error))
        {
          const char *remarks = fy_ledger_cursor_get_text (cursor, 3);
          /* Translators: a line of the daily report on the command line: item, figures. */
          g_print (_("%s: %s"), fy_ledger_cursor_get_text (cursor, 1), fy_ledger_cursor_get_text (cursor, 2));
          if (*remarks)
            /* Translators: remarks after a line of the daily report on the command line. */
            g_print (_(" (%s)"), remarks);
          g_print ("\n");
        }
      if (error)
        return fy_cli_fail (error);
      return 0;
    }
  return fy_cli_export_ledger (ctx, "daily-report", o);
}
