/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-bench-data.h — the benchmarks' fixed-seed synthetic company
 * (fy-bench-data.c). */
#pragma once

#include "fy-store-private.h"

G_BEGIN_DECLS

/* Prints what failed and exits. */
void  fy_bench_die_on     (GError     *error,
                           const char *what);
void  fy_bench_exec       (sqlite3    *db,
                           const char *sql);
/* Fills an empty store: `n_staff` people, readings for the `n_days` days
 * before `today` (Unix `now` is the instant the app's calls are made at). */
void  fy_bench_generate   (FyStore    *store,
                           const char *today,
                           gint64      now,
                           int         n_staff,
                           int         n_days);

G_END_DECLS
