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

G_END_DECLS
