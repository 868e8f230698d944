/* fy-ledger-pages.c — printed pages of a ledger, shared by the PDF export
 * (fy-ledger-pdf.c) and the GUI's print operation.
 *
 * Every page has the title block, the header row(s), rows with borders and
 * wrapped text, and the signature footer with "page N of M"; the ledger note
 * (legend) goes under the table on the last page. Pagination walks the rows
 * once and remembers only the row where each page starts; drawing a page
 * queries its rows again (continuing the previous page's cursor when pages
 * come in order), so memory stays flat for huge ledgers.
 *
 * Units are points: the Pango context uses 72 dpi and no hinting, so text
 * measured while paginating has the same size when drawn on a PDF surface,
 * an image surface or a printer's context of any resolution.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "fy-error.h"
#include "fy-ledger-pages-private.h"
#include "fy-validate.h"

#define MARGIN        28.0   /* about 1 cm inside the page (or printable area) */
#define PAD_X          3.0   /* cell padding */
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

  double                page_width;
  double                page_height;
  double                table_width;
  guint                 n_columns;
  double               *col_x;         /* left edge of each column */
  double               *col_w;

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
  FyLedgerCursor       *cursor;        /* open after drawing a page … */
  gint64                cursor_row;    /* … and the row it yields next */
};

gboolean
fy_ledger_cancelled (GCancellable *cancellable, GError **error)
{
  if (cancellable && g_cancellable_is_cancelled (cancellable))
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_CANCELLED, _("The export was cancelled."));
      return TRUE;
    }
  return FALSE;
}

static PangoLayout *
new_layout (FyLedgerPages *self, const PangoFontDescription *font, double width, PangoAlignment align)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  return layout;
}

