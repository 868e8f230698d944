/* SPDX-License-Identifier: GPL-3.0-or-later */
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
 * an image surface or a printer's context of any resolution. Drawing a page
 * is in fy-ledger-pages-draw.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "fy-error.h"
#include "fy-ledger-pages-impl.h"
#include "fy-validate.h"

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
double
fy_pages_text_height (FyLedgerPages *self, const PangoFontDescription *font, const char *text, double width)
{
  int h = 0;

  pango_layout_set_font_description (self->layout, font);
  pango_layout_set_width (self->layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_text (self->layout, text ? text : "", -1);
  pango_layout_get_size (self->layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

/* Width in points of `text` on one line. */
double
fy_pages_text_width (FyLedgerPages *self, const PangoFontDescription *font, const char *text)
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
const char *
fy_pages_column_group (FyLedgerPages *self, guint i)
{
  const FyLedgerColumn *col = fy_ledger_get_column (self->ledger, i);
  return col->group && *col->group ? col->group : NULL;
}

/* Column i is printed in the current band. */
gboolean
fy_pages_in_band (FyLedgerPages *self, guint i)
{
  return self->bands.n_bands == 0 || i < self->bands.n_lead
         || (i >= self->bands.first[self->band] && i <= self->bands.last[self->band]);
}

void
fy_pages_use_band (FyLedgerPages *self, guint band)
{
  self->band = band;
  self->col_x = self->band_x[band];
  self->col_w = self->band_w[band];
  self->cells = self->band_cells[band];
}

/* Last column of the group run that starts at i. */
guint
fy_pages_group_end (FyLedgerPages *self, guint i)
{
  const char *group = fy_pages_column_group (self, i);
  guint j = i;

  while (group && j + 1 < self->n_columns && g_strcmp0 (fy_pages_column_group (self, j + 1), group) == 0)
    j++;
  return j;
}

double
fy_pages_span_width (FyLedgerPages *self, guint first, guint last)
{
  return self->col_x[last] + self->col_w[last] - self->col_x[first];
}

/* The narrowest a column may be: values of a known shape (dates,
 * temperatures, numbers, ID numbers, phones, names, plates) stay on one line, so
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
    case FY_COLUMN_NUMBER:      sample = "000"; break;
    default: break;
    }
  /* A person's name: room for four Chinese characters. Without a floor a
   * wide ledger (the roster with its zone column) squeezed every name to
   * "员工" over "120", and a name is what a reader looks a row up by. */
  if (g_strcmp0 (col->key, "name") == 0 && col->type == FY_COLUMN_TEXT)
    sample = "欧阳小明";
  /* A number plate (the gate's registers) is looked up like a name: room
   * for a new-energy plate of eight with a wide letter (苏BW8270 broke when
   * the column had only the room of 苏E12345). */
  if (g_strcmp0 (col->key, "plate") == 0 && col->type == FY_COLUMN_TEXT)
    sample = "苏AW12345";
  if (col->sensitive == FY_SENSITIVE_ID)
    sample = "110105000000000000";
  else if (col->sensitive == FY_SENSITIVE_PHONE)
    sample = "13800000000";

  if (sample == NULL)
    return 0;
  /* Bold: a highlighted value is wider. */
  return fy_pages_text_width (self, self->bold_font, sample) + 2 * self->pad_x;
}

/* How a column's minimum is counted: none (widths proportional only), the
 * values of a known shape, or those plus a share of the definition's width
 * for every other column (so that a text column keeps a few characters). */
typedef enum
{
  MIN_NONE,
  MIN_SHAPED,
  MIN_THIRD,    /* shaped, and a third of the width of other columns */
  MIN_HALF,     /* shaped, and half of it */
} MinKind;

static double
soft_min_width (FyLedgerPages *self, const FyLedgerColumn *col, double shaped, double share)
{
  double digit = fy_pages_text_width (self, self->cell_font, "0");

  return MAX (shaped, (col->width > 0 ? col->width : 10) * digit * share + 2 * self->pad_x);
}

/* Column widths proportional to the definition's, but never below a
 * column's minimum: columns that would be too narrow get their minimum and
 * the rest share what is left (repeat until stable). FALSE if the minimums
 * alone are wider than the table. */
static gboolean
allocate_widths (FyLedgerPages *self, MinKind kind)
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
      min[i] = kind == MIN_NONE ? 0 : column_min_width (self, col);
      if (kind >= MIN_THIRD)
        min[i] = soft_min_width (self, col, min[i], kind == MIN_HALF ? 0.5 : 1.0 / 3);
      fixed[i] = FALSE;
      if (!fy_pages_in_band (self, i))
        want[i] = min[i] = 0;   /* on another band's page */
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
      if (!fy_pages_in_band (self, i))
        self->col_w[i] = 0;
      else if (free_want > 0)
        self->col_w[i] = fixed[i] ? min[i] : free_width * want[i] / free_want;
      else  /* every column at its minimum: share the rest by minimum */
        self->col_w[i] = min[i] + free_width * min[i] / (self->table_width - free_width);
      self->col_x[i] = x;
      x += self->col_w[i];
    }
  return TRUE;
}

