/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-test-results-dialog.h — the results of one test round: negative or
 * positive per person with the keyboard, then "all remaining negative". */
#pragma once

#include <adwaita.h>

#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_TEST_RESULTS_DIALOG (fy_test_results_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyTestResultsDialog, fy_test_results_dialog, FY, TEST_RESULTS_DIALOG, AdwWindow)

FyTestResultsDialog *fy_test_results_dialog_present   (GtkWindow           *parent,
                                                       FyStore             *store,
                                                       gint64               round_id);

G_END_DECLS