/* Height in points of `text` in `font`, wrapped to `width` (<= 0: no wrap). */
static double
text_height (FyLedgerPages *self, const PangoFontDescription *font, const char *text, double width)
{
  int h = 0;

  pango_layout_set_font_description (self->layout, font);
  pango_layout_set_width (self->layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_text (self->layout, text ? text : "", -1);
  pango_layout_get_size (self->layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

/* Width in points of `text` on one line. */
static double
text_width (FyLedgerPages *self, const PangoFontDescription *font, const char *text)
{
  int w = 0;

  pango_layout_set_font_description (self->layout, font);
  pango_layout_set_width (self->layout, -1);
  pango_layout_set_text (self->layout, text ? text : "", -1);
  pango_layout_get_size (self->layout, &w, NULL);
  return (double) w / PANGO_SCALE;
}

static PangoAlignment
pango_align (FyAlign align)
{
  switch (align)
    {
    case FY_ALIGN_CENTER: return PANGO_ALIGN_CENTER;
    case FY_ALIGN_END:    return PANGO_ALIGN_RIGHT;
    case FY_ALIGN_START:
    default:              return PANGO_ALIGN_LEFT;
    }
}

/* The group of column i, or NULL. */
static const char *
column_group (FyLedgerPages *self, guint i)
{
  const FyLedgerColumn *col = fy_ledger_get_column (self->ledger, i);
  return col->group && *col->group ? col->group : NULL;
}

/* Last column of the group run that starts at i. */
static guint
group_end (FyLedgerPages *self, guint i)
{
  const char *group = column_group (self, i);
  guint j = i;

  while (group && j + 1 < self->n_columns && g_strcmp0 (column_group (self, j + 1), group) == 0)
    j++;
  return j;
}

static double
span_width (FyLedgerPages *self, guint first, guint last)
{
  return self->col_x[last] + self->col_w[last] - self->col_x[first];
}

/* The narrowest a column may be: values of a known shape (dates,
 * temperatures, ID numbers, phones) stay on one line, so
 * "110105********002X" never breaks. Headers may wrap (Chinese headers break
 * between any two characters; English ones between words or with a hyphen):
 * reserving their longest English word squeezed the data columns instead. */
static double
column_min_width (FyLedgerPages *self, const FyLedgerColumn *col)
{
  const char *sample = NULL;
  switch (col->type)
    {
    case FY_COLUMN_SERIAL:      sample = "0000"; break;
    case FY_COLUMN_DATE:        sample = "2026-12-31"; break;
    case FY_COLUMN_TIME:        sample = "23:59"; break;
    case FY_COLUMN_DATETIME:    sample = "2026-12-31 23:59"; break;
    case FY_COLUMN_TEMPERATURE: sample = "36.5"; break;
    default: break;
    }
  if (col->sensitive == FY_SENSITIVE_ID)
    sample = "110105000000000000";
  else if (col->sensitive == FY_SENSITIVE_PHONE)
    sample = "13800000000";

  if (sample == NULL)
    return 0;
  /* Bold: a highlighted value is wider. */
  return text_width (self, self->bold_font, sample) + 2 * PAD_X;
}

/* Column widths proportional to the definition's, but never below a
 * column's minimum: columns that would be too narrow get their minimum and
 * the rest share what is left (repeat until stable). FALSE if the minimums
 * alone are wider than the table. */
static gboolean
allocate_widths (FyLedgerPages *self, gboolean proportional_only)
{
  g_autofree double *want = g_new0 (double, MAX (self->n_columns, 1));
  g_autofree double *min = g_new0 (double, MAX (self->n_columns, 1));
  g_autofree gboolean *fixed = g_new0 (gboolean, MAX (self->n_columns, 1));
  double free_width = self->table_width, free_want = 0, x = MARGIN;
  gboolean changed = TRUE;

  for (guint i = 0; i < self->n_columns; i++)
    {
      const FyLedgerColumn *col = fy_ledger_get_column (self->ledger, i);
      want[i] = col->width > 0 ? col->width : 10;
      min[i] = proportional_only ? 0 : column_min_width (self, col);
    }
  while (changed)
    {
      changed = FALSE;
      free_width = self->table_width;
      free_want = 0;
      for (guint i = 0; i < self->n_columns; i++)
        if (fixed[i])
          free_width -= min[i];
        else
          free_want += want[i];
      if (free_width < 0)
        return FALSE;
      for (guint i = 0; i < self->n_columns; i++)
        if (!fixed[i] && free_width * want[i] / free_want < min[i])
          {
            fixed[i] = TRUE;
            changed = TRUE;
          }
    }
  for (guint i = 0; i < self->n_columns; i++)
    {
      if (free_want > 0)
        self->col_w[i] = fixed[i] ? min[i] : free_width * want[i] / free_want;
      else  /* every column at its minimum: share the rest by minimum */
        self->col_w[i] = min[i] + free_width * min[i] / (self->table_width - free_width);
      self->col_x[i] = x;
      x += self->col_w[i];
    }
  return TRUE;
}

static void
set_font_size (FyLedgerPages *self, double size)
{
  pango_font_description_set_size (self->cell_font, (int) (size * PANGO_SCALE));
  pango_font_description_set_size (self->bold_font, (int) (size * PANGO_SCALE));
  pango_font_description_set_size (self->note_font, (int) ((size - 1) * PANGO_SCALE));
}

/* Sans 9 when the columns fit; a wide ledger (a month of days) steps the
 * font down to 7 pt rather than breaking its values; past that it wraps. */
static void
setup_columns (FyLedgerPages *self)
{
  static const double sizes[] = { 9, 8, 7 };
  gboolean fits = FALSE;

  self->col_x = g_new0 (double, MAX (self->n_columns, 1));
  self->col_w = g_new0 (double, MAX (self->n_columns, 1));
  self->cells = g_new0 (PangoLayout *, MAX (self->n_columns, 1));
  for (guint s = 0; s < G_N_ELEMENTS (sizes) && !fits; s++)
    {
      set_font_size (self, sizes[s]);
      fits = allocate_widths (self, FALSE);
    }
  if (!fits)
    allocate_widths (self, TRUE);
  for (guint i = 0; i < self->n_columns; i++)
    self->cells[i] = new_layout (self, self->cell_font, self->col_w[i] - 2 * PAD_X,
                                 pango_align (fy_ledger_get_column (self->ledger, i)->align));
}

/* Heights of the fixed parts: title block, header rows, footer, note. */
static void
measure_frame (FyLedgerPages *self)
{
  const char *note = fy_ledger_get_note (self->ledger);
  double inner_w;

  self->title_h = text_height (self, self->title_font, self->title, self->table_width);
  self->info_h = text_height (self, self->cell_font, self->info_left, self->table_width / 3);
  self->info_h = MAX (self->info_h, text_height (self, self->cell_font,
                                                 fy_ledger_get_period_text (self->ledger),
                                                 self->table_width / 3));
  self->info_h = MAX (self->info_h, text_height (self, self->cell_font, self->info_right, self->table_width / 3));

  /* Group row: the tallest group label over its span. */
  self->group_h = 0;
  if (fy_ledger_has_groups (self->ledger))
    for (guint i = 0; i < self->n_columns; i++)
      {
        guint last = group_end (self, i);
        if (column_group (self, i))
          {
            inner_w = span_width (self, i, last) - 2 * PAD_X;
            self->group_h = MAX (self->group_h,
                                 text_height (self, self->bold_font, column_group (self, i), inner_w) + 2 * PAD_Y);
          }
        i = last;
      }

  /* Column headers; one without a group spans both rows. */
  self->header_h = text_height (self, self->bold_font, "", -1) + 2 * PAD_Y;
  for (guint i = 0; i < self->n_columns; i++)
    {
      const FyLedgerColumn *col = fy_ledger_get_column (self->ledger, i);
      double h = text_height (self, self->bold_font, col->header, self->col_w[i] - 2 * PAD_X) + 2 * PAD_Y;

      if (self->group_h > 0 && column_group (self, i) == NULL)
        h -= self->group_h;
      self->header_h = MAX (self->header_h, h);
    }

  self->footer_h = MAX (text_height (self, self->cell_font, self->footer_left, self->table_width * 0.75),
                        text_height (self, self->cell_font, "0", -1));
  self->note_h = note && *note ? text_height (self, self->note_font, note, self->table_width) : 0;
  self->empty_h = text_height (self, self->cell_font, _("No records"), -1) + 2 * PAD_Y;

  self->body_top = MARGIN + self->title_h + GAP / 2 + self->info_h + GAP + self->group_h + self->header_h;
  self->body_bottom = self->page_height - MARGIN - self->footer_h - GAP;
}

/* Sets the row's text into the column layouts and returns its height,
 * never taller than a page body (a giant cell is clipped, not looped on). */
static double
measure_row (FyLedgerPages *self, FyLedgerCursor *cursor)
{
  double height = 0;

  for (guint i = 0; i < self->n_columns; i++)
    {
      PangoLayout *layout = self->cells[i];
      int h = 0;

      pango_layout_set_font_description (layout, fy_ledger_cursor_is_highlighted (cursor, i)
                                                 ? self->bold_font : self->cell_font);
      pango_layout_set_text (layout, fy_ledger_cursor_get_text (cursor, i), -1);
      pango_layout_get_size (layout, NULL, &h);
      height = MAX (height, (double) h / PANGO_SCALE);
    }
  height += 2 * PAD_Y;
  return MIN (height, self->body_bottom - self->body_top);
}

static FyLedgerPages *
pages_new (FyLedger *ledger, double page_width, double page_height)
{
  FyLedgerPages *self = g_new0 (FyLedgerPages, 1);
  g_autofree char *today = fy_today ();
  const char *company = fy_ledger_get_company (ledger);
  const char *preparer = fy_ledger_get_preparer (ledger);
  const char *reviewer = fy_ledger_get_reviewer (ledger);
  g_autofree char *prepared_by = NULL;
  g_autofree char *reviewed_by = NULL;
  g_autofree char *date = NULL;
  cairo_font_options_t *options;

  self->ledger = ledger;
  self->page_width = page_width;
  self->page_height = page_height;
  self->table_width = page_width - 2 * MARGIN;
  self->n_columns = fy_ledger_get_n_columns (ledger);
  self->starts = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* A per-thread font map (pango >= 1.32.6), so an export thread is safe. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  self->cell_font = pango_font_description_from_string (CELL_FONT);
  self->bold_font = pango_font_description_from_string (BOLD_FONT);
  self->title_font = pango_font_description_from_string (TITLE_FONT);
  self->note_font = pango_font_description_from_string (NOTE_FONT);
  self->layout = new_layout (self, self->cell_font, -1, PANGO_ALIGN_LEFT);

  if (company && *company)
    /* TRANSLATORS: title of a printed ledger: company name, then the ledger
       title. Chinese puts no space between them: "%1$s%2$s". */
    self->title = g_strdup_printf (C_("printed title", "%1$s %2$s"), company, fy_ledger_get_title (ledger));
  else
    self->title = g_strdup (fy_ledger_get_title (ledger));
  /* TRANSLATORS: the unit (company) line above a printed ledger: 单位名称：%s */
  self->info_left = g_strdup_printf (_("Unit: %s"), company && *company ? company : BLANK);
  /* TRANSLATORS: the date a printed ledger was made: 制表日期：%s */
  self->info_right = g_strdup_printf (_("Prepared on: %s"), today);
  /* TRANSLATORS: signature line under a printed ledger: 填表人：%s */
  prepared_by = g_strdup_printf (_("Prepared by: %s"), preparer && *preparer ? preparer : BLANK);
  /* TRANSLATORS: signature line under a printed ledger: 审核人：%s */
  reviewed_by = g_strdup_printf (_("Reviewed by: %s"), reviewer && *reviewer ? reviewer : BLANK);
  /* TRANSLATORS: signature line under a printed ledger, left blank to sign: 日期：%s */
  date = g_strdup_printf (_("Date: %s"), BLANK);
  self->footer_left = g_strdup_printf ("%s      %s      %s", prepared_by, reviewed_by, date);

  setup_columns (self);
  measure_frame (self);
  return self;
}

/* Walks the rows once; remembers where each page starts. */
FyLedgerPages *
fy_ledger_paginate_with_progress (FyLedger               *ledger,
                                  double                  page_width,
                                  double                  page_height,
                                  const FyPagesProgress  *progress,
                                  GError                **error)
{
  g_autoptr(FyLedgerPages) self = NULL;
  g_autoptr(FyLedgerCursor) cursor = NULL;
  g_autoptr(GError) local = NULL;
  double available, y = 0;
  gint64 row = 0, zero = 0;

  g_return_val_if_fail (ledger != NULL, NULL);

  if (page_width <= 2 * MARGIN || page_height <= 2 * MARGIN)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The page is too small to print this ledger. Choose a larger paper size "
                             "or landscape orientation."));
      return NULL;
    }
  self = pages_new (ledger, page_width, page_height);
  available = self->body_bottom - self->body_top;
  if (available < MAX (self->empty_h, 2 * PAD_Y + 12))
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID,
                           _("The page is too small to print this ledger. Choose a larger paper size "
                             "or landscape orientation."));
      return NULL;
    }

  g_array_append_val (self->starts, zero);
  cursor = fy_ledger_query (ledger, 0, -1, error);
  if (cursor == NULL)
    return NULL;
  while (fy_ledger_cursor_next (cursor, &local))
    {
      double h = measure_row (self, cursor);

      if (y > 0 && y + h > available)
        {
          g_array_append_val (self->starts, row);
          y = 0;
        }
      y += h;
      row++;
      if (progress && (row & 63) == 0)
        {
          if (fy_ledger_cancelled (progress->cancellable, error))
            return NULL;
          if (progress->func && progress->total > 0)
            progress->func (progress->from + (progress->to - progress->from)
                            * MIN (1.0, (double) row / progress->total), progress->user_data);
        }
    }
  if (local)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  self->n_rows = row;
  if (row == 0)
    y = self->empty_h;

  /* The note goes under the table on the last page; if it does not fit,
   * the last row moves with it to a new page (a page never holds only a note
   * unless its one row already fills it). */
  if (self->note_h > 0 && y + GAP + self->note_h > available)
    {
      gint64 last_start = g_array_index (self->starts, gint64, self->starts->len - 1);
      gint64 next = row - last_start >= 2 ? row - 1 : row;

      if (row > 0)
        g_array_append_val (self->starts, next);
    }
  return g_steal_pointer (&self);
}

