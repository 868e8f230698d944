/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-daily-report-private.h — what fy-daily-report.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-daily-report.h"

G_BEGIN_DECLS

/* A zero report (零报告): nothing abnormal happened that day. */
gboolean       fy_daily_report_is_zero (const FyDailyReport *report);

G_END_DECLS
