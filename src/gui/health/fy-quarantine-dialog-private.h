/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-quarantine-dialog-private.h — what fy-quarantine-dialog.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-quarantine-dialog.h"

G_BEGIN_DECLS

/* The computed plan as shown ("" while the input is incomplete). */
const char         *fy_quarantine_dialog_get_plan_text (FyQuarantineDialog *self);

G_END_DECLS
