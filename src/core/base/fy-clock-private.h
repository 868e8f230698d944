/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-clock-private.h — for tests only: pin the system clock that
 * fy_clock_real_now (), fy_today () and fy_now () read, without environment
 * variables. FANGYI_NOW and FANGYI_TODAY still apply on top of it, as they
 * do over the real clock. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS", local time; NULL is the
 * same as fy_clock_reset_for_testing (). FALSE (and nothing changed) for
 * anything else. */
gboolean  fy_clock_set_for_testing    (const char *now);
/* Back to the system clock. */
void      fy_clock_reset_for_testing  (void);

G_END_DECLS
