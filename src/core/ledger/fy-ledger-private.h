/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-private.h — between the ledger instance (fy-ledger.c) and the
 * batches of a cells SQL (fy-ledger-cells.c). Core only: includes sqlite3.h. */
#pragma once

#include "fy-ledger.h"
#include "fy-store-private.h"

G_BEGIN_DECLS

typedef struct _FyLedgerCells FyLedgerCells;

/* One value of the cells SQL, kept for the batch (no per-cell allocation:
 * text lives in the batch's string chunk). */
typedef struct
{
  int          type;       /* 0 (empty), SQLITE_INTEGER, _FLOAT or _TEXT */
  guint8       highlight;
  gint64       i;
  double       d;
  const char  *text;       /* SQLITE_TEXT only */
} FyLedgerCell;

const char    *fy_ledger_get_sql          (FyLedger       *ledger);
/* NULL when the ledger has no cells SQL. */
const char    *fy_ledger_get_cells_sql    (FyLedger       *ledger,
                                           guint          *first_column);
/* Binds every named parameter the statement uses (documented ones and
 * those set with fy_ledger_set_param_*). */
void           fy_ledger_bind_params      (FyLedger       *ledger,
                                           sqlite3_stmt   *stmt);

/* The cells of the rows [offset, offset + limit) of the row SQL, fetched a
 * batch of rows at a time (memory stays flat however many rows there are). */
FyLedgerCells *fy_ledger_cells_new        (FyLedger       *ledger,
                                           gint64          offset,
                                           gint64          limit,
                                           GError        **error);
/* The cells of the row with `key`: cells[i] for column first_column + i,
 * or NULL when the row has none. Borrowed until the next call. Loads the
 * next batch when the key is not in the current one. */
gboolean       fy_ledger_cells_lookup     (FyLedgerCells  *cells,
                                           gint64          key,
                                           const FyLedgerCell **row,
                                           GError        **error);
void           fy_ledger_cells_free       (FyLedgerCells  *cells);

/* Test accessors (declared here: only the tests and benchmarks call them). */
gint64      fy_ledger_cursor_get_row_number  (FyLedgerCursor       *cursor); /* 1-based */
/* The date the ledger was made (today, YYYY-MM-DD). Borrowed. */
const char *fy_ledger_get_today              (FyLedger             *ledger);

G_END_DECLS
