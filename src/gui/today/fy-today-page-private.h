/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-today-page-private.h — what fy-today-page.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-today-page.h"

G_BEGIN_DECLS

/* The numbers shown (for tests); NULL before the first load. */
const FyDailyReport *fy_today_page_get_report (FyTodayPage *self);

G_END_DECLS