/* Where a third of every text column's width still fits but not half of
 * it, the text columns cannot all be one line: share their room by what the
 * rows hold rather than by the .xlsx widths (fy-ledger-fit.c). The layout of
 * the third stays when that cannot be done (no rows). */
static gboolean
fit_by_content (FyLedgerPages *self)
{
  g_autofree double *shaped = g_new0 (double, MAX (self->n_columns, 1));
  g_autofree double *split = g_new0 (double, MAX (self->n_columns, 1));

  /* Narrow padding, as in bands: 27 columns spent 160 pt on it. */
  self->pad_x = NARROW_PAD_X;
  for (guint i = 0; i < self->n_columns; i++)
    {
      const FyLedgerColumn *col = fy_ledger_get_column (self->ledger, i);

      shaped[i] = split[i] = column_min_width (self, col);
      /* A date-time broken before its time: the date stays whole. */
      if (col->type == FY_COLUMN_DATETIME)
        split[i] = fy_pages_text_width (self, self->bold_font, "2026-12-31") + 2 * self->pad_x;
    }
  if (fy_pages_fit_by_content (self, shaped, split))
    return TRUE;
  self->pad_x = PAD_X;
  return FALSE;
}

static void
set_font_size (FyLedgerPages *self, double size)
{
  pango_font_description_set_size (self->cell_font, (int) (size * PANGO_SCALE));
  pango_font_description_set_size (self->bold_font, (int) (size * PANGO_SCALE));
  pango_font_description_set_size (self->note_font, (int) ((size - 1) * PANGO_SCALE));
}

static void
alloc_bands (FyLedgerPages *self, guint n_bands)
{
  self->n_bands = n_bands;
  self->band_x = g_new0 (double *, n_bands);
  self->band_w = g_new0 (double *, n_bands);
  self->band_cells = g_new0 (PangoLayout **, n_bands);
  for (guint b = 0; b < n_bands; b++)
    {
      self->band_x[b] = g_new0 (double, MAX (self->n_columns, 1));
      self->band_w[b] = g_new0 (double, MAX (self->n_columns, 1));
      self->band_cells[b] = g_new0 (PangoLayout *, MAX (self->n_columns, 1));
    }
  self->cursors = g_new0 (FyLedgerCursor *, n_bands);
  self->cursor_rows = g_new0 (gint64, n_bands);
  fy_pages_use_band (self, 0);
}

/* Bands for a grouped ledger that does not fit at the smallest size: the
 * size that needs the fewest bands (the larger one on a tie), narrow
 * padding. A text column counts half its wanted width as its minimum here
 * so that names do not shrink to nothing. */
static gboolean
plan_bands (FyLedgerPages *self, const double *sizes, guint n_sizes)
{
  g_autofree double *min_w = g_new0 (double, MAX (self->n_columns, 1));
  g_autofree const char **groups = g_new0 (const char *, MAX (self->n_columns, 1));
  FyLedgerBands best = { 0 };
  double best_size = 0;

  if (!fy_ledger_has_groups (self->ledger))
    return FALSE;
  self->pad_x = NARROW_PAD_X;
  for (guint i = 0; i < self->n_columns; i++)
    groups[i] = fy_pages_column_group (self, i);
  for (guint s = 0; s < n_sizes; s++)
    {
      FyLedgerBands bands = { 0 };
      double digit;

      set_font_size (self, sizes[s]);
      digit = fy_pages_text_width (self, self->cell_font, "0");
      for (guint i = 0; i < self->n_columns; i++)
        {
          const FyLedgerColumn *col = fy_ledger_get_column (self->ledger, i);
          double soft = (col->width > 0 ? col->width : 10) * digit / 2 + 2 * self->pad_x;
          min_w[i] = MAX (column_min_width (self, col), soft);
        }
      if (fy_ledger_plan_bands (min_w, groups, self->n_columns, self->table_width, &bands)
          && (best.n_bands == 0 || bands.n_bands < best.n_bands))
        {
          fy_ledger_bands_clear (&best);
          best = bands;
          best_size = sizes[s];
        }
      else
        fy_ledger_bands_clear (&bands);
    }
  if (best.n_bands == 0)
    {
      self->pad_x = PAD_X;
      return FALSE;
    }
  set_font_size (self, best_size);
  self->bands = best;
  return TRUE;
}

