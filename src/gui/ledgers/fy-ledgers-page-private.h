/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledgers-page-private.h — what fy-ledgers-page.h keeps out of its public API: functions
 * only the tests and benchmarks call (they include this header). */
#pragma once

#include "fy-ledgers-page.h"

G_BEGIN_DECLS

/* Selects a ledger (by id) and shows it; FALSE if unknown. */
gboolean    fy_ledgers_page_select    (FyLedgersPage *self,
                                       const char    *ledger_id);
/* The model on screen (FyLedgerRow items). */
GListModel *fy_ledgers_page_get_model (FyLedgersPage *self);

G_END_DECLS
