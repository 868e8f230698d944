/* fy-demo.h — the demo company: a realistic factory to look around in. */
#pragma once

#include <glib.h>

#include "fy-store.h"

G_BEGIN_DECLS

/* The seed the window and `fangyi demo` use: both show the same company. */
#define FY_DEMO_DEFAULT_SEED 20221122u

/* Fills an empty database with a demo company: about 330 staff over
 * workshops, offices and support teams, and the company settings.
 * Deterministic for a seed and a "today" (fy_today, which honours
 * FANGYI_TODAY): ages and leaving dates are relative to today.
 * Refuses with FY_ERROR_CONFLICT when the roster is not empty. Everything
 * is written in one transaction (nothing on failure); then emits
 * "changed::all". */
gboolean fy_demo_populate (FyStore  *store,
                           guint32   seed,
                           GError  **error);

G_END_DECLS
