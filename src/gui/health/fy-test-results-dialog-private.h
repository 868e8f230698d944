/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-test-results-dialog-private.h — what fy-test-results-dialog.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-test-results-dialog.h"

G_BEGIN_DECLS

/* The people of the round (FyRecordItem of FyTestResult). */
GListModel          *fy_test_results_dialog_get_model (FyTestResultsDialog *self);

G_END_DECLS
