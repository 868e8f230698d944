/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-defs.h — the ledger definitions known to the registry.
 *
 * Each domain file (fy-ledgers-*.c) defines its FyLedgerDef values; declare
 * them here and list them in fy-ledger-registry.c. */
#pragma once

#include "fy-ledger.h"

G_BEGIN_DECLS

/* fy-ledgers-staff.c */
extern const FyLedgerDef fy_ledger_def_roster;

/* fy-ledgers-health.c, fy-ledgers-month.c, fy-ledgers-nat.c, fy-ledgers-travel.c */
extern const FyLedgerDef fy_ledger_def_health_daily;
extern const FyLedgerDef fy_ledger_def_health_month;
extern const FyLedgerDef fy_ledger_def_nat;
extern const FyLedgerDef fy_ledger_def_vaccination;
extern const FyLedgerDef fy_ledger_def_travel;
extern const FyLedgerDef fy_ledger_def_quarantine;
extern const FyLedgerDef fy_ledger_def_abnormal;
extern const FyLedgerDef fy_ledger_def_quarantine_monitoring;

/* fy-ledgers-daily.c */
extern const FyLedgerDef fy_ledger_def_daily_report;

/* fy-ledgers-zones.c */
extern const FyLedgerDef fy_ledger_def_zones;
extern const FyLedgerDef fy_ledger_def_zone_history;

/* fy-ledgers-plans.c */
extern const FyLedgerDef fy_ledger_def_taskforce;
extern const FyLedgerDef fy_ledger_def_plans;
extern const FyLedgerDef fy_ledger_def_checklist;
extern const FyLedgerDef fy_ledger_def_actions;
extern const FyLedgerDef fy_ledger_def_drills;
extern const FyLedgerDef fy_ledger_def_emergency;
extern const FyLedgerDef fy_ledger_def_person_history;
/* fy-ledgers-supplies.c */
extern const FyLedgerDef fy_ledger_def_stock_in;
extern const FyLedgerDef fy_ledger_def_stock_out;
extern const FyLedgerDef fy_ledger_def_stock;
extern const FyLedgerDef fy_ledger_def_stock_expired;
extern const FyLedgerDef fy_ledger_def_purchase_list;
/* fy-ledgers-disinfection.c */
extern const FyLedgerDef fy_ledger_def_disinfection;
/* fy-ledgers-gate.c */
extern const FyLedgerDef fy_ledger_def_visitors;
extern const FyLedgerDef fy_ledger_def_trucks;

G_END_DECLS
