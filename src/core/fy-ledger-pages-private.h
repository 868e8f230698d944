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

G_END_DECLS
