/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-monitor-dialog.h — "Monitoring…" of the quarantine list: the morning or
 * evening temperature and symptoms of a person in quarantine, and who took
 * them (居家/隔离健康监测). */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_MONITOR_DIALOG (fy_monitor_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyMonitorDialog, fy_monitor_dialog, FY, MONITOR_DIALOG, AdwWindow)

/* Shown, focus in the temperature; morning before noon, else evening. */
FyMonitorDialog *fy_monitor_dialog_present (GtkWindow *parent,
                                            FyStore   *store,
                                            gint64     quarantine_id);

G_END_DECLS
