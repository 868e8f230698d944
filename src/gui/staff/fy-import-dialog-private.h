/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-import-dialog-private.h — what fy-import-dialog.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-import-dialog.h"

G_BEGIN_DECLS

gboolean        fy_import_dialog_is_loading       (FyImportDialog *self);
/* The preview shown, or NULL (nothing chosen yet, reading, or refused). Borrowed. */
FyStaffImport  *fy_import_dialog_get_import       (FyImportDialog *self);
/* The visible stack page: "choose", "loading" or "preview". */
const char     *fy_import_dialog_get_page         (FyImportDialog *self);
GtkLabel       *fy_import_dialog_get_summary_label (FyImportDialog *self);
/* The refusal of the chosen file (choose page) — hidden when none. */
GtkLabel       *fy_import_dialog_get_file_error   (FyImportDialog *self);
GtkButton      *fy_import_dialog_get_import_all_button (FyImportDialog *self);
GtkButton      *fy_import_dialog_get_import_valid_button (FyImportDialog *self);
GtkButton      *fy_import_dialog_get_cancel_button (FyImportDialog *self);
/* The preview's rows (after the errors-only filter). */
GListModel     *fy_import_dialog_get_rows         (FyImportDialog *self);

G_END_DECLS
