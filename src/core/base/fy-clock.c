/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-clock.c — "now", "today", the system clock (pinnable by tests) and
 * local date + time of day. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-clock-private.h"
#include "fy-error.h"
#include "fy-validate.h"

static GDateTime *
local_at (const char *day, int hour, int minute)
{
  int y = 0, m = 0, d = 0;

  if (day == NULL || sscanf (day, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return NULL;
  return g_date_time_new_local (y, m, d, hour, minute, 0);
}

/* The system clock as pinned by fy_clock_set_for_testing (), if it is. */
G_LOCK_DEFINE_STATIC (pinned);
static gboolean pinned_set;
static gint64 pinned_at;

gboolean
fy_clock_set_for_testing (const char *now)
{
  char day[11] = { 0 };
  int hour = 0, minute = 0, second = 0;
  g_autoptr(GDateTime) dt = NULL;

  if (now == NULL)
    {
      fy_clock_reset_for_testing ();
      return TRUE;
    }
  if (sscanf (now, "%10s %d:%d:%d", day, &hour, &minute, &second) < 3
      || (dt = local_at (day, hour, minute)) == NULL)
    return FALSE;
  G_LOCK (pinned);
  pinned_set = TRUE;
  pinned_at = g_date_time_to_unix (dt) + second;
  G_UNLOCK (pinned);
  return TRUE;
}

void
fy_clock_reset_for_testing (void)
{
  G_LOCK (pinned);
  pinned_set = FALSE;
  G_UNLOCK (pinned);
}

gint64
fy_clock_real_now (void)
{
  gint64 now;

  G_LOCK (pinned);
  now = pinned_set ? pinned_at : g_get_real_time () / G_USEC_PER_SEC;
  G_UNLOCK (pinned);
  return now;
}

GDateTime *
fy_clock_real_now_local (void)
{
  gboolean is_pinned;
  gint64 at;

  G_LOCK (pinned);
  is_pinned = pinned_set;
  at = pinned_at;
  G_UNLOCK (pinned);
  return is_pinned ? g_date_time_new_from_unix_local (at) : g_date_time_new_now_local ();
}

char *
fy_today (void)
{
  const char *fixed = g_getenv ("FANGYI_TODAY");
  g_autoptr(GDateTime) now = NULL;

  if (fixed && fy_date_is_canonical (fixed))
    return g_strdup (fixed);
  now = fy_clock_real_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

gint64
fy_now (void)
{
  const char *fixed = g_getenv ("FANGYI_NOW");
  g_autoptr(GDateTime) real = fy_clock_real_now_local ();
  g_autofree char *today = NULL;
  g_autofree char *real_day = NULL;

  if (fixed && *fixed)
    {
      char day[11] = { 0 };
      int hour = 0, minute = 0;
      g_autoptr(GDateTime) dt = NULL;

      if (sscanf (fixed, "%10s %d:%d", day, &hour, &minute) >= 1
          && (dt = local_at (day, hour, minute)) != NULL)
        return g_date_time_to_unix (dt);
    }
  if (g_getenv ("FANGYI_TODAY") == NULL)
    return g_date_time_to_unix (real);

  /* Same time of day on the fixed day. */
  today = fy_today ();
  real_day = g_date_time_format (real, "%Y-%m-%d");
  if (g_strcmp0 (today, real_day) != 0)
    {
      g_autoptr(GDateTime) dt = local_at (today, g_date_time_get_hour (real), g_date_time_get_minute (real));
      if (dt)
        return g_date_time_to_unix (dt);
    }
  return g_date_time_to_unix (real);
}

GDateTime *
fy_local_day_midnight (const char *day)
{
  return local_at (day, 0, 0);
}

gint64
fy_local_day_start (const char *day)
{
  g_autoptr(GDateTime) dt = local_at (day, 0, 0);

  g_return_val_if_fail (dt != NULL, 0);
  return g_date_time_to_unix (dt);
}

char *
fy_local_day_of (gint64 instant)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (instant);

  return dt ? g_date_time_format (dt, "%Y-%m-%d") : g_strdup ("");
}

/* "8:30", "08:30", "0830", "8.30" after normalisation → hour and minute. */
static gboolean
parse_time (const char *text, int *hour, int *minute)
{
  const char *p = text;
  int h = 0, m = 0, digits = 0;

  while (g_ascii_isdigit (*p) && digits < 4)
    h = h * 10 + (*p++ - '0'), digits++;
  if (*p == ':' || *p == '.')
    {
      if (digits < 1 || digits > 2)
        return FALSE;
      p++;
      if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
        return FALSE;
      m = (p[0] - '0') * 10 + (p[1] - '0');
      p += 2;
    }
  else if (digits == 4)
    {
      m = h % 100;
      h /= 100;
    }
  else if (digits < 1 || digits > 2)
    return FALSE;
  if (*p != '\0' || h > 23 || m > 59)
    return FALSE;
  *hour = h;
  *minute = m;
  return TRUE;
}

gboolean
fy_parse_local_instant (const char *day_in, const char *time_in, gint64 *instant, GError **error)
{
  g_autofree char *day = NULL;
  g_autofree char *time = fy_normalize_text (time_in ? time_in : "");
  g_autoptr(GDateTime) dt = NULL;
  int hour, minute;

  if (day_in == NULL || *day_in == '\0')
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, _("Enter a date, for example 2026-11-02."));
      return FALSE;
    }
  day = fy_validate_date (day_in, error);
  if (day == NULL)
    return FALSE;
  if (*time == '\0' || !parse_time (time, &hour, &minute))
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("Enter the time of day as hours and minutes, for example 08:30."));
      return FALSE;
    }
  dt = local_at (day, hour, minute);
  if (dt == NULL)
    {
      /* A local time skipped by a clock change. */
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("This time does not exist on that day: enter another time."));
      return FALSE;
    }
  *instant = g_date_time_to_unix (dt);
  return TRUE;
}

static char *
format_local (gint64 instant, const char *format)
{
  g_autoptr(GDateTime) dt = instant ? g_date_time_new_from_unix_local (instant) : NULL;
  return dt ? g_date_time_format (dt, format) : g_strdup ("");
}

char *
fy_format_instant (gint64 instant)
{
  return format_local (instant, "%Y-%m-%d %H:%M");
}

char *
fy_format_time_of_day (gint64 instant)
{
  return format_local (instant, "%H:%M");
}

char *
fy_format_day (gint64 instant)
{
  return format_local (instant, "%Y-%m-%d");
}

char *
fy_format_minutes (int minutes)
{
  if (minutes < 60)
    /* Translators: a length of time under an hour: "45 分钟". */
    return g_strdup_printf (_("%d min"), MAX (minutes, 0));
  if (minutes % 60 == 0)
    /* Translators: a length of time in whole hours: "4 小时". */
    return g_strdup_printf (_("%d h"), minutes / 60);
  /* Translators: a length of time: hours and minutes, "1 小时 49 分钟". */
  return g_strdup_printf (_("%d h %d min"), minutes / 60, minutes % 60);
}

char *
fy_format_instant_short (gint64 instant, const char *today)
{
  g_autofree char *day = fy_format_day (instant);

  if (instant == 0)
    return g_strdup ("");
  if (today && g_str_equal (day, today))
    return fy_format_time_of_day (instant);
  if (today && strncmp (day, today, 4) == 0)
    return format_local (instant, "%m-%d %H:%M");
  return fy_format_instant (instant);
}
