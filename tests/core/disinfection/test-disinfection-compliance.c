/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Compliance of disinfection schedules, without a store: each frequency's
 * windows across day, month and year boundaries (China's time zone), the
 * rolling "twice in 3 days" window at its edges, and the state now (done,
 * due, overdue) with its line for Today. */
#include "config.h"

#include "fy-disinfection-compliance.h"
#include "fy-test-support.h"

#define AT(day, h, m) fy_test_at (day, h, m)

static void
tally (FyDisinfectionFrequency f, const char *start, const gint64 *at, guint n, const char *from,
       const char *to, gint64 now, FyDisinfectionTally *t)
{
  FyDisinfectionRule rule = { f, 3, start };

  fy_disinfection_tally (&rule, at, n, from, to, now, t);
}

static FyDisinfectionNow
state (FyDisinfectionFrequency f, const char *start, const gint64 *at, guint n, gint64 now)
{
  FyDisinfectionRule rule = { f, 3, start };
  FyDisinfectionNow out;

  fy_disinfection_now (&rule, at, n, now, &out);
  return out;
}

static void
test_daily_month_boundary (void)
{
  /* 1 February missed; the last minute of 31 January counts for January. */
  const gint64 at[] = { AT ("2026-01-30", 9, 0), AT ("2026-01-31", 23, 59), AT ("2026-02-02", 0, 0) };
  FyDisinfectionTally t;
  FyDisinfectionNow s;

  tally (FY_DISINFECTION_DAILY, "2026-01-29", at, 3, "2026-01-30", "2026-02-02", AT ("2026-02-03", 10, 0), &t);
  g_assert_cmpuint (t.windows, ==, 4);
  g_assert_cmpuint (t.missed, ==, 1);
  g_assert_cmpuint (t.scheduled, ==, 4);
  g_assert_cmpuint (t.done, ==, 3);

  /* Days before the schedule's first day are not asked for. */
  tally (FY_DISINFECTION_DAILY, "2026-02-01", at, 3, "2026-01-30", "2026-02-02", AT ("2026-02-03", 10, 0), &t);
  g_assert_cmpuint (t.windows, ==, 2);
  g_assert_cmpuint (t.missed, ==, 1);

  /* Today is in progress: counted as scheduled, never as missed. */
  tally (FY_DISINFECTION_DAILY, "2026-01-29", at, 3, "2026-02-02", "2026-02-05", AT ("2026-02-03", 10, 0), &t);
  g_assert_cmpuint (t.windows, ==, 1);
  g_assert_cmpuint (t.missed, ==, 0);
  g_assert_cmpuint (t.scheduled, ==, 2);
  g_assert_cmpuint (t.done, ==, 1);

  /* 2 February done at midnight; 3 February not yet: due. */
  s = state (FY_DISINFECTION_DAILY, "2026-01-29", at, 3, AT ("2026-02-03", 10, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_DUE);
  /* On 2 February, 1 February was missed: overdue until it is done. */
  s = state (FY_DISINFECTION_DAILY, "2026-01-29", at, 2, AT ("2026-02-02", 10, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_OVERDUE);
  s = state (FY_DISINFECTION_DAILY, "2026-01-29", at, 3, AT ("2026-02-02", 10, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_DONE);
  /* The day before the first day does not make the first day overdue. */
  s = state (FY_DISINFECTION_DAILY, "2026-02-01", NULL, 0, AT ("2026-02-01", 10, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_DUE);
  s = state (FY_DISINFECTION_DAILY, "2026-02-05", NULL, 0, AT ("2026-02-01", 10, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_NOT_STARTED);
}

static void
test_twice_daily_year_boundary (void)
{
  /* Extra rounds do not make up for a short day. */
  const gint64 at[] = { AT ("2026-12-31", 8, 0), AT ("2026-12-31", 16, 0), AT ("2026-12-31", 20, 0),
                        AT ("2027-01-01", 9, 0) };
  FyDisinfectionTally t;
  FyDisinfectionNow s;
  g_autofree char *line = NULL;

  tally (FY_DISINFECTION_TWICE_DAILY, "2026-12-01", at, 4, "2026-12-31", "2027-01-01", AT ("2027-01-02", 7, 0), &t);
  g_assert_cmpuint (t.windows, ==, 2);
  g_assert_cmpuint (t.missed, ==, 1);
  g_assert_cmpuint (t.scheduled, ==, 4);
  g_assert_cmpuint (t.done, ==, 3);

  s = state (FY_DISINFECTION_TWICE_DAILY, "2026-12-01", at, 4, AT ("2027-01-01", 12, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_DUE);
  g_assert_cmpuint (s.done, ==, 1);
  g_assert_cmpuint (s.required, ==, 2);
  line = fy_disinfection_now_text ("食堂", FY_DISINFECTION_TWICE_DAILY, &s);
  g_assert_cmpstr (line, ==, "食堂: 1 of 2 today");
  s = state (FY_DISINFECTION_TWICE_DAILY, "2026-12-01", at, 4, AT ("2027-01-02", 7, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_OVERDUE);
}

static void
test_each_shift (void)
{
  /* Three shifts: 00–08, 08–16, 16–24. 07:59 is the night shift, 08:00 the
   * day shift; nothing in the evening shift of the 1st. */
  const gint64 at[] = { AT ("2026-03-01", 7, 59), AT ("2026-03-01", 8, 0), AT ("2026-03-02", 0, 0) };
  FyDisinfectionTally t;
  FyDisinfectionNow s;
  g_autofree char *line = NULL;

  tally (FY_DISINFECTION_EACH_SHIFT, "2026-02-01", at, 3, "2026-03-01", "2026-03-01", AT ("2026-03-02", 1, 0), &t);
  g_assert_cmpuint (t.windows, ==, 3);
  g_assert_cmpuint (t.missed, ==, 1);
  g_assert_cmpuint (t.scheduled, ==, 3);
  g_assert_cmpuint (t.done, ==, 2);
  /* Mid-day: the shifts to come are not asked yet. */
  tally (FY_DISINFECTION_EACH_SHIFT, "2026-02-01", at, 3, "2026-03-01", "2026-03-01", AT ("2026-03-01", 9, 0), &t);
  g_assert_cmpuint (t.windows, ==, 1);
  g_assert_cmpuint (t.scheduled, ==, 2);

  /* The night shift of the 2nd follows the missed evening shift of the 1st. */
  s = state (FY_DISINFECTION_EACH_SHIFT, "2026-02-01", at, 2, AT ("2026-03-02", 1, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_OVERDUE);
  s = state (FY_DISINFECTION_EACH_SHIFT, "2026-02-01", at, 3, AT ("2026-03-02", 1, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_DONE);
  s = state (FY_DISINFECTION_EACH_SHIFT, "2026-02-01", at, 3, AT ("2026-03-01", 15, 59));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_DONE);
  s = state (FY_DISINFECTION_EACH_SHIFT, "2026-02-01", at, 3, AT ("2026-03-01", 16, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_DUE);
  g_assert_cmpint (s.window_start, ==, AT ("2026-03-01", 16, 0));
  g_assert_cmpint (s.window_end, ==, AT ("2026-03-02", 0, 0));
  line = fy_disinfection_now_text ("红区", FY_DISINFECTION_EACH_SHIFT, &s);
  g_assert_cmpstr (line, ==, "红区: 0 of 1 this shift");
}

static void
test_two_per_three_days_month (void)
{
  /* 2026 is not a leap year: 28 February is followed by 1 March.
   * Window ending 28 Feb: 26, 28 → met; ending 1 Mar: 28 → short;
   * ending 2 Mar: 28, 2 → met. */
  const gint64 at[] = { AT ("2026-02-26", 9, 0), AT ("2026-02-28", 23, 59), AT ("2026-03-02", 0, 0) };
  FyDisinfectionTally t;
  FyDisinfectionNow s;
  g_autofree char *line = NULL;

  tally (FY_DISINFECTION_TWO_PER_THREE_DAYS, "2026-02-26", at, 3, "2026-02-26", "2026-03-02",
         AT ("2026-03-03", 8, 0), &t);
  /* Windows wholly after the first day: those ending 28 Feb, 1 and 2 March. */
  g_assert_cmpuint (t.windows, ==, 3);
  g_assert_cmpuint (t.missed, ==, 1);
  /* Five days ask for 2 × 5 / 3 → 4; three days had a disinfection. */
  g_assert_cmpuint (t.scheduled, ==, 4);
  g_assert_cmpuint (t.done, ==, 3);

  /* On 3 March: 1 (the 2nd) of 2 in 1–3 March, and the window ending on the
   * 2nd was met: due, not overdue. */
  s = state (FY_DISINFECTION_TWO_PER_THREE_DAYS, "2026-02-26", at, 3, AT ("2026-03-03", 8, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_DUE);
  g_assert_cmpuint (s.done, ==, 1);
  g_assert_cmpuint (s.required, ==, 2);
  g_assert_cmpint (s.window_start, ==, AT ("2026-03-01", 0, 0));
  g_assert_cmpint (s.window_end, ==, AT ("2026-03-04", 0, 0));
  line = fy_disinfection_now_text ("装卸区", FY_DISINFECTION_TWO_PER_THREE_DAYS, &s);
  g_assert_cmpstr (line, ==, "装卸区: 1 of 2 in this 3-day window");
  /* On 2 March before midnight's entry is counted… the window ending 1 March
   * was short: overdue while 28 Feb–2 Mar is not met yet. */
  s = state (FY_DISINFECTION_TWO_PER_THREE_DAYS, "2026-02-26", at, 2, AT ("2026-03-02", 12, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_OVERDUE);
  s = state (FY_DISINFECTION_TWO_PER_THREE_DAYS, "2026-02-26", at, 3, AT ("2026-03-02", 12, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_DONE);
}

static void
test_two_per_three_days_same_day_and_year (void)
{
  /* Two rounds on one day count as one day. */
  const gint64 same[] = { AT ("2026-06-10", 9, 0), AT ("2026-06-10", 15, 0) };
  /* Across the new year: 30 Dec and 1 Jan meet the window ending 1 Jan;
   * the window ending 2 Jan (31 Dec, 1, 2 Jan) has one day. */
  const gint64 year[] = { AT ("2026-12-30", 10, 0), AT ("2027-01-01", 10, 0) };
  FyDisinfectionTally t;

  tally (FY_DISINFECTION_TWO_PER_THREE_DAYS, "2026-06-10", same, 2, "2026-06-10", "2026-06-12",
         AT ("2026-06-13", 8, 0), &t);
  g_assert_cmpuint (t.windows, ==, 1);
  g_assert_cmpuint (t.missed, ==, 1);
  g_assert_cmpuint (t.done, ==, 1);
  g_assert_cmpuint (t.scheduled, ==, 2);

  tally (FY_DISINFECTION_TWO_PER_THREE_DAYS, "2026-12-30", year, 2, "2027-01-01", "2027-01-02",
         AT ("2027-01-03", 8, 0), &t);
  g_assert_cmpuint (t.windows, ==, 2);
  g_assert_cmpuint (t.missed, ==, 1);
  /* The period alone: 2 days ask for 2, one was done in it. */
  g_assert_cmpuint (t.scheduled, ==, 2);
  g_assert_cmpuint (t.done, ==, 1);
}

static void
test_per_truck (void)
{
  const gint64 at[] = { AT ("2026-05-01", 9, 0), AT ("2026-05-01", 11, 0) };
  FyDisinfectionTally t;
  FyDisinfectionNow s;
  g_autofree char *line = NULL;

  tally (FY_DISINFECTION_PER_TRUCK, "2026-04-01", at, 2, "2026-04-30", "2026-05-01", AT ("2026-05-01", 12, 0), &t);
  g_assert_cmpuint (t.scheduled, ==, 0);
  g_assert_cmpuint (t.missed, ==, 0);
  g_assert_cmpuint (t.done, ==, 2);
  s = state (FY_DISINFECTION_PER_TRUCK, "2026-04-01", at, 2, AT ("2026-05-01", 12, 0));
  g_assert_cmpint (s.status, ==, FY_DISINFECTION_STATUS_AS_NEEDED);
  line = fy_disinfection_now_text ("货车装卸区", FY_DISINFECTION_PER_TRUCK, &s);
  g_assert_cmpstr (line, ==, "货车装卸区: after each truck, 2 today");
}

static void
test_raise (void)
{
  g_assert_cmpint (fy_disinfection_frequency_raise (FY_DISINFECTION_DAILY, FY_DISINFECTION_EACH_SHIFT), ==,
                   FY_DISINFECTION_EACH_SHIFT);
  g_assert_cmpint (fy_disinfection_frequency_raise (FY_DISINFECTION_TWICE_DAILY, FY_DISINFECTION_DAILY), ==,
                   FY_DISINFECTION_TWICE_DAILY);
  g_assert_cmpint (fy_disinfection_frequency_raise (FY_DISINFECTION_PER_TRUCK, FY_DISINFECTION_TWO_PER_THREE_DAYS),
                   ==, FY_DISINFECTION_TWO_PER_THREE_DAYS);
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  fy_test_init (&argc, &argv, "2026-11-22");
  g_test_add_func ("/disinfection-compliance/daily/month-boundary", test_daily_month_boundary);
  g_test_add_func ("/disinfection-compliance/twice-daily/year-boundary", test_twice_daily_year_boundary);
  g_test_add_func ("/disinfection-compliance/each-shift", test_each_shift);
  g_test_add_func ("/disinfection-compliance/two-per-three-days/month", test_two_per_three_days_month);
  g_test_add_func ("/disinfection-compliance/two-per-three-days/same-day-and-year",
                   test_two_per_three_days_same_day_and_year);
  g_test_add_func ("/disinfection-compliance/per-truck", test_per_truck);
  g_test_add_func ("/disinfection-compliance/raise", test_raise);
  return g_test_run ();
}
