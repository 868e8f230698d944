/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-quarantine-monitor.h — twice-daily health monitoring of people in
 * quarantine or observation (居家/隔离健康监测记录): a temperature and the
 * symptoms, morning and evening, each day of the quarantine, with who took
 * them. They are printed in the ledger "quarantine-monitoring". */
#pragma once

#include <glib.h>

#include "fy-health.h"

G_BEGIN_DECLS

typedef struct
{
  gint64           quarantine_id;
  const char      *day;           /* a day the quarantine covers, not in the future */
  FyHealthSession  session;       /* morning or evening */
  const char      *temperature;   /* as typed ("36.5", "３６．５") */
  FySymptoms       symptoms;
  const char      *monitor;       /* who took it (NULL or "" = the operator) */
} FyMonitorEntry;

/* Records (or corrects, with an audit row) one monitoring entry in one
 * transaction; validated first. Emits FY_STORE_CHANGE_QUARANTINE. */
gboolean  fy_quarantine_monitor_record (FyStore              *store,
                                        const FyMonitorEntry *entry,
                                        gint64                now,
                                        GError              **error);

G_END_DECLS