FyLedgerPages *
fy_ledger_paginate (FyLedger *ledger, double page_width, double page_height, GError **error)
{
  return fy_ledger_paginate_with_progress (ledger, page_width, page_height, NULL, error);
}

guint
fy_ledger_pages_get_n_pages (FyLedgerPages *pages)
{
  g_return_val_if_fail (pages != NULL, 0);
  return pages->starts->len;
}

void
fy_ledger_pages_free (FyLedgerPages *pages)
{
  if (pages == NULL)
    return;
  g_clear_pointer (&pages->cursor, fy_ledger_cursor_free);
  for (guint i = 0; pages->cells && i < pages->n_columns; i++)
    g_clear_object (&pages->cells[i]);
  g_free (pages->cells);
  g_free (pages->col_x);
  g_free (pages->col_w);
  g_clear_object (&pages->layout);
  g_clear_object (&pages->context);
  g_clear_pointer (&pages->cell_font, pango_font_description_free);
  g_clear_pointer (&pages->bold_font, pango_font_description_free);
  g_clear_pointer (&pages->title_font, pango_font_description_free);
  g_clear_pointer (&pages->note_font, pango_font_description_free);
  g_free (pages->title);
  g_free (pages->info_left);
  g_free (pages->info_right);
  g_free (pages->footer_left);
  g_array_unref (pages->starts);
  g_free (pages);
}