/* Sans 9 when the columns fit; a wide ledger steps the font down to 7 pt
 * rather than breaking its values — first keeping every text column at
 * half its width, then at 7 pt a third (many text columns beside an ID
 * number and a date-time were squeezed to a character each at 9 pt), then
 * values of a known shape only; a wide ledger with column groups (a month of days) is then printed
 * in bands of pages; past that it wraps. Once the font has stepped down,
 * the text columns share their room by what the rows hold
 * (fit_by_content) where the try would have shared it by the .xlsx
 * widths. */
static void
setup_columns (FyLedgerPages *self)
{
  static const double sizes[] = { 9, 8, 7 };
  static const struct { MinKind kind; double size; } tries[] = {
    { MIN_HALF, 9 }, { MIN_HALF, 8 }, { MIN_HALF, 7 }, { MIN_THIRD, 7 },
    { MIN_SHAPED, 9 }, { MIN_SHAPED, 8 }, { MIN_SHAPED, 7 },
  };
  gboolean fits = FALSE;

  self->pad_x = PAD_X;
  alloc_bands (self, 1);
  for (guint t = 0; t < G_N_ELEMENTS (tries) && !fits; t++)
    {
      set_font_size (self, tries[t].size);
      fits = allocate_widths (self, tries[t].kind);
      if (fits && t > 0)
        {
          /* Past half widths, at the smallest size: the fit saves lines
           * there, not characters. The try's layout when it cannot fit. */
          if (tries[t].kind != MIN_HALF)
            set_font_size (self, sizes[G_N_ELEMENTS (sizes) - 1]);
          if (!fit_by_content (self) && tries[t].kind != MIN_HALF)
            {
              set_font_size (self, tries[t].size);
              allocate_widths (self, tries[t].kind);
            }
        }
    }
  if (!fits && plan_bands (self, sizes, G_N_ELEMENTS (sizes)))
    {
      g_free (self->band_x[0]);
      g_free (self->band_w[0]);
      g_free (self->band_cells[0]);
      g_free (self->band_x);
      g_free (self->band_w);
      g_free (self->band_cells);
      g_free (self->cursors);
      g_free (self->cursor_rows);
      alloc_bands (self, self->bands.n_bands);
      fits = TRUE;
      for (guint b = 0; b < self->n_bands; b++)
        {
          fy_pages_use_band (self, b);
          fits &= allocate_widths (self, MIN_SHAPED);
        }
      fy_pages_use_band (self, 0);
    }
  if (!fits)
    for (guint b = 0; b < self->n_bands; b++)
      {
        fy_pages_use_band (self, b);
        allocate_widths (self, MIN_NONE);
      }
  for (guint b = 0; b < self->n_bands; b++)
    {
      fy_pages_use_band (self, b);
      for (guint i = 0; i < self->n_columns; i++)
        if (fy_pages_in_band (self, i))
          self->cells[i] = new_layout (self, self->cell_font, self->col_w[i] - 2 * self->pad_x,
                                       pango_align (fy_ledger_get_column (self->ledger, i)->align));
    }
  fy_pages_use_band (self, 0);
}

