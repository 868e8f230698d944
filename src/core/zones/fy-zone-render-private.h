/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-zone-render-private.h — shared by the zone renderer's files only. */
#pragma once

#include "fy-zone-render.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  char       *count;        /* owned, may be NULL */
  gboolean    over;         /* over capacity: count in red */
  double      x, y;         /* anchor (device) */
  int         priority;
  double      weight;       /* area, for ordering within a priority */
  double      symbol_gap;   /* > 0: a symbol's label, placed beside it */
  const FyZoneArea *area;   /* an area's label stays over the area */
} FyZoneLabel;

/* "12 / 30 people" or "12 people" (owned). */
char *fy_zone_count_text   (int                count,
                            int                capacity);
/* Places and draws `labels` (FyZoneLabel, sorted here); `placed` is
 * refilled with the device boxes drawn (FyRect); `obstacles` are boxes to
 * keep clear (symbols, the legend). */
void  fy_zone_place_labels (GArray            *placed,
                            cairo_t           *cr,
                            const FyZoneView  *view,
                            GArray            *labels,
                            GArray            *obstacles,
                            double             font_size,
                            const FyRect      *clip);

/* Test accessors (declared here: only the tests and benchmarks call them). */
/* Where the last render put its labels (device rectangles, FyRect), for
 * tooltips and tests. Borrowed until the next render. */
GArray  *fy_zone_renderer_get_label_rects (FyZoneRenderer *renderer);

G_END_DECLS
