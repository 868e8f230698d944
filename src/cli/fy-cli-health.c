/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli-health.c — `fangyi export health` and `fangyi export tests`:
 * short names for the health ledgers.
 *
 *   export health --date D            the daily sheet of D (health-daily)
 *   export health --from D --to D     the same (one day)
 *   export health --month YYYY-MM     the month grid (health-month)
 *   export health --from D1 --to D2   the grid of D1 … D2 (one per month across months)
 *   export tests …                    the nucleic-acid ledger (nat), same options
 *
 * Every ledger id (health-daily, health-month, nat, vaccination, travel,
 * quarantine) also works with `fangyi export ID`. */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "fy-cli-health.h"
#include "fy-error.h"
#include "fy-validate.h"

int
fy_cli_export_health (FyCliContext *ctx, int argc, char **argv)
{
  FyCliLedgerOptions o = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *id = "health-daily";
  int status;

  if (!fy_cli_parse_ledger_options (argc - 1, argv + 1, &o, &message))
    return fy_cli_usage (message);
  if (!fy_cli_resolve_period (&o, &error))
    {
      fy_cli_ledger_options_clear (&o);
      return fy_cli_fail (error);
    }
  if (o.month)
    id = "health-month";
  else if (o.params.from && o.params.to && !g_str_equal (o.params.from, o.params.to))
    /* Exactly those days; across months, one grid per month. */
    id = "health-month";
  status = fy_cli_export_ledger (ctx, id, &o);
  fy_cli_ledger_options_clear (&o);
  return status;
}

int
fy_cli_export_tests (FyCliContext *ctx, int argc, char **argv)
{
  FyCliLedgerOptions o = { 0 };
  g_autofree char *message = NULL;
  int status;

  if (!fy_cli_parse_ledger_options (argc - 1, argv + 1, &o, &message))
    return fy_cli_usage (message);
  status = fy_cli_export_ledger (ctx, "nat", &o);
  fy_cli_ledger_options_clear (&o);
  return status;
}
