/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-pages-impl.h — the page layout's state, shared by its two
 * halves: measuring and paginating (fy-ledger-pages.c) and drawing a page
 * (fy-ledger-pages-draw.c). Core only. */
#pragma once

#include <pango/pangocairo.h>

#include "fy-ledger-measure.h"
#include "fy-ledger-pages-private.h"

G_BEGIN_DECLS

#define MARGIN        28.0   /* about 1 cm inside the page (or printable area) */
#define PAD_X          3.0   /* cell padding … */
#define NARROW_PAD_X   1.5   /* … in a ledger printed in bands */
#define PAD_Y          2.5
#define LINE_WIDTH     0.5
#define GAP            6.0
#define HEADER_GREY    0.85
#define CELL_FONT      "Sans 9"
#define BOLD_FONT      "Sans Bold 9"
#define TITLE_FONT     "Sans Bold 16"
#define NOTE_FONT      "Sans 8"
#define BLANK        "________"

/* Highlighted (abnormal) cells: bold dark red. */
#define HIGHLIGHT_R    0.6
#define HIGHLIGHT_G    0.0
#define HIGHLIGHT_B    0.0

struct _FyLedgerPages
{
  FyLedger             *ledger;        /* borrowed: the caller keeps it alive */
  PangoContext         *context;
  PangoFontDescription *cell_font;
  PangoFontDescription *bold_font;
  PangoFontDescription *title_font;
  PangoFontDescription *note_font;
  PangoLayout          *layout;        /* scratch for headers, title, footer */
  PangoLayout         **cells;         /* one per column, width and alignment set */
  FyLedgerMeasure      *measure;       /* row heights (cell and bold fonts, final size) */

  double                page_width;
  double                page_height;
  double                table_width;
  guint                 n_columns;
  double               *col_x;         /* left edge of each column (of the band being laid out) */
  double               *col_w;
  double                pad_x;

  /* A ledger too wide for the paper prints as bands of pages side by side
   * (fy-ledger-bands.c); col_x, col_w and cells are those of `band`. */
  FyLedgerBands         bands;         /* n_bands 0: one band, every column */
  guint                 n_bands;
  guint                 band;
  double              **band_x;
  double              **band_w;
  PangoLayout        ***band_cells;

  char                 *title;         /* company + ledger title */
  char                 *info_left;     /* unit */
  char                 *info_right;    /* prepared on */
  char                 *footer_left;   /* signature line */

  double                title_h;       /* title line */
  double                info_h;        /* unit / period / date line */
  double                group_h;       /* 0 without groups */
  double                header_h;
  double                footer_h;
  double                note_h;        /* 0 without a note */
  double                empty_h;       /* the "no records" row */
  double                body_top;      /* rows start here … */
  double                body_bottom;   /* … and must end above this */

  GArray               *starts;        /* gint64: first row of each page */
  gint64                n_rows;
  FyLedgerCursor      **cursors;       /* per band: open after drawing a page … */
  gint64               *cursor_rows;   /* … and the row it yields next */
};

/* fy-ledger-pages.c */
double       fy_pages_text_height   (FyLedgerPages              *self,
                                     const PangoFontDescription *font,
                                     const char                 *text,
                                     double                      width);
double       fy_pages_text_width    (FyLedgerPages              *self,
                                     const PangoFontDescription *font,
                                     const char                 *text);
const char  *fy_pages_column_group  (FyLedgerPages *self, guint i);
guint        fy_pages_group_end     (FyLedgerPages *self, guint i);
double       fy_pages_span_width    (FyLedgerPages *self, guint first, guint last);
gboolean     fy_pages_in_band       (FyLedgerPages *self, guint i);
void         fy_pages_use_band      (FyLedgerPages *self, guint band);
double       fy_pages_measure_row   (FyLedgerPages *self, FyLedgerCursor *cursor);

/* fy-ledger-fit.c: the text columns' widths by what the first rows hold,
 * the columns of a known shape (shaped_min[i] > 0) at that minimum, in the
 * current font; sets col_w and col_x. When rows wrap anyway and it saves
 * them a line, the known shapes are at split_min instead (a date-time
 * broken before its time; NULL: never). FALSE (nothing set) when the
 * ledger has no rows or even one character per text column does not fit. */
gboolean     fy_pages_fit_by_content (FyLedgerPages *self,
                                      const double  *shaped_min,
                                      const double  *split_min);

G_END_DECLS
