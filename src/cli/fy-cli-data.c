/* fy-cli-data.c — demo, import and report sub-commands. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-cli-commands.h"
#include "fy-demo.h"
#include "fy-error.h"

gboolean
fy_cli_populate_demo (FyStore *store, GError **error)
{
  return fy_demo_populate (store, FY_DEMO_DEFAULT_SEED, error);
}

int
fy_cli_import_staff (FyCliContext *ctx, const char *file, gboolean valid_only)
{
  g_autoptr(GError) error = NULL;
  FyStore *store = fy_cli_open_store (ctx, &error);

  if (store == NULL)
    return fy_cli_fail (error);
  g_set_error (&error, FY_ERROR, FY_ERROR_FAILED, "import not wired yet");
  return fy_cli_fail (error);
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
      g_print ("%s  %s\n%s\n\n", fy_ledger_get_company (ledger), fy_ledger_get_title (ledger),
               fy_ledger_get_period_text (ledger));
      while (fy_ledger_cursor_next (cursor, &error))
        {
          guint n = fy_ledger_get_n_columns (ledger);
          for (guint c = 0; c < n; c++)
            {
              const FyLedgerColumn *col = fy_ledger_get_column (ledger, c);
              if (col->type == FY_COLUMN_SERIAL)
                continue;
              g_print ("%s%s", fy_ledger_cursor_get_text (cursor, c), c + 1 < n ? "  " : "\n");
            }
        }
      if (error)
        return fy_cli_fail (error);
      return 0;
    }
  return fy_cli_export_ledger (ctx, "daily-report", o);
}
