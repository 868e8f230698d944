/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-clock: typed local date + time of day, "now" pinned by FANGYI_NOW or
 * following FANGYI_TODAY, and the list formats. */
#include "config.h"

#include "fy-clock.h"
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
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "CST-8", TRUE);
  fy_test_init (&argc, &argv, NULL);
  g_test_add_func ("/clock/parse", test_parse);
  g_test_add_func ("/clock/now", test_now);
  g_test_add_func ("/clock/format", test_format);
  return g_test_run ();
}