/* ---- drawing ---------------------------------------------------------- */

/* Shows `layout` at (x, y), clipped to the box if it would spill out. */
static void
show_layout (cairo_t *cr, PangoLayout *layout, double x, double y, double box_w, double box_h)
{
  int w = 0, h = 0;
  gboolean clip;

  pango_layout_get_size (layout, &w, &h);
  clip = (double) h / PANGO_SCALE > box_h + 0.01
         || (double) w / PANGO_SCALE > box_w + 0.01;
  if (clip)
    {
      cairo_save (cr);
      cairo_rectangle (cr, x, y, box_w, box_h);
      cairo_clip (cr);
    }
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  if (clip)
    cairo_restore (cr);
}

/* One line of text in the scratch layout, aligned within [x, x + width]. */
static void
draw_text (FyLedgerPages *self, cairo_t *cr, const PangoFontDescription *font, const char *text,
           double x, double y, double width, PangoAlignment align)
{
  pango_layout_set_font_description (self->layout, font);
  pango_layout_set_width (self->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (self->layout, align);
  pango_layout_set_text (self->layout, text ? text : "", -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, self->layout);
  pango_layout_set_alignment (self->layout, PANGO_ALIGN_LEFT);
}

/* A header cell: grey fill, border, bold centred text (vertically too). */
static void
draw_header_cell (FyLedgerPages *self, cairo_t *cr, const char *text,
                  double x, double y, double w, double h)
{
  double text_h;

  cairo_rectangle (cr, x, y, w, h);
  cairo_set_source_rgb (cr, HEADER_GREY, HEADER_GREY, HEADER_GREY);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_stroke (cr);

  text_h = text_height (self, self->bold_font, text, w - 2 * PAD_X);
  pango_layout_set_alignment (self->layout, PANGO_ALIGN_CENTER);
  show_layout (cr, self->layout, x + PAD_X, y + MAX (PAD_Y, (h - text_h) / 2),
               w - 2 * PAD_X, h - 2 * PAD_Y);
  pango_layout_set_alignment (self->layout, PANGO_ALIGN_LEFT);
}

static void
draw_title_block (FyLedgerPages *self, cairo_t *cr)
{
  double x = MARGIN, y = MARGIN, third = self->table_width / 3;

  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (self, cr, self->title_font, self->title, x, y, self->table_width, PANGO_ALIGN_CENTER);
  y += self->title_h + GAP / 2;
  draw_text (self, cr, self->cell_font, self->info_left, x, y, third, PANGO_ALIGN_LEFT);
  draw_text (self, cr, self->cell_font, fy_ledger_get_period_text (self->ledger),
             x + third, y, third, PANGO_ALIGN_CENTER);
  draw_text (self, cr, self->cell_font, self->info_right, x + 2 * third, y, third, PANGO_ALIGN_RIGHT);
}

static void
draw_headers (FyLedgerPages *self, cairo_t *cr)
{
  double top = self->body_top - self->header_h - self->group_h;

  for (guint i = 0; i < self->n_columns; i++)
    {
      const FyLedgerColumn *col = fy_ledger_get_column (self->ledger, i);

      if (self->group_h > 0 && column_group (self, i) == NULL)
        {
          /* No group: the header spans both header rows. */
          draw_header_cell (self, cr, col->header, self->col_x[i], top, self->col_w[i],
                            self->group_h + self->header_h);
          continue;
        }
      if (self->group_h > 0 && (i == 0 || g_strcmp0 (column_group (self, i - 1), column_group (self, i)) != 0))
        {
          guint last = group_end (self, i);
          draw_header_cell (self, cr, column_group (self, i), self->col_x[i], top,
                            span_width (self, i, last), self->group_h);
        }
      draw_header_cell (self, cr, col->header, self->col_x[i], top + self->group_h, self->col_w[i],
                        self->header_h);
    }
}

/* Draws the row whose text measure_row() just set into the layouts. */
static void
draw_row (FyLedgerPages *self, cairo_t *cr, FyLedgerCursor *cursor, double y, double h)
{
  for (guint i = 0; i < self->n_columns; i++)
    {
      PangoLayout *layout = self->cells[i];
      int text_h = 0;
      double inner_h = h - 2 * PAD_Y;

      pango_layout_get_size (layout, NULL, &text_h);
      if (fy_ledger_cursor_is_highlighted (cursor, i))
        cairo_set_source_rgb (cr, HIGHLIGHT_R, HIGHLIGHT_G, HIGHLIGHT_B);
      else
        cairo_set_source_rgb (cr, 0, 0, 0);
      /* Vertically centred, as on paper forms. */
      show_layout (cr, layout, self->col_x[i] + PAD_X,
                   y + PAD_Y + MAX (0, (inner_h - (double) text_h / PANGO_SCALE) / 2),
                   self->col_w[i] - 2 * PAD_X, inner_h);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, MARGIN, y + h);
  cairo_line_to (cr, MARGIN + self->table_width, y + h);
  cairo_stroke (cr);
}

static void
draw_footer (FyLedgerPages *self, cairo_t *cr, guint page_index)
{
  g_autofree char *page = NULL;
  double y = self->page_height - MARGIN - self->footer_h;

  /* TRANSLATORS: page footer of a printed ledger: 第 %u 页 共 %u 页 */
  page = g_strdup_printf (_("Page %u of %u"), page_index + 1, self->starts->len);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (self, cr, self->cell_font, self->footer_left, MARGIN, y, self->table_width * 0.75,
             PANGO_ALIGN_LEFT);
  draw_text (self, cr, self->cell_font, page, MARGIN + self->table_width * 0.75, y,
             self->table_width * 0.25, PANGO_ALIGN_RIGHT);
}

gboolean
fy_ledger_check_cairo (cairo_status_t status, GError **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  if (status == CAIRO_STATUS_NO_MEMORY)
    g_set_error_literal (error, FY_ERROR, FY_ERROR_FAILED,
                         _("There is not enough memory to draw the pages. Close other programs or "
                           "choose a shorter period."));
  else
    g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                 _("The pages could not be drawn (%s). Please report this problem."),
                 cairo_status_to_string (status));
  return FALSE;
}

