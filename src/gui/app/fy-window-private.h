/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-window-private.h — what fy-window.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-window.h"

G_BEGIN_DECLS

FyStore  *fy_window_get_store    (FyWindow      *self);

G_END_DECLS
