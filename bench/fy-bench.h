/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-bench.h — tiny harness: run a job N times, report the median (and the
 * ratio against a bare loop doing the same job on the same data). */
#pragma once

#include <glib.h>

typedef void (*FyBenchFunc) (gpointer data);

static inline int
fy_bench_cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* Median wall time in milliseconds over `runs` runs (after one warm-up). */
static inline double
fy_bench_median_ms (guint runs, FyBenchFunc setup, FyBenchFunc job, gpointer data)
{
  g_autofree double *times = g_new0 (double, runs);

  if (setup)
    setup (data);
  job (data);
  for (guint i = 0; i < runs; i++)
    {
      gint64 start;
      if (setup)
        setup (data);
      start = g_get_monotonic_time ();
      job (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, runs, sizeof (double), fy_bench_cmp_double);
  return runs % 2 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
}

static inline void
fy_bench_report (const char *name, double app_ms, double bare_ms, double target_ratio)
{
  double ratio = bare_ms > 0 ? app_ms / bare_ms : 0;
  g_print ("%-44s app %9.2f ms   bare %9.2f ms   ratio %5.2f (target <= %.2f)%s\n",
           name, app_ms, bare_ms, ratio, target_ratio, ratio > target_ratio ? "  OVER" : "");
}

/* Medians of `runs` app / bare pairs, run alternately after one warm-up of
 * the app (caches, fonts), and the median of the pairs' ratios (a loaded
 * machine slows both sides of a pair alike). */
static inline void
fy_bench_interleaved (FyBenchFunc app, FyBenchFunc bare, gpointer data, guint runs,
                      double *app_ms, double *bare_ms, double *ratio)
{
  g_autofree double *a = g_new0 (double, runs);
  g_autofree double *r = g_new0 (double, runs);
  g_autofree double *q = g_new0 (double, runs);

  app (data);
  for (guint i = 0; i < runs; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      app (data);
      a[i] = (g_get_monotonic_time () - t0) / 1000.0;
      t0 = g_get_monotonic_time ();
      bare (data);
      r[i] = (g_get_monotonic_time () - t0) / 1000.0;
      q[i] = r[i] > 0 ? a[i] / r[i] : 0;
    }
  qsort (a, runs, sizeof (double), fy_bench_cmp_double);
  qsort (r, runs, sizeof (double), fy_bench_cmp_double);
  qsort (q, runs, sizeof (double), fy_bench_cmp_double);
  *app_ms = a[runs / 2];
  *bare_ms = r[runs / 2];
  *ratio = q[runs / 2];
}
