/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-export-flow.h — exporting or printing a ledger from the GUI: choose a
 * file, write it off the main thread with progress and Cancel, report. */
#pragma once

#include <gtk/gtk.h>

#include "fy-error.h"
#include "fy-ledger.h"

G_BEGIN_DECLS

/* format: "xlsx", "pdf" or "csv". Asks where to save, then exports. */
void      fy_export_flow_run       (GtkWindow            *parent,
                                    FyStore              *store,
                                    const char           *ledger_id,
                                    const FyLedgerParams *params,
                                    const char           *format);
/* Exports straight to `path` (no file chooser): for the flow above and tests.
 * `done` (may be NULL) runs on the main thread with the outcome. */
void      fy_export_flow_write     (GtkWindow            *parent,
                                    FyStore              *store,
                                    const char           *ledger_id,
                                    const FyLedgerParams *params,
                                    const char           *path,
                                    GAsyncReadyCallback   done,
                                    gpointer              user_data);
/* Opens the print dialog (with preview) for the ledger. */
void      fy_export_flow_print     (GtkWindow            *parent,
                                    FyStore              *store,
                                    const char           *ledger_id,
                                    const FyLedgerParams *params);

G_END_DECLS
