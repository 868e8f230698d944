/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-geometry-private.h — what fy-geometry.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-geometry.h"

G_BEGIN_DECLS

gboolean fy_rect_is_empty         (const FyRect  *r);

G_END_DECLS
