/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-import-dialog.h — import the staff roster from a CSV file: choose,
 * read in a worker thread (Cancel), preview every row with its errors,
 * then import all rows or, after confirmation, only the valid ones. */
#pragma once

#include <adwaita.h>

#include "fy-staff-import.h"
#include "fy-store.h"

G_BEGIN_DECLS

#define FY_TYPE_IMPORT_DIALOG (fy_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FyImportDialog, fy_import_dialog, FY, IMPORT_DIALOG, AdwWindow)

FyImportDialog *fy_import_dialog_new              (GtkWindow      *parent,
                                                   FyStore        *store);
/* Creates the dialog and shows it (modal on parent). */
void            fy_import_dialog_present          (GtkWindow      *parent,
                                                   FyStore        *store);
/* Reads `path` as if it had been chosen in the file chooser (also for tests). */
void            fy_import_dialog_load_file        (FyImportDialog *self,
                                                   const char     *path);

/* For tests and assistive technology. */
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