gboolean
fy_ledger_pages_draw (FyLedgerPages *pages, cairo_t *cr, guint page_index, GError **error)
{
  g_autoptr(GError) local = NULL;
  gint64 start, end;
  double y;
  gboolean last;

  g_return_val_if_fail (pages != NULL, FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (page_index < pages->starts->len, FALSE);

  last = page_index + 1 == pages->starts->len;
  start = g_array_index (pages->starts, gint64, page_index);
  end = last ? pages->n_rows : g_array_index (pages->starts, gint64, page_index + 1);

  /* Never cairo_paint(): the caller may have drawn on this page already. */
  cairo_save (cr);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  draw_title_block (pages, cr);
  draw_headers (pages, cr);

  y = pages->body_top;
  if (pages->n_rows == 0)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_text (pages, cr, pages->cell_font, _("No records"), MARGIN, y + PAD_Y, pages->table_width,
                 PANGO_ALIGN_CENTER);
      y += pages->empty_h;
      cairo_move_to (cr, MARGIN, y);
      cairo_line_to (cr, MARGIN + pages->table_width, y);
      cairo_stroke (cr);
    }
  else if (end > start)
    {
      /* Pages drawn in order (export, printing) continue one cursor: a
       * fresh query per page would sort the whole ledger again for each
       * page. Any other page starts a new query at its first row. */
      if (pages->cursor == NULL || pages->cursor_row != start)
        {
          g_clear_pointer (&pages->cursor, fy_ledger_cursor_free);
          pages->cursor = fy_ledger_query (pages->ledger, start, -1, error);
          pages->cursor_row = start;
          if (pages->cursor == NULL)
            {
              cairo_restore (cr);
              return FALSE;
            }
        }
      for (gint64 row = start; row < end; row++)
        {
          double h;

          if (!fy_ledger_cursor_next (pages->cursor, &local))
            break;
          h = measure_row (pages, pages->cursor);
          draw_row (pages, cr, pages->cursor, y, h);
          y += h;
          pages->cursor_row++;
        }
      if (local)
        {
          g_clear_pointer (&pages->cursor, fy_ledger_cursor_free);
          cairo_restore (cr);
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
    }

  /* Vertical rules of the body (the header cells have their own borders). */
  if (y > pages->body_top)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      for (guint i = 0; i <= pages->n_columns; i++)
        {
          double x = i < pages->n_columns ? pages->col_x[i] : MARGIN + pages->table_width;
          /* Only the outer rules around the "no records" line. */
          if (pages->n_rows == 0 && i > 0 && i < pages->n_columns)
            continue;
          cairo_move_to (cr, x, pages->body_top);
          cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);
    }

  if (last && pages->note_h > 0)
    {
      double room = pages->body_bottom - (y + GAP);

      pango_layout_set_font_description (pages->layout, pages->note_font);
      pango_layout_set_width (pages->layout, (int) (pages->table_width * PANGO_SCALE));
      pango_layout_set_text (pages->layout, fy_ledger_get_note (pages->ledger), -1);
      cairo_set_source_rgb (cr, 0, 0, 0);
      if (room > 0)
        show_layout (cr, pages->layout, MARGIN, y + GAP, pages->table_width, room);
    }

  draw_footer (pages, cr, page_index);
  cairo_restore (cr);
  return fy_ledger_check_cairo (cairo_status (cr), error);
}
