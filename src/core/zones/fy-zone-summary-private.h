/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-summary-private.h — what fy-zone-summary.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-zone-summary.h"

G_BEGIN_DECLS

/* One translated line per level with areas, then the day's changes, e.g.
 *   红区 1 个区域，0 人
 *   …
 *   今日分区调整 2 次：08:40 装卸区 绿区 → 蓝区（外省货车司机增多…）
 * or "No area level changed on this day." Owned; "" for an empty store. */
char          *fy_zone_summary_dup_text (const FyZoneSummary *summary);

G_END_DECLS
