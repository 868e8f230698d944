/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-daily-report-dialog-private.h — what fy-daily-report-dialog.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-daily-report-dialog.h"

G_BEGIN_DECLS

const char          *fy_daily_report_dialog_get_day  (FyDailyReportDialog *self);
/* The title shown ("Daily Report" / "Zero Report"). */
const char          *fy_daily_report_dialog_get_title_text (FyDailyReportDialog *self);
/* The figures shown beside `item` (NULL if there is no such row). */
const char          *fy_daily_report_dialog_get_figures (FyDailyReportDialog *self,
                                                      const char          *item);

G_END_DECLS
