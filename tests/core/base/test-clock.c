/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-clock: typed local date + time of day, "now" pinned by FANGYI_NOW or
 * following FANGYI_TODAY, a system clock pinned by the test setter, local
 * days, and the list formats. */
#include "config.h"

#include "fy-clock.h"
#include "fy-clock-private.h"
#include "fy-error.h"
#include "fy-test-support.h"

static gint64
local (int y, int mo, int d, int h, int mi)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (y, mo, d, h, mi, 0);
  return g_date_time_to_unix (dt);
}

static void
test_parse (void)
{
  struct { const char *day, *time; int h, mi; } good[] = {
    { "2026-11-22", "08:30", 8, 30 },
    { "2026-11-22", "8:30", 8, 30 },
    { "2026/11/22", "0830", 8, 30 },
    { "2026年11月22日", "８：３０", 8, 30 },
    { "20261122", " 23:59 ", 23, 59 },
    { "2026-11-22", "7", 7, 0 },
    { "2026-11-22", "0.05", 0, 5 },
  };
  const char *bad_times[] = { "", "24:00", "12:60", "12:5", "1:2:3", "123", "12345", "ab", "-1:00" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 t = 0;
      g_assert_true (fy_parse_local_instant (good[i].day, good[i].time, &t, &error));
      g_assert_no_error (error);
      g_assert_cmpint (t, ==, local (2026, 11, 22, good[i].h, good[i].mi));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_times); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 t = 7;
      g_assert_false (fy_parse_local_instant ("2026-11-22", bad_times[i], &t, &error));
      g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
      g_assert_cmpint (t, ==, 7);     /* untouched */
    }
  {
    g_autoptr(GError) error = NULL;
    gint64 t = 0;
    g_assert_false (fy_parse_local_instant ("2026-02-30", "08:00", &t, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (fy_parse_local_instant ("", "08:00", &t, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  }
}

static void
test_now (void)
{
  gint64 now;
  g_autoptr(GDateTime) real = NULL;
  g_autoptr(GDateTime) dt = NULL;

  g_setenv ("FANGYI_NOW", "2026-11-22 15:07", TRUE);
  g_assert_cmpint (fy_now (), ==, local (2026, 11, 22, 15, 7));

  /* Without it, FANGYI_TODAY's day at the current time of day. */
  g_unsetenv ("FANGYI_NOW");
  g_setenv ("FANGYI_TODAY", "2020-02-29", TRUE);
  now = fy_now ();
  dt = g_date_time_new_from_unix_local (now);
  real = g_date_time_new_now_local ();
  g_assert_cmpint (g_date_time_get_year (dt), ==, 2020);
  g_assert_cmpint (g_date_time_get_month (dt), ==, 2);
  g_assert_cmpint (g_date_time_get_day_of_month (dt), ==, 29);
  g_assert_cmpint (ABS (g_date_time_get_hour (dt) * 60 + g_date_time_get_minute (dt)
                        - (g_date_time_get_hour (real) * 60 + g_date_time_get_minute (real))), <=, 1);
}

static void
test_format (void)
{
  gint64 t = local (2026, 11, 20, 8, 5);
  g_autofree char *full = fy_format_instant (t);
  g_autofree char *time = fy_format_time_of_day (t);
  g_autofree char *day = fy_format_day (t);
  g_autofree char *same_day = fy_format_instant_short (t, "2026-11-20");
  g_autofree char *same_year = fy_format_instant_short (t, "2026-11-22");
  g_autofree char *other_year = fy_format_instant_short (t, "2027-01-02");
  g_autofree char *none = fy_format_instant (0);

  g_assert_cmpstr (full, ==, "2026-11-20 08:05");
  g_assert_cmpstr (time, ==, "08:05");
  g_assert_cmpstr (day, ==, "2026-11-20");
  g_assert_cmpstr (same_day, ==, "08:05");
  g_assert_cmpstr (same_year, ==, "11-20 08:05");
  g_assert_cmpstr (other_year, ==, "2026-11-20 08:05");
  g_assert_cmpstr (none, ==, "");
  {
    g_autofree char *short_stay = fy_format_minutes (45);
    g_autofree char *hour = fy_format_minutes (60);
    g_autofree char *long_stay = fy_format_minutes (109);

    g_assert_cmpstr (short_stay, ==, "45 min");
    g_assert_cmpstr (hour, ==, "1 h");
    g_assert_cmpstr (long_stay, ==, "1 h 49 min");
  }
}

static void
test_pinned (void)
{
  const char *bad[] = { "tomorrow", "2026-02-30 10:00", "2026-03-04", "2026-03-04 25:00", "" };
  gint64 pinned = local (2026, 3, 4, 9, 15) + 30;
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) dt = NULL;

  g_unsetenv ("FANGYI_NOW");
  g_unsetenv ("FANGYI_TODAY");
  g_assert_true (fy_clock_set_for_testing ("2026-03-04 09:15:30"));
  g_assert_cmpint (fy_clock_real_now (), ==, pinned);
  g_assert_cmpint (fy_now (), ==, pinned);
  today = fy_today ();
  g_assert_cmpstr (today, ==, "2026-03-04");
  dt = fy_clock_real_now_local ();
  g_assert_cmpint (g_date_time_to_unix (dt), ==, pinned);
  g_assert_cmpint (g_date_time_get_hour (dt), ==, 9);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (fy_clock_set_for_testing (bad[i]));
      g_assert_cmpint (fy_clock_real_now (), ==, pinned);   /* unchanged */
    }

  /* FANGYI_TODAY moves "today" and "now" (same time of day), never the
   * system clock; only its canonical form counts. */
  g_setenv ("FANGYI_TODAY", "2020-02-29", TRUE);
  g_clear_pointer (&today, g_free);
  today = fy_today ();
  g_assert_cmpstr (today, ==, "2020-02-29");
  g_assert_cmpint (fy_now (), ==, local (2020, 2, 29, 9, 15));
  g_assert_cmpint (fy_clock_real_now (), ==, pinned);
  g_setenv ("FANGYI_TODAY", "2020/02/29", TRUE);
  g_clear_pointer (&today, g_free);
  today = fy_today ();
  g_assert_cmpstr (today, ==, "2026-03-04");
  g_setenv ("FANGYI_TODAY", "2021-02-29", TRUE);
  g_clear_pointer (&today, g_free);
  today = fy_today ();
  g_assert_cmpstr (today, ==, "2026-03-04");

  /* FANGYI_NOW wins over both. */
  g_setenv ("FANGYI_TODAY", "2020-02-29", TRUE);
  g_setenv ("FANGYI_NOW", "2026-11-22 15:07", TRUE);
  g_assert_cmpint (fy_now (), ==, local (2026, 11, 22, 15, 7));
  g_assert_cmpint (fy_clock_real_now (), ==, pinned);
  g_unsetenv ("FANGYI_NOW");
  g_unsetenv ("FANGYI_TODAY");

  /* Back to the system clock. */
  g_assert_true (fy_clock_set_for_testing ("2001-01-01 00:00"));
  g_assert_cmpint (fy_clock_real_now (), ==, local (2001, 1, 1, 0, 0));
  g_assert_true (fy_clock_set_for_testing (NULL));
  g_assert_cmpint (ABS (fy_clock_real_now () - g_get_real_time () / G_USEC_PER_SEC), <=, 2);
  g_assert_true (fy_clock_set_for_testing ("2026-03-04 09:15"));
  fy_clock_reset_for_testing ();
  g_assert_cmpint (ABS (fy_clock_real_now () - g_get_real_time () / G_USEC_PER_SEC), <=, 2);
}

static void
test_local_days (void)
{
  gint64 start = fy_local_day_start ("2026-11-22");
  g_autofree char *day = fy_local_day_of (start);
  g_autofree char *late = fy_local_day_of (local (2026, 11, 22, 23, 59) + 59);
  g_autofree char *before = fy_local_day_of (start - 1);
  g_autoptr(GDateTime) midnight = NULL;

  g_assert_cmpint (start, ==, local (2026, 11, 22, 0, 0));
  g_assert_cmpstr (day, ==, "2026-11-22");
  g_assert_cmpstr (late, ==, "2026-11-22");
  g_assert_cmpstr (before, ==, "2026-11-21");
  g_assert_cmpint (fy_local_day_start ("2026-03-01") - fy_local_day_start ("2026-02-28"), ==, 24 * 3600);

  midnight = fy_local_day_midnight ("2026-11-22");
  g_assert_nonnull (midnight);
  g_assert_cmpint (g_date_time_to_unix (midnight), ==, start);
  g_assert_null (fy_local_day_midnight ("2026-02-30"));
  g_assert_null (fy_local_day_midnight ("today"));
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "CST-8", TRUE);
  fy_test_init (&argc, &argv, NULL);
  g_test_add_func ("/clock/parse", test_parse);
  g_test_add_func ("/clock/now", test_now);
  g_test_add_func ("/clock/format", test_format);
  g_test_add_func ("/clock/pinned", test_pinned);
  g_test_add_func ("/clock/local-days", test_local_days);
  return g_test_run ();
}
