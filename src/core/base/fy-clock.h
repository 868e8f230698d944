/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-clock.h — "now" and typed local date + time of day, for the screens
 * that record instants (test samples and results).
 *
 * Core functions take `now` as a parameter; the GUI asks fy_now () so a
 * test (or a demo recorded for a fixed day) can pin it. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The current instant in Unix seconds. FANGYI_NOW ("YYYY-MM-DD HH:MM",
 * local time) fixes it; otherwise, when FANGYI_TODAY is set, it is the
 * current time of day on that day, so "now" and fy_today () agree. */
gint64    fy_now                  (void);

/* A typed local date (any form fy_validate_date accepts) and time of day
 * ("8:30", "08:30", "0830", "８：３０") as Unix seconds. FY_ERROR_INVALID
 * with a sentence naming the problem otherwise. Future instants are the
 * caller's rule to check. */
gboolean  fy_parse_local_instant  (const char  *day,
                                   const char  *time_of_day,
                                   gint64      *instant,
                                   GError     **error);

/* Local "YYYY-MM-DD HH:MM" of an instant (owned; "" for 0). */
char     *fy_format_instant       (gint64       instant);
/* Local "HH:MM" (owned). */
char     *fy_format_time_of_day   (gint64       instant);
/* Local "YYYY-MM-DD" (owned). */
char     *fy_format_day           (gint64       instant);
/* Short form for lists: "HH:MM" on `today`, "MM-DD HH:MM" in the same
 * year, the full form otherwise (owned; "" for 0). */
char     *fy_format_instant_short (gint64       instant,
                                   const char  *today);

G_END_DECLS
