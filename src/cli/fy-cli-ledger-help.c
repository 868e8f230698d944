/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-cli-ledger-help.c — `fangyi export LEDGER --help`: the options that
 * ledger takes (its period, the filters its query uses, unmasking when it
 * has personal columns), read from the definition itself, so a new
 * ledger's help is right without a line here. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-cli-commands.h"
#include "fy-staff.h"

/* The ledger built on an empty in-memory database: its SQL names the
 * filters it honours; no user file is opened for --help. */
static FyLedger *
sample_ledger (const char *id)
{
  g_autoptr(FyStore) store = fy_store_open (":memory:", NULL);

  return store ? fy_ledger_new (store, id, NULL, NULL) : NULL;
}

static gboolean
has_personal_columns (FyLedger *ledger)
{
  for (guint i = 0; i < fy_ledger_get_n_columns (ledger); i++)
    if (fy_ledger_get_column (ledger, i)->sensitive != FY_SENSITIVE_NONE)
      return TRUE;
  return FALSE;
}

static void
print_period (FyPeriodKind period)
{
  switch (period)
    {
    case FY_PERIOD_NONE:
      g_print ("%s\n", _("  (no period: the list as of today)"));
      break;
    case FY_PERIOD_DAY:
      g_print ("%s\n", _("  --date DATE        the day (default today)\n"
                         "  --from DATE --to DATE\n"
                         "                     every day of the range, a sheet (xlsx) or pages (PDF) each"));
      break;
    case FY_PERIOD_MONTH:
      g_print ("%s\n", _("  --month YYYY-MM    the whole month (default this month)\n"
                         "  --from DATE --to DATE\n"
                         "                     exactly those days; across months, one table per month"));
      break;
    case FY_PERIOD_RANGE:
    default:
      g_print ("%s\n", _("  --from DATE --to DATE\n"
                         "                     the period (default today); --date DATE for one day"));
      break;
    }
}

int
fy_cli_ledger_help (const char *id)
{
  const FyLedgerDef *def = fy_ledger_lookup (id);
  g_autoptr(FyLedger) ledger = def ? sample_ledger (id) : NULL;

  if (ledger == NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("Unknown ledger “%s”."), id);
      return fy_cli_usage (msg);
    }
  g_print (_("Usage: fangyi export %s [OPTIONS] [-o FILE.xlsx|.pdf|.csv]\n"), id);
  g_print ("%s", g_dgettext (GETTEXT_PACKAGE, def->title));
  if (def->description)
    g_print (" — %s", g_dgettext (GETTEXT_PACKAGE, def->description));
  g_print ("\n\n%s\n", _("Period:"));
  print_period (def->period);

  if (fy_ledger_uses_param (ledger, ":department") || fy_ledger_uses_param (ledger, ":team")
      || fy_ledger_uses_param (ledger, ":status"))
    {
      g_print ("\n%s\n", _("Filters (named in the title block):"));
      if (fy_ledger_uses_param (ledger, ":department"))
        g_print ("%s\n", _("  --department NAME  only this department"));
      if (fy_ledger_uses_param (ledger, ":team"))
        g_print ("%s\n", _("  --team NAME        only this team"));
      if (fy_ledger_uses_param (ledger, ":status"))
        {
          g_print ("%s", _("  --status STATUS    only people with this status:"));
          for (guint i = 0; fy_staff_status_labels[i].code; i++)
            g_print (" %s (%s)", fy_staff_status_labels[i].code, fy_code_label_text (&fy_staff_status_labels[i]));
          g_print ("\n");
        }
    }
  g_print ("\n%s\n", _("Output:"));
  g_print ("%s\n", _("  -o FILE            .xlsx, .pdf or .csv (default ID-DATE.xlsx in this folder)"));
  if (has_personal_columns (ledger))
    g_print ("%s\n", _("  --unmasked         full ID numbers and phone numbers (masked by default)"));
  return 0;
}
