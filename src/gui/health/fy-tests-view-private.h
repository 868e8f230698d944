/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-tests-view-private.h — what fy-tests-view.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-tests-view.h"

G_BEGIN_DECLS

/* The due list shown (FyRecordItem of FyDueTest), e.g. for tests. */
GListModel *fy_tests_view_get_due_model   (FyTestsView *self);
/* Shows only one department ("" or NULL: all). */
void        fy_tests_view_set_department  (FyTestsView *self,
                                           const char  *department);

G_END_DECLS
