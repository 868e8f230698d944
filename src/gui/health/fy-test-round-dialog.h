/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-test-round-dialog.h — "New Test Round…": one sample time, kind and
 * place for everyone of a department / team or for chosen people, all
 * with results pending. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_TEST_ROUND_DIALOG (fy_test_round_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyTestRoundDialog, fy_test_round_dialog, FY, TEST_ROUND_DIALOG, AdwWindow)

/* Opens the dialog; `department` ("" = all) preselects the group, and
 * `staff_ids` (gint64, may be NULL) preselects chosen people instead. */
FyTestRoundDialog *fy_test_round_dialog_present (GtkWindow  *parent,
                                                 FyStore    *store,
                                                 const char *department,
                                                 GArray     *staff_ids);

G_END_DECLS
