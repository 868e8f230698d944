/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-daily-report-dialog.h — the daily / zero report of a day on screen,
 * exactly as it is exported (the "daily-report" ledger's rows), with the
 * previous / next day, export (Excel, PDF, CSV) and print. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_DAILY_REPORT_DIALOG (fy_daily_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyDailyReportDialog, fy_daily_report_dialog, FY, DAILY_REPORT_DIALOG, AdwWindow)

/* `day` NULL = today. */
FyDailyReportDialog *fy_daily_report_dialog_present  (GtkWindow           *parent,
                                                      FyStore             *store,
                                                      const char          *day);
void                 fy_daily_report_dialog_set_day  (FyDailyReportDialog *self,
                                                      const char          *day);

G_END_DECLS
