/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff-page-private.h — what fy-staff-page.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-staff-page.h"

G_BEGIN_DECLS

/* The rows shown (FyStaffItem), for tests. */
GListModel *fy_staff_page_get_model (FyStaffPage *self);

G_END_DECLS
