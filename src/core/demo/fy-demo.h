/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo.h — the demo company: a realistic factory to look around in. */
#pragma once

#include <glib.h>

#include "fy-store.h"

G_BEGIN_DECLS

/* The seed the window and `fangyi demo` use: both show the same company. */
#define FY_DEMO_DEFAULT_SEED 20221122u

/* Fills an empty database with a demo company: about 330 staff over
 * workshops, offices and support teams, the company settings, and two
 * zone maps (厂区, 宿舍区) on floor plans the app draws, with areas of all
 * four levels, grids, symbols, people placed and a few days of history.
 * Deterministic for a seed and a "today" (fy_today, which honours
 * FANGYI_TODAY): ages and leaving dates are relative to today.
 * Refuses with FY_ERROR_CONFLICT when the roster is not empty. Everything
 * is written in one transaction (nothing on failure); then emits
 * "changed" (FY_STORE_CHANGE_ALL). */
gboolean fy_demo_populate (FyStore  *store,
                           guint32   seed,
                           GError  **error);

G_END_DECLS
