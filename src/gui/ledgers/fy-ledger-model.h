/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-model.h — a ledger on screen: a GListModel that pages rows from
 * SQLite on demand (an FyPagedModel), so a ledger of millions of rows costs a few pages of
 * memory. Items are FyLedgerRow objects (formatted, masked cell texts). */
#pragma once

#include <gio/gio.h>

#include "fy-ledger.h"
#include "fy-paged-model.h"

G_BEGIN_DECLS

#define FY_TYPE_LEDGER_ROW (fy_ledger_row_get_type ())
G_DECLARE_FINAL_TYPE (FyLedgerRow, fy_ledger_row, FY, LEDGER_ROW, GObject)

const char *fy_ledger_row_get_text           (FyLedgerRow *row,
                                              guint        column);
gboolean    fy_ledger_row_is_highlighted     (FyLedgerRow *row,
                                              guint        column);

#define FY_TYPE_LEDGER_MODEL (fy_ledger_model_get_type ())
G_DECLARE_FINAL_TYPE (FyLedgerModel, fy_ledger_model, FY, LEDGER_MODEL, FyPagedModel)

/* Takes ownership of the ledger. Counts its rows; NULL and error on failure. */
FyLedgerModel *fy_ledger_model_new           (FyLedger      *ledger,
                                              GError       **error);
FyLedger      *fy_ledger_model_get_ledger    (FyLedgerModel *self);

G_END_DECLS
