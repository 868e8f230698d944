/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-fit.c — the widths of a wide ledger's text columns by what they
 * hold, for printed pages (fy-ledger-pages.c).
 *
 * A register of many columns (the truck register: 27) cannot print every
 * text column on one line. Sharing the room in proportion to the .xlsx
 * widths gave 江苏苏州 room for two characters while 是（周金强） stacked one
 * character a line, so rows were five lines tall. Here the first rows are
 * sampled; each text column's typical value (a high percentile, so one long
 * remark does not take the page) is laid out at a model of the font's
 * advances, and the columns get the widths at which all of them wrap to the
 * same, smallest, number of lines. Columns of a known shape keep their
 * one-line minimum (a date-time may break before its time when that takes
 * a line off the rows); no text column is narrower than one Chinese
 * character.
 * Pure arithmetic after the sample: a few hundred cells, no Pango per cell.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fy-ledger-pages-impl.h"

#define SAMPLE_ROWS  200
#define PERCENTILE   0.9
#define MAX_LINES    64

typedef struct
{
  FyLedgerPages              *self;
  const PangoFontDescription *font;
  double ascii[95];  /* advance of each printable ASCII character, < 0: not measured yet */
  double other;      /* any other character: a CJK glyph, one em */
} Advances;

static void
advances_init (Advances *adv, FyLedgerPages *self, const PangoFontDescription *font)
{
  adv->self = self;
  adv->font = font;
  for (guint c = 0; c < 95; c++)
    adv->ascii[c] = -1;
  adv->other = fy_pages_text_width (self, font, "\xe5\x9b\xbd");   /* 国 */
}

/* The advance of printable ASCII `c`, measured when first asked for. */
static double
ascii_advance (Advances *adv, guchar c)
{
  if (adv->ascii[c - ' '] < 0)
    {
      char one[2] = { (char) c, 0 };
      adv->ascii[c - ' '] = fy_pages_text_width (adv->self, adv->font, one);
    }
  return adv->ascii[c - ' '];
}

/* Width of `text` on one line at the model's advances (the longest line
 * when it holds newlines). */
static double
model_width (Advances *adv, const char *text)
{
  double line = 0, widest = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      guchar c = (guchar) *p;

      if (c == '\n')
        {
          widest = MAX (widest, line);
          line = 0;
        }
      else if (c >= ' ' && c < 127)
        line += ascii_advance (adv, c);
      else if (c >= 0x80)
        line += adv->other;
    }
  return MAX (widest, line);
}

/* Lines `text` wraps to at `width`, as PANGO_WRAP_WORD_CHAR breaks it: a
 * run of ASCII (a word with its trailing spaces) moves whole to the next
 * line, and is broken between characters only when longer than a line;
 * a line may break before and after any other character. */
static guint
model_lines (Advances *adv, const char *text, double width)
{
  guint lines = 1;
  double x = 0;
  const char *p = text;

  while (*p)
    {
      guchar c = (guchar) *p;
      double word = 0, trimmed;
      const char *end = p;

      if (c == '\n')
        {
          lines++;
          x = 0;
          p++;
          continue;
        }
      if (c >= 0x80)
        {
          word = adv->other;
          end = g_utf8_next_char (p);
          trimmed = word;
        }
      else
        {
          for (; *end && (guchar) *end < 0x80 && *end != ' ' && *end != '\n'; end++)
            word += (guchar) *end >= ' ' ? ascii_advance (adv, (guchar) *end) : 0;
          trimmed = word;
          for (; *end == ' '; end++)
            word += ascii_advance (adv, ' ');
        }
      if (trimmed > width)
        {
          /* Longer than a line: starts a line, broken between characters. */
          if (x > 0)
            lines++;
          x = 0;
          for (const char *q = p; q < end; q++)
            {
              double a = (guchar) *q >= ' ' ? ascii_advance (adv, (guchar) *q) : 0;
              if (x > 0 && x + a > width)
                {
                  lines++;
                  x = 0;
                }
              x += a;
            }
        }
      else if (x > 0 && x + trimmed > width)
        {
          lines++;
          x = word;
        }
      else
        x += word;
      p = end;
    }
  return lines;
}

