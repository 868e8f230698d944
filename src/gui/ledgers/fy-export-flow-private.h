/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-export-flow-private.h — what fy-export-flow.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-export-flow.h"

G_BEGIN_DECLS

/* The result of fy_export_flow_write (the tests and the export benchmark
 * wait for it; the app shows it in a toast). */
gboolean  fy_export_flow_write_finish (GAsyncResult      *result,
                                    GError              **error);

G_END_DECLS
