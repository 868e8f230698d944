/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-today-private.h — what the Today page's gate section showed, for
 * the tests. */
#pragma once

#include "fy-gate-today.h"

G_BEGIN_DECLS

/* The counts shown, and the number of events needing approval. */
const FyGateDayCounts *fy_gate_today_get_counts       (FyGateToday *self);
guint                  fy_gate_today_get_n_unapproved (FyGateToday *self);

G_END_DECLS
