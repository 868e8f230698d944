/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-print-operation.h — printing a ledger: a GtkPrintOperation whose pages
 * are drawn by the core's ledger page renderer (fy_ledger_paginate / draw). */
#pragma once

#include <gtk/gtk.h>

#include "fy-error.h"
#include "fy-ledger.h"

G_BEGIN_DECLS

#define FY_TYPE_PRINT_OPERATION (fy_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (FyPrintOperation, fy_print_operation, FY, PRINT_OPERATION, GtkPrintOperation)

/* A4 landscape by default, job name = ledger title, progress shown. The
 * ledger is borrowed: the caller keeps it (and its store) alive until the
 * operation is done. */
FyPrintOperation *fy_print_operation_new (FyLedger                *ledger);

/* Runs the operation synchronously. FALSE with error set when it failed
 * (the GTK error, or the error met while paginating / drawing); FALSE with
 * FY_ERROR_CANCELLED when the user cancelled. */
gboolean          fy_print_operation_run_sync (FyPrintOperation       *self,
                                               GtkPrintOperationAction action,
                                               GtkWindow              *parent,
                                               GError                **error);

/* Opens the print dialog (which has Preview) for the ledger and prints. */
gboolean          fy_print_ledger        (GtkWindow               *parent,
                                          FyLedger                *ledger,
                                          GError                 **error);

G_END_DECLS
