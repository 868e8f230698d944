/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-pages-private.h — between the page layout (fy-ledger-pages.c)
 * and the PDF writer (fy-ledger-pdf.c). Core only. */
#pragma once

#include <cairo.h>

#include "fy-ledger.h"

G_BEGIN_DECLS

typedef struct
{
  FyProgressFunc  func;
  gpointer        user_data;
  double          from;        /* fraction range this step reports in */
  double          to;
  gint64          total;       /* rows expected, for the fraction */
  GCancellable   *cancellable;
} FyPagesProgress;

/* fy_ledger_paginate with progress and cancellation (FY_ERROR_CANCELLED). */
FyLedgerPages *fy_ledger_paginate_with_progress (FyLedger               *ledger,
                                                 double                  page_width,
                                                 double                  page_height,
                                                 const FyPagesProgress  *progress,
                                                 GError                **error);
/* TRUE, with FY_ERROR_CANCELLED set, when `cancellable` is cancelled. */
gboolean       fy_ledger_cancelled              (GCancellable           *cancellable,
                                                 GError                **error);
/* Maps a cairo status to a translated FY_ERROR; TRUE on success. */
gboolean       fy_ledger_check_cairo            (cairo_status_t          status,
                                                 GError                **error);

/* Pages side by side for a ledger too wide for the paper (fy-ledger-bands.c):
 * columns [0, n_lead) repeat on every band; band b also shows columns
 * first[b] … last[b]. */
typedef struct
{
  guint   n_bands;
  guint   n_lead;
  guint  *first;
  guint  *last;
} FyLedgerBands;

/* Splits the columns after the leading ungrouped ones into as few bands as
 * their minimum widths allow, never splitting a group, evenly. FALSE when
 * there is no group or even one group does not fit next to the leading
 * columns. */
gboolean       fy_ledger_plan_bands             (const double           *min_w,
                                                 const char *const      *groups,
                                                 guint                   n,
                                                 double                  table_width,
                                                 FyLedgerBands          *bands);
void           fy_ledger_bands_clear            (FyLedgerBands          *bands);

G_END_DECLS