/* Heights of the fixed parts: title block, header rows, footer, note. */
static void
measure_frame (FyLedgerPages *self)
{
  const char *note = fy_ledger_get_note (self->ledger);
  double inner_w;

  self->title_h = fy_pages_text_height (self, self->title_font, self->title, self->table_width);
  self->info_h = fy_pages_text_height (self, self->cell_font, self->info_left, self->table_width / 3);
  self->info_h = MAX (self->info_h, fy_pages_text_height (self, self->cell_font,
                                                 fy_ledger_get_period_text (self->ledger),
                                                 self->table_width / 3));
  self->info_h = MAX (self->info_h, fy_pages_text_height (self, self->cell_font, self->info_right, self->table_width / 3));

  /* Group row: the tallest group label over its span (on any band). */
  self->group_h = 0;
  if (fy_ledger_has_groups (self->ledger))
    for (guint b = 0; b < self->n_bands; b++)
      {
        fy_pages_use_band (self, b);
        for (guint i = 0; i < self->n_columns; i++)
          {
            guint last = fy_pages_group_end (self, i);
            if (fy_pages_column_group (self, i) && fy_pages_in_band (self, i))
              {
                inner_w = fy_pages_span_width (self, i, last) - 2 * self->pad_x;
                self->group_h = MAX (self->group_h, fy_pages_text_height (self, self->bold_font, fy_pages_column_group (self, i),
                                                                 inner_w) + 2 * PAD_Y);
              }
            i = last;
          }
      }

  /* Column headers; one without a group spans both rows. */
  self->header_h = fy_pages_text_height (self, self->bold_font, "", -1) + 2 * PAD_Y;
  for (guint b = 0; b < self->n_bands; b++)
    {
      fy_pages_use_band (self, b);
      for (guint i = 0; i < self->n_columns; i++)
        {
          const FyLedgerColumn *col = fy_ledger_get_column (self->ledger, i);
          double h;

          if (!fy_pages_in_band (self, i))
            continue;
          h = fy_pages_text_height (self, self->bold_font, col->header, self->col_w[i] - 2 * self->pad_x) + 2 * PAD_Y;
          if (self->group_h > 0 && fy_pages_column_group (self, i) == NULL)
            h -= self->group_h;
          self->header_h = MAX (self->header_h, h);
        }
    }
  fy_pages_use_band (self, 0);

  self->footer_h = MAX (fy_pages_text_height (self, self->cell_font, self->footer_left, self->table_width * 0.75),
                        fy_pages_text_height (self, self->cell_font, "0", -1));
  self->note_h = note && *note ? fy_pages_text_height (self, self->note_font, note, self->table_width) : 0;
  self->empty_h = fy_pages_text_height (self, self->cell_font, _("No records"), -1) + 2 * PAD_Y;

  self->body_top = MARGIN + self->title_h + GAP / 2 + self->info_h + GAP + self->group_h + self->header_h;
  self->body_bottom = self->page_height - MARGIN - self->footer_h - GAP;
}

/* Sets the row's text into the column layouts and returns its height,
 * never taller than a page body (a giant cell is clipped, not looped on). */
double
fy_pages_measure_row (FyLedgerPages *self, FyLedgerCursor *cursor)
{
  double height = 0;

  /* Every band: a row is as tall on all the pages of its row of pages. */
  for (guint k = 0; k < self->n_bands * self->n_columns; k++)
    {
      guint b = k / self->n_columns, i = k % self->n_columns;

      if (self->band_cells[b][i] == NULL)
        continue;
      height = MAX (height, fy_ledger_measure_text (self->measure, fy_ledger_cursor_get_text (cursor, i),
                                                    self->band_w[b][i] - 2 * self->pad_x,
                                                    fy_ledger_cursor_is_highlighted (cursor, i), NULL));
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

  self->ledger = ledger;
  self->page_width = page_width;
  self->page_height = page_height;
  self->table_width = page_width - 2 * MARGIN;
  self->n_columns = fy_ledger_get_n_columns (ledger);
  self->starts = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->context = fy_ledger_measure_context_new ();

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
  self->footer_left = fy_ledger_get_signature_line (ledger)
                      ? g_strdup (fy_ledger_get_signature_line (ledger))
                      : g_strdup_printf ("%s      %s      %s", prepared_by, reviewed_by, date);
  if (fy_ledger_get_company_line (ledger))
    {
      g_free (self->info_left);
      self->info_left = g_strdup (fy_ledger_get_company_line (ledger));
    }

  setup_columns (self);
  self->measure = fy_ledger_measure_new (self->context, self->cell_font, self->bold_font);
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
      double h = fy_pages_measure_row (self, cursor);

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
  return pages->starts->len * pages->n_bands;
}

void
fy_ledger_pages_free (FyLedgerPages *pages)
{
  if (pages == NULL)
    return;
  for (guint b = 0; b < pages->n_bands; b++)
    {
      g_clear_pointer (&pages->cursors[b], fy_ledger_cursor_free);
      for (guint i = 0; i < pages->n_columns; i++)
        g_clear_object (&pages->band_cells[b][i]);
      g_free (pages->band_cells[b]);
      g_free (pages->band_x[b]);
      g_free (pages->band_w[b]);
    }
  g_free (pages->band_cells);
  g_free (pages->band_x);
  g_free (pages->band_w);
  g_free (pages->cursors);
  g_free (pages->cursor_rows);
  fy_ledger_bands_clear (&pages->bands);
  g_clear_pointer (&pages->measure, fy_ledger_measure_free);
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
