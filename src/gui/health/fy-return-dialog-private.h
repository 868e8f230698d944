/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-return-dialog-private.h — what fy-return-dialog.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-return-dialog.h"

G_BEGIN_DECLS

/* What the dialog says will happen (for tests). */
const char     *fy_return_dialog_get_notice (FyReturnDialog *self);

G_END_DECLS
