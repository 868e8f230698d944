/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health-page-private.h — what fy-health-page.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-health-page.h"

G_BEGIN_DECLS

const char   *fy_health_page_get_day        (FyHealthPage *page);
FyHealthSession fy_health_page_get_session  (FyHealthPage *page);

G_END_DECLS