/* The narrowest width (inner, without padding) at which `text` takes at
 * most `lines` lines, between `lo` (assumed too narrow or enough) and its
 * one-line width `hi`. */
static double
width_for_lines (Advances *adv, const char *text, guint lines, double lo, double hi)
{
  if (model_lines (adv, text, lo) <= lines)
    return lo;
  for (guint step = 0; step < 14 && hi - lo > 0.1; step++)
    {
      double mid = (lo + hi) / 2;
      if (model_lines (adv, text, mid) <= lines)
        hi = mid;
      else
        lo = mid;
    }
  return hi;
}

/* Lines Pango breaks `text` into at `width` (inner) in `font`. */
static guint
pango_lines (FyLedgerPages *self, const PangoFontDescription *font, const char *text, double width)
{
  pango_layout_set_font_description (self->layout, font);
  pango_layout_set_width (self->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (self->layout, text, -1);
  return (guint) pango_layout_get_line_count (self->layout);
}

/* width_for_lines, then checked with Pango, which also keeps punctuation
 * with its neighbour (（周 …): widened by half a character until it holds. */
static double
fitted_width (FyLedgerPages *self, const PangoFontDescription *font, Advances *adv,
              const char *text, guint lines, double lo, double hi)
{
  double w = width_for_lines (adv, text, lines, lo, hi);

  while (w < hi && pango_lines (self, font, text, w) > lines)
    w = MIN (hi, w + adv->other / 2);
  return w;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* The typical value of each text column (NULL for a column of a known
 * shape or one that holds nothing in the sample): the cell at the
 * PERCENTILE of the sampled non-empty cells by width. FALSE when the ledger
 * has no rows or cannot be read (then nothing is chosen by content). */
static gboolean
sample_columns (FyLedgerPages *self, Advances *adv, const gboolean *text_col, char **typical, char **longest)
{
  g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (self->ledger, 0, SAMPLE_ROWS, NULL);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint n_rows = 0;

  if (cursor == NULL)
    return FALSE;
  /* Cells column-major: column i's of row r at r * n_columns + i. */
  while (fy_ledger_cursor_next (cursor, NULL))
    {
      for (guint i = 0; i < self->n_columns; i++)
        g_ptr_array_add (texts, text_col[i] ? g_strdup (fy_ledger_cursor_get_text (cursor, i)) : NULL);
      n_rows++;
    }
  if (n_rows == 0)
    return FALSE;
  for (guint i = 0; i < self->n_columns; i++)
    {
      g_autofree double *keyed = NULL;   /* width, row: pairs */
      guint n = 0;

      if (!text_col[i])
        continue;
      keyed = g_new (double, 2 * n_rows);
      for (guint r = 0; r < n_rows; r++)
        {
          const char *text = g_ptr_array_index (texts, r * self->n_columns + i);
          if (text && *text)
            {
              keyed[2 * n] = model_width (adv, text);
              keyed[2 * n + 1] = r;
              n++;
            }
        }
      if (n > 0)
        {
          guint pick;

          qsort (keyed, n, 2 * sizeof (double), compare_doubles);
          pick = (guint) floor (PERCENTILE * (n - 1));
          typical[i] = g_strdup (g_ptr_array_index (texts, (guint) keyed[2 * pick + 1] * self->n_columns + i));
          longest[i] = g_strdup (g_ptr_array_index (texts, (guint) keyed[2 * (n - 1) + 1] * self->n_columns + i));
        }
    }
  return TRUE;
}

typedef struct
{
  FyLedgerPages *self;
  Advances       adv;       /* cell font */
  Advances       bold;      /* headers */
  gboolean      *text_col;
  char         **typical;   /* may hold NULLs */
  char         **longest;   /* the longest sampled value, or NULL */
  double        *min;
  double        *one;
  double         pad;
} Fit;

/* The fewest lines (0: none) at which every typical value fits in `avail`,
 * each text column's width for it in w[] and their total in *sum. */
static guint
fewest_lines (Fit *fit, double avail, double *w, double *sum)
{
  for (guint lines = 1; lines <= MAX_LINES; lines++)
    {
      *sum = 0;
      for (guint i = 0; i < fit->self->n_columns; i++)
        if (fit->text_col[i])
          {
            w[i] = fit->one[i];
            if (fit->typical[i] && lines > 1)
              w[i] = fitted_width (fit->self, fit->self->cell_font, &fit->adv, fit->typical[i], lines,
                                   fit->min[i] - fit->pad, fit->one[i] - fit->pad) + fit->pad;
            w[i] = CLAMP (w[i], fit->min[i], fit->one[i]);
            *sum += w[i];
          }
      if (*sum <= avail)
        return lines;
    }
  return 0;
}

/* The header row is as tall as its tallest header, on every page: part of
 * what is left after the rows goes to the text columns whose headers stack
 * more lines than the others need (7日内中高风险行程 one character a line),
 * the fewest lines that it pays for. Returns what is still left. */
static double
spend_on_headers (Fit *fit, const double *known, double *w, double left)
{
  FyLedgerPages *self = fit->self;
  g_autofree guint *now = g_new0 (guint, MAX (self->n_columns, 1));
  g_autofree double *want = g_new0 (double, MAX (self->n_columns, 1));
  guint floor_lines = 1, top = 1;

  for (guint i = 0; i < self->n_columns; i++)
    {
      const char *header = fy_ledger_get_column (self->ledger, i)->header;

      now[i] = pango_lines (self, self->bold_font, header, (fit->text_col[i] ? w[i] : known[i]) - fit->pad);
      if (fit->text_col[i])
        top = MAX (top, now[i]);
      else
        floor_lines = MAX (floor_lines, now[i]);
    }
  for (guint lines = floor_lines; lines < top; lines++)
    {
      double cost = 0;

      for (guint i = 0; i < self->n_columns && cost <= left; i++)
        {
          const char *header = fy_ledger_get_column (self->ledger, i)->header;

          want[i] = w[i];
          if (fit->text_col[i] && now[i] > lines)
            want[i] = fitted_width (self, self->bold_font, &fit->bold, header, lines, w[i] - fit->pad,
                                    model_width (&fit->bold, header) + 1) + fit->pad;
          cost += want[i] - w[i];
        }
      if (cost <= left)
        {
          for (guint i = 0; i < self->n_columns; i++)
            if (fit->text_col[i])
              w[i] = want[i];
          return left - cost;
        }
    }
  return left;
}

static int
compare_costs (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const double *cost = user_data;
  double x = cost[*(const guint *) a], y = cost[*(const guint *) b];
  return (x > y) - (x < y);
}

/* A rare long value in a column of short ones (放行（未预约） among 放行)
 * stood one character a line, its row three times as tall as the others:
 * the cheapest of them, one column after the other, get the width for
 * twice the rows' lines from what is left. A long remark costs more than
 * is left, and stays as it is. Returns what is still left. */
static double
spend_on_tails (Fit *fit, guint lines, double *w, double left)
{
  FyLedgerPages *self = fit->self;
  g_autofree double *cost = g_new0 (double, MAX (self->n_columns, 1));
  g_autofree guint *order = g_new0 (guint, MAX (self->n_columns, 1));
  guint target = 2 * lines, n = 0;

  for (guint i = 0; i < self->n_columns; i++)
    if (fit->text_col[i] && fit->longest[i]
        && model_lines (&fit->adv, fit->longest[i], w[i] - fit->pad) > target)
      {
        double hi = model_width (&fit->adv, fit->longest[i]) + 1;

        cost[i] = fitted_width (self, self->cell_font, &fit->adv, fit->longest[i], target,
                                w[i] - fit->pad, hi) + fit->pad - w[i];
        order[n++] = i;
      }
  g_qsort_with_data (order, n, sizeof (guint), compare_costs, cost);
  for (guint k = 0; k < n && cost[order[k]] <= left; k++)
    {
      w[order[k]] += cost[order[k]];
      left -= cost[order[k]];
    }
  return left;
}

static double
known_width (FyLedgerPages *self, const double *known_min)
{
  double total = 0;

  for (guint i = 0; i < self->n_columns; i++)
    total += MAX (known_min[i], 0);
  return total;
}

gboolean
fy_pages_fit_by_content (FyLedgerPages *self, const double *shaped_min, const double *split_min)
{
  g_autofree gboolean *text_col = g_new0 (gboolean, MAX (self->n_columns, 1));
  g_autofree double *min = g_new0 (double, MAX (self->n_columns, 1));
  g_autofree double *one = g_new0 (double, MAX (self->n_columns, 1));
  g_autofree double *w = g_new0 (double, MAX (self->n_columns, 1));
  g_autofree double *split_w = g_new0 (double, MAX (self->n_columns, 1));
  char **typical = g_new0 (char *, MAX (self->n_columns, 1));
  char **longest = g_new0 (char *, MAX (self->n_columns, 1));
  Fit fit = { self, { 0 }, { 0 }, text_col, typical, longest, min, one, 2 * self->pad_x };
  const double *known = shaped_min;
  double avail = self->table_width - known_width (self, shaped_min), sum = 0, split_sum = 0, deficit = 0, left;
  double x = MARGIN;
  gboolean ok = FALSE;
  guint n_text = 0, lines, split_lines;

  advances_init (&fit.adv, self, self->cell_font);
  advances_init (&fit.bold, self, self->bold_font);

  for (guint i = 0; i < self->n_columns; i++)
    {
      text_col[i] = shaped_min[i] <= 0;
      n_text += text_col[i];
    }
  if (n_text == 0 || avail <= 0 || !sample_columns (self, &fit.adv, text_col, typical, longest))
    goto out;

  /* One Chinese character at least; the typical value on one line at most. */
  for (guint i = 0; i < self->n_columns; i++)
    if (text_col[i])
      {
        min[i] = fit.adv.other + fit.pad;
        one[i] = MAX (min[i], typical[i] ? model_width (&fit.adv, typical[i]) + fit.pad : 0);
      }
  lines = fewest_lines (&fit, avail, w, &sum);
  if (lines == 0)
    goto out;

  /* Rows of several lines anyway: a date-time may break before its time if
   * that takes a line off every row. */
  if (lines > 2 && split_min)
    {
      double split_avail = self->table_width - known_width (self, split_min);

      split_lines = fewest_lines (&fit, split_avail, split_w, &split_sum);
      if (split_lines >= 2 && split_lines < lines)
        {
          known = split_min;
          avail = split_avail;
          sum = split_sum;
          lines = split_lines;
          memcpy (w, split_w, self->n_columns * sizeof (double));
        }
    }
  g_debug ("fit: %u lines, text %.1f of %.1f pt", lines, sum, avail);

  left = spend_on_headers (&fit, known, w, avail - sum);
  left = spend_on_tails (&fit, lines, w, left);
  sum = avail - left;

  /* The rest goes to the columns still wrapping, by what each lacks of one
   * line (it cannot give any all of it: one line fewer did not fit); when
   * every value is on one line, to every text column by its width. */
  for (guint i = 0; i < self->n_columns; i++)
    if (text_col[i])
      deficit += MAX (one[i] - w[i], 0);
  for (guint i = 0; i < self->n_columns; i++)
    {
      if (!text_col[i])
        self->col_w[i] = known[i];
      else if (deficit > 0.01)
        self->col_w[i] = w[i] + left * MAX (one[i] - w[i], 0) / deficit;
      else
        self->col_w[i] = w[i] + left * w[i] / sum;
      self->col_x[i] = x;
      x += self->col_w[i];
    }
  ok = TRUE;

out:
  for (guint i = 0; i < self->n_columns; i++)
    {
      g_free (typical[i]);
      g_free (longest[i]);
    }
  g_free (typical);
  g_free (longest);
  return ok;
}
