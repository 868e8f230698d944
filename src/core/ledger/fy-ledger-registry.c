/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-registry.c — every ledger the app offers, in menu order.
 * Adding a ledger: define it in a fy-ledgers-*.c file, declare it in
 * fy-ledger-defs.h and add it to this array. Nothing else changes. */
#include "config.h"

#include "fy-ledger-defs.h"

static const FyLedgerDef *const registry[] = {
  &fy_ledger_def_roster,
  &fy_ledger_def_health_daily,
  &fy_ledger_def_health_month,
  &fy_ledger_def_nat,
  &fy_ledger_def_vaccination,
  &fy_ledger_def_travel,
  &fy_ledger_def_quarantine,
  &fy_ledger_def_quarantine_monitoring,
  &fy_ledger_def_abnormal,
  &fy_ledger_def_daily_report,
  &fy_ledger_def_zones,
  &fy_ledger_def_zone_history,
  &fy_ledger_def_taskforce,
  &fy_ledger_def_plans,
  &fy_ledger_def_checklist,
  &fy_ledger_def_actions,
  &fy_ledger_def_drills,
  &fy_ledger_def_emergency,
  &fy_ledger_def_stock_in,
  &fy_ledger_def_stock_out,
  &fy_ledger_def_stock,
  &fy_ledger_def_stock_expired,
  &fy_ledger_def_purchase_list,
  &fy_ledger_def_disinfection,
  &fy_ledger_def_visitors,
  &fy_ledger_def_trucks,
  &fy_ledger_def_person_history,
  NULL,   /* the list is also NULL-terminated */
};

const FyLedgerDef *const *
fy_ledger_list (guint *n_defs)
{
  if (n_defs)
    *n_defs = G_N_ELEMENTS (registry) - 1;
  return registry;
}

const FyLedgerDef *
fy_ledger_lookup (const char *id)
{
  if (id == NULL)
    return NULL;
  for (guint i = 0; registry[i] != NULL; i++)
    if (g_str_equal (registry[i]->id, id))
      return registry[i];
  return NULL;
}
