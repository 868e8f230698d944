/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-test-record-dialog.h — one person's nucleic-acid or antigen test,
 * with its result if already known. */
#pragma once

#include <adwaita.h>

#include "fy-store.h"
#include "fy-tests.h"

G_BEGIN_DECLS

#define FY_TYPE_TEST_RECORD_DIALOG (fy_test_record_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyTestRecordDialog, fy_test_record_dialog, FY, TEST_RECORD_DIALOG, AdwWindow)

/* `staff_id` 0: the dialog asks who, with a roster search. */
FyTestRecordDialog *fy_test_record_dialog_present (GtkWindow *parent,
                                                   FyStore   *store,
                                                   gint64     staff_id);

/* The 单采 / 混采 row of the test dialogs: fills `sampling` with its
 * choices, selects `initial`, and makes it insensitive while `kind` says
 * antigen (sampling is a nucleic-acid property). _get returns UNKNOWN for an
 * antigen test. */
void           fy_test_sampling_row_setup (AdwComboRow    *sampling,
                                           AdwComboRow    *kind,
                                           FyTestSampling  initial);
FyTestSampling fy_test_sampling_row_get   (AdwComboRow    *sampling,
                                           AdwComboRow    *kind);

G_END_DECLS
