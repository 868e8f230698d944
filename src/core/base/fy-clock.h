/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-clock.h — the one place that reads the clock: "now", "today", the
 * system clock's instant, local-day conversions and typed local date +
 * time of day (test samples and results).
 *
 * Core functions take `now` as a parameter; the GUI asks fy_now () so a
 * test (or a demo recorded for a fixed day) can pin it. Tests may also
 * pin the system clock itself (fy-clock-private.h). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Today's local date as YYYY-MM-DD (owned). FANGYI_TODAY (a canonical
 * YYYY-MM-DD) fixes it for tests and demos recorded for a fixed day. */
char     *fy_today                (void);

/* The current instant in Unix seconds. FANGYI_NOW ("YYYY-MM-DD HH:MM",
 * local time) fixes it; otherwise, when FANGYI_TODAY is set, it is the
 * current time of day on that day, so "now" and fy_today () agree. */
gint64    fy_now                  (void);

/* The system clock in Unix seconds, not moved by FANGYI_NOW or
 * FANGYI_TODAY: when something really happened (a reading entered, a
 * backup made) and whether fy_today () is the real day. */
gint64    fy_clock_real_now       (void);
/* The same as a local GDateTime (owned). */
GDateTime *fy_clock_real_now_local (void);

/* Local calendar day of an instant ("YYYY-MM-DD", owned) and the instant a
 * local day ("YYYY-MM-DD") starts (00:00). */
char     *fy_local_day_of         (gint64       instant);
gint64    fy_local_day_start      (const char  *day);
/* The same start as a local GDateTime (owned; NULL unless `day` reads as
 * YYYY-MM-DD of a real day), for arithmetic in local hours. */
GDateTime *fy_local_day_midnight  (const char  *day);

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
/* A length of time in words: "45 min" below an hour, then "4 h" or
 * "1 h 49 min" (translated; owned). */
char     *fy_format_minutes       (int          minutes);

G_END_DECLS
