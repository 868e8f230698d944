/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-xlsx.c — a ledger as an .xlsx workbook an inspector can print:
 * title block, header repeated on every page, landscape fit to one page
 * wide, real dates and numbers, highlighted abnormal cells, row heights
 * for wrapped text and the signature line.
 *
 * Spreadsheet programs do not grow a row for wrapped text when they open a
 * file (LibreOffice and WPS print it over the next row), so every row whose
 * text wraps gets an explicit height, its lines counted at SimSun's
 * advances (fy-ledger-simsun.c) in the spreadsheet's column widths.
 *
 * libxlsxwriter runs in constant_memory mode, so rows are written strictly
 * in order and memory stays flat however long the ledger is. Every cell
 * that is not a number is written with worksheet_write_string(), so text
 * such as "=1+1" or an ID number is never a formula or a rounded number. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <xlsxwriter.h>

#include "fy-atomic-file.h"
#include "fy-error.h"
#include "fy-ledger.h"
#include "fy-ledger-simsun.h"

/* KIND_CODE: text of a fixed shape (ID numbers, phones) that the column's
 * width is made for: never wrapped, so never measured. */
enum { KIND_TEXT, KIND_CODE, KIND_NUMBER, KIND_TEMPERATURE, KIND_DATE, KIND_TIME, KIND_DATETIME, N_KINDS };

/* 宋体 (SimSun) is the font of Chinese Excel and WPS templates and of the
 * printed forms inspectors know; every Chinese Windows has it, and other
 * systems substitute their CJK font for the name. Calibri (libxlsxwriter's
 * default) has no Chinese glyphs, so the text fell back to whatever font
 * the viewer chose, with other widths than the ones the rows were sized
 * for. Size 10.5 pt is 五号, the body size of Chinese forms. */
#define FONT_NAME      "\xe5\xae\x8b\xe4\xbd\x93"   /* 宋体 */
#define FONT_SIZE      10.5
#define TITLE_SIZE     16
/* Bold SimSun is drawn emboldened, a pixel wider per glyph at 14 px:
 * counted as an em of 8/7, which covers that for the half-width glyphs
 * (and more than covers it for the CJK ones). */
#define BOLD_EM        (FONT_SIZE * 8 / 7)
/* A line of 10.5 pt CJK text: SimSun needs 13.5 pt, the CJK fonts other
 * systems substitute (Noto Sans CJK, WenQuanYi) up to 1.45 em. */
#define LINE_POINTS    (FONT_SIZE * 1.45)
#define ROW_PADDING    4.0
#define DEFAULT_ROW    15.0

typedef struct
{
  lxw_workbook  *workbook;
  lxw_worksheet *sheet;
  lxw_format    *title;
  lxw_format    *info[3];        /* left, centre, right */
  lxw_format    *header;
  lxw_format    *note;
  lxw_format    *signature;
  lxw_format    *cell[3][N_KINDS][2];   /* [align][kind][highlighted] */
  lxw_error      error;          /* the first write error */
  double        *text_w;         /* per column of the current ledger: points for text */
  GHashTable    *names;          /* sheet names used, for unique names */
} Xlsx;

#define GREY_FILL      0xD9D9D9
#define HIGHLIGHT_FONT 0xC00000
#define HIGHLIGHT_FILL 0xFFC7CE

static void
check (Xlsx *x, lxw_error err)
{
  if (err != LXW_NO_ERROR && x->error == LXW_NO_ERROR)
    x->error = err;
}

static lxw_format *
add_format (Xlsx *x)
{
  lxw_format *f = workbook_add_format (x->workbook);

  format_set_font_name (f, FONT_NAME);
  format_set_font_size (f, FONT_SIZE);
  return f;
}

static void
make_formats (Xlsx *x)
{
  static const uint8_t aligns[3] = { LXW_ALIGN_LEFT, LXW_ALIGN_CENTER, LXW_ALIGN_RIGHT };
  static const char *const num_formats[N_KINDS] = {
    [KIND_TEMPERATURE] = "0.0",
    [KIND_DATE] = "yyyy-mm-dd",
    [KIND_TIME] = "hh:mm",
    [KIND_DATETIME] = "yyyy-mm-dd hh:mm",
  };
  lxw_format *normal = STAILQ_FIRST (x->workbook->formats);

  /* The workbook's Normal style too (empty cells, column width units): the
   * format libxlsxwriter creates first. No API sets it. */
  if (normal)
    {
      format_set_font_name (normal, FONT_NAME);
      format_set_font_size (normal, 11);
    }

  x->title = add_format (x);
  format_set_bold (x->title);
  format_set_font_size (x->title, TITLE_SIZE);
  format_set_align (x->title, LXW_ALIGN_CENTER);
  format_set_align (x->title, LXW_ALIGN_VERTICAL_CENTER);

  for (guint i = 0; i < 3; i++)
    {
      x->info[i] = add_format (x);
      format_set_align (x->info[i], aligns[i]);
      format_set_align (x->info[i], LXW_ALIGN_VERTICAL_CENTER);
      format_set_text_wrap (x->info[i]);
    }

  x->header = add_format (x);
  format_set_bold (x->header);
  format_set_align (x->header, LXW_ALIGN_CENTER);
  format_set_align (x->header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (x->header);
  format_set_border (x->header, LXW_BORDER_THIN);
  format_set_bg_color (x->header, GREY_FILL);

  x->note = add_format (x);
  format_set_text_wrap (x->note);
  format_set_align (x->note, LXW_ALIGN_LEFT);
  format_set_align (x->note, LXW_ALIGN_VERTICAL_TOP);

  x->signature = add_format (x);
  format_set_text_wrap (x->signature);
  format_set_align (x->signature, LXW_ALIGN_LEFT);
  format_set_align (x->signature, LXW_ALIGN_VERTICAL_CENTER);

  for (guint a = 0; a < 3; a++)
    for (guint k = 0; k < N_KINDS; k++)
      for (guint h = 0; h < 2; h++)
        {
          lxw_format *f = add_format (x);
          format_set_border (f, LXW_BORDER_THIN);
          format_set_align (f, aligns[a]);
          format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
          if (k == KIND_TEXT)
            format_set_text_wrap (f);
          if (num_formats[k])
            format_set_num_format (f, num_formats[k]);
          if (h)
            {
              format_set_bold (f);
              format_set_font_color (f, HIGHLIGHT_FONT);
              format_set_bg_color (f, HIGHLIGHT_FILL);
            }
          x->cell[a][k][h] = f;
        }
}

/* A string over columns first..last of one row (merged when wider than one). */
static void
write_span (Xlsx *x, lxw_row_t row, lxw_col_t first, lxw_col_t last, const char *text, lxw_format *format)
{
  if (first == last)
    check (x, worksheet_write_string (x->sheet, row, first, text, format));
  else
    check (x, worksheet_merge_range (x->sheet, row, first, row, last, text, format));
}

/* Excel sheet names: ≤ 31 characters (here max_chars), none of []:*?/\, no ' at either end. */
static char *
sheet_name (const char *title, guint max_chars)
{
  GString *name = g_string_new (NULL);
  guint n = 0;

  for (const char *p = title; *p && n < max_chars; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);
      if (strchr ("[]:*?/\\", (int) c) != NULL && c < 0x80)
        g_string_append_c (name, '_');
      else if (c < 0x20)
        g_string_append_c (name, ' ');
      else
        g_string_append_unichar (name, c);
    }
  while (name->len > 0 && name->str[0] == '\'')
    g_string_erase (name, 0, 1);
  while (name->len > 0 && name->str[name->len - 1] == '\'')
    g_string_truncate (name, name->len - 1);
  return g_string_free (name, FALSE);
}

/* Header/footer text: '&' starts a code there, so a literal one is "&&";
 * libxlsxwriter refuses more than 255 characters. */
static void
append_hf_text (GString *out, const char *text, guint max_chars)
{
  guint n = 0;

  for (const char *p = text; *p && n < max_chars; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '&')
        g_string_append (out, "&&");
      else
        g_string_append_unichar (out, c);
    }
}

/* Excel column widths count digits of the Normal font: 7 pixels each at
 * 宋体 / Calibri 11, plus 5 pixels, at 96 dpi (0.75 pt a pixel). A viewer
 * whose substitute font has wider digits draws wider columns, never
 * narrower ones. */
static double
column_points (double chars)
{
  return ((chars > 0 ? chars : 10) * 7 + 5) * 0.75;
}

/* The width text may take in a cell (3 pixels of padding each side). */
static double
text_points (double chars)
{
  return MAX (column_points (chars) - 6 * 0.75, 1);
}

#define A4_PAPER            9
#define A3_PAPER            8
#define A4_PRINTABLE        (842.0 - 0.8 * 72)    /* landscape, less the side margins */
#define A3_PRINTABLE        (1191.0 - 0.8 * 72)
#define MIN_READABLE_SCALE  60                    /* percent: 10.5 pt prints at 6.3 pt */

/* Every ledger prints one page wide, landscape, rows continuing down. A4
 * when the table fits there at a readable scale; A3 otherwise: the month
 * grid (60-odd day columns, about 1,850 pt) would print at 42 % on A4,
 * its 10.5 pt numbers at 4.5 pt, too small to check by eye; on A3 it is
 * 61 %, like a 6.5 pt print. Bands of pages glued side by side (as the
 * PDF does) are what spreadsheet users and their printers handle worst. */
static void
setup_page (Xlsx *x, FyLedger *ledger)
{
  g_autoptr(GString) header = g_string_new ("&L");
  double total = 0;

  for (guint i = 0; i < fy_ledger_get_n_columns (ledger); i++)
    total += column_points (fy_ledger_get_column (ledger, i)->width);

  worksheet_set_paper (x->sheet, total * MIN_READABLE_SCALE / 100 > A4_PRINTABLE ? A3_PAPER : A4_PAPER);
  worksheet_set_landscape (x->sheet);
  worksheet_set_margins (x->sheet, 0.4, 0.4, 0.7, 0.7);
  worksheet_fit_to_pages (x->sheet, 1, 0);
  worksheet_center_horizontally (x->sheet);

  append_hf_text (header, fy_ledger_get_company (ledger), 100);
  g_string_append (header, "&R");
  append_hf_text (header, fy_ledger_get_title (ledger), 100);
  check (x, worksheet_set_header (x->sheet, header->str));
  /* Translators: printed page footer of a spreadsheet; keep the codes:
   * &C = centred, &P = page number, &N = number of pages (第 &P 页 共 &N 页). */
  check (x, worksheet_set_footer (x->sheet, _("&CPage &P of &N")));
}

/* Text width of columns first..last, merged. */
static double
span_points (Xlsx *x, FyLedger *ledger, guint first, guint last)
{
  double w = 0;

  for (guint i = first; i <= last; i++)
    w += column_points (fy_ledger_get_column (ledger, i)->width);
  return MAX (w - 6 * 0.75, 1);
}

/* Lines `text` needs in `width` points; `scale` is its font size over the
 * cell font's (a title): measured at the cell size in a narrower width. */
static guint
count_lines (Xlsx *x, const char *text, double width, gboolean bold, double scale)
{
  return fy_ledger_simsun_lines (text, width / scale, bold ? BOLD_EM : FONT_SIZE);
}

static double
lines_height (guint lines, double scale)
{
  return lines * LINE_POINTS * scale + ROW_PADDING;
}

/* A row as tall as `lines` lines, when taller than the default. */
static void
set_row_lines (Xlsx *x, lxw_row_t row, guint lines, double scale)
{
  double h = lines_height (lines, scale);

  if (h > DEFAULT_ROW + 0.01)
    check (x, worksheet_set_row (x->sheet, row, MIN (h, 409), NULL));
}

static lxw_row_t
write_title_block (Xlsx *x, FyLedger *ledger)
{
  guint n = fy_ledger_get_n_columns (ledger);
  lxw_col_t last = (lxw_col_t) (n - 1);
  g_autofree char *title = g_strdup_printf ("%s %s", fy_ledger_get_company (ledger), fy_ledger_get_title (ledger));
  g_autofree char *company = fy_ledger_dup_company_line (ledger);
  g_autofree char *made = fy_ledger_dup_date_line (ledger);
  const char *period = fy_ledger_get_period_text (ledger);
  double title_scale = (double) TITLE_SIZE / FONT_SIZE;
  guint lines = count_lines (x, title, span_points (x, ledger, 0, n - 1), TRUE, title_scale);

  check (x, worksheet_set_row (x->sheet, 0, MAX (32, lines_height (lines, title_scale)), NULL));
  write_span (x, 0, 0, last, title, x->title);

  if (n >= 3)
    {
      guint left_end = MAX (n / 3, 1) - 1, right_start = n - MAX (n / 3, 1);

      /* The unit, then the date, take columns from the middle until they
       * fit on one line (a narrow first column cut "单位：苏…"); what they
       * cannot get, they wrap into, and the row grows. */
      while (left_end + 2 < right_start && count_lines (x, company, span_points (x, ledger, 0, left_end), FALSE, 1) > 1)
        left_end++;
      while (right_start > left_end + 2 && count_lines (x, made, span_points (x, ledger, right_start, n - 1), FALSE, 1) > 1)
        right_start--;
      lines = count_lines (x, company, span_points (x, ledger, 0, left_end), FALSE, 1);
      lines = MAX (lines, count_lines (x, period, span_points (x, ledger, left_end + 1, right_start - 1), FALSE, 1));
      lines = MAX (lines, count_lines (x, made, span_points (x, ledger, right_start, n - 1), FALSE, 1));
      check (x, worksheet_set_row (x->sheet, 1, MAX (20, lines_height (lines, 1)), NULL));
      write_span (x, 1, 0, (lxw_col_t) left_end, company, x->info[0]);
      write_span (x, 1, (lxw_col_t) left_end + 1, (lxw_col_t) right_start - 1, period, x->info[1]);
      write_span (x, 1, (lxw_col_t) right_start, last, made, x->info[2]);
    }
  else
    {
      /* Too few columns for three parts: one line each. */
      const char *parts[3] = { company, period, made };
      for (guint i = 0; i < 3; i++)
        {
          lines = count_lines (x, parts[i], span_points (x, ledger, 0, n - 1), FALSE, 1);
          check (x, worksheet_set_row (x->sheet, 1 + i, MAX (20, lines_height (lines, 1)), NULL));
          write_span (x, 1 + i, 0, last, parts[i], x->info[0]);
        }
      return 4;
    }
  return 2;
}

/* Optional group row (merged over runs of the same group) and the header
 * row. A column without a group spans both rows. Returns the header row.
 * constant_memory: a row is final once the next one is started, so both
 * rows are written cell by cell and the vertical merges are declared last
 * (their first cell was written already; libxlsxwriter only records them). */
static lxw_row_t
write_headers (Xlsx *x, FyLedger *ledger, lxw_row_t row)
{
  guint n = fy_ledger_get_n_columns (ledger);

  double group_h = 0, header_h = 0, spanning_h = 0;

  /* Heights first: in constant_memory mode a row is final once the next
   * one is started. */
  for (guint i = 0; i < n; i++)
    {
      const FyLedgerColumn *c = fy_ledger_get_column (ledger, i);
      double h = lines_height (count_lines (x, c->header, x->text_w[i], TRUE, 1), 1);

      if (c->group && *c->group)
        {
          guint j = i;
          while (j + 1 < n && g_strcmp0 (fy_ledger_get_column (ledger, j + 1)->group, c->group) == 0)
            j++;
          header_h = MAX (header_h, h);
          if (i == 0 || g_strcmp0 (fy_ledger_get_column (ledger, i - 1)->group, c->group) != 0)
            group_h = MAX (group_h, lines_height (count_lines (x, c->group, span_points (x, ledger, i, j),
                                                              TRUE, 1), 1));
        }
      else
        spanning_h = MAX (spanning_h, h);
    }

  if (!fy_ledger_has_groups (ledger))
    {
      if (spanning_h > DEFAULT_ROW + 0.01)
        check (x, worksheet_set_row (x->sheet, row, MIN (spanning_h, 409), NULL));
      for (guint i = 0; i < n; i++)
        check (x, worksheet_write_string (x->sheet, row, (lxw_col_t) i,
                                          fy_ledger_get_column (ledger, i)->header, x->header));
      return row;
    }

  group_h = MAX (group_h, 20);
  /* A header without a group spans both rows. */
  header_h = MAX (MAX (header_h, spanning_h - group_h), DEFAULT_ROW);
  check (x, worksheet_set_row (x->sheet, row, MIN (group_h, 409), NULL));
  for (guint i = 0; i < n;)
    {
      const FyLedgerColumn *c = fy_ledger_get_column (ledger, i);
      guint j = i;

      if (c->group == NULL || *c->group == '\0')
        {
          check (x, worksheet_write_string (x->sheet, row, (lxw_col_t) i, c->header, x->header));
          i++;
          continue;
        }
      while (j + 1 < n && g_strcmp0 (fy_ledger_get_column (ledger, j + 1)->group, c->group) == 0)
        j++;
      write_span (x, row, (lxw_col_t) i, (lxw_col_t) j, c->group, x->header);
      i = j + 1;
    }
  check (x, worksheet_set_row (x->sheet, row + 1, MIN (header_h, 409), NULL));
  for (guint i = 0; i < n; i++)
    {
      const FyLedgerColumn *c = fy_ledger_get_column (ledger, i);
      if (c->group && *c->group)
        check (x, worksheet_write_string (x->sheet, row + 1, (lxw_col_t) i, c->header, x->header));
      else
        check (x, worksheet_write_blank (x->sheet, row + 1, (lxw_col_t) i, x->header));
    }
  for (guint i = 0; i < n; i++)
    {
      const FyLedgerColumn *c = fy_ledger_get_column (ledger, i);
      if (c->group == NULL || *c->group == '\0')
        check (x, worksheet_merge_range (x->sheet, row, (lxw_col_t) i, row + 1, (lxw_col_t) i,
                                         c->header, x->header));
    }
  return row + 1;
}

static guint
align_index (FyAlign align)
{
  return align == FY_ALIGN_CENTER ? 1 : align == FY_ALIGN_END ? 2 : 0;
}

/* How one cell goes into the sheet: a number, a date, or text. */
typedef struct
{
  enum { CELL_TEXT, CELL_NUMBER, CELL_DATETIME } as;
  double           value;
  FyLedgerDateTime dt;
} Cell;

static void
write_row (Xlsx *x, FyLedger *ledger, FyLedgerCursor *cursor, lxw_row_t row)
{
  guint n = fy_ledger_get_n_columns (ledger);
  Cell *cells = g_newa (Cell, n);
  guint lines = 1;

  /* Decide each cell first: the row's height goes before its cells
   * (constant_memory), and any cell written as text may wrap — a code
   * in a temperature column ("隔离中") as much as a note. */
  for (guint i = 0; i < n; i++)
    {
      const FyLedgerColumn *c = fy_ledger_get_column (ledger, i);
      Cell *cell = &cells[i];

      if (fy_ledger_cursor_get_number (cursor, i, &cell->value))
        cell->as = CELL_NUMBER;
      else if ((c->type == FY_COLUMN_DATE || c->type == FY_COLUMN_TIME || c->type == FY_COLUMN_DATETIME)
               && fy_ledger_cursor_get_datetime (cursor, i, &cell->dt))
        cell->as = CELL_DATETIME;
      else
        {
          cell->as = CELL_TEXT;
          if (c->sensitive == FY_SENSITIVE_NONE)
            lines = MAX (lines, count_lines (x, fy_ledger_cursor_get_text (cursor, i), x->text_w[i],
                                             fy_ledger_cursor_is_highlighted (cursor, i), 1));
        }
    }
  if (lines > 1)
    set_row_lines (x, row, lines, 1);

  for (guint i = 0; i < n && x->error == LXW_NO_ERROR; i++)
    {
      const FyLedgerColumn *c = fy_ledger_get_column (ledger, i);
      const Cell *cell = &cells[i];
      guint a = align_index (c->align);
      guint h = fy_ledger_cursor_is_highlighted (cursor, i) ? 1 : 0;

      if (cell->as == CELL_NUMBER)
        {
          guint k = c->type == FY_COLUMN_TEMPERATURE ? KIND_TEMPERATURE : KIND_NUMBER;
          check (x, worksheet_write_number (x->sheet, row, (lxw_col_t) i, cell->value, x->cell[a][k][h]));
        }
      else if (cell->as == CELL_DATETIME)
        {
          lxw_datetime when = { cell->dt.year, cell->dt.month, cell->dt.day, cell->dt.hour, cell->dt.minute, 0 };
          guint k = c->type == FY_COLUMN_DATE ? KIND_DATE : c->type == FY_COLUMN_TIME ? KIND_TIME : KIND_DATETIME;
          check (x, worksheet_write_datetime (x->sheet, row, (lxw_col_t) i, &when, x->cell[a][k][h]));
        }
      else
        check (x, worksheet_write_string (x->sheet, row, (lxw_col_t) i, fy_ledger_cursor_get_text (cursor, i),
                                          x->cell[a][c->sensitive != FY_SENSITIVE_NONE ? KIND_CODE : KIND_TEXT][h]));
    }
}

static void
write_footer (Xlsx *x, FyLedger *ledger, lxw_row_t row)
{
  guint n = fy_ledger_get_n_columns (ledger);
  lxw_col_t last = (lxw_col_t) (n - 1);
  const char *note = fy_ledger_get_note (ledger);
  g_autofree char *signature = fy_ledger_dup_signature_line (ledger);
  double width = span_points (x, ledger, 0, n - 1);

  row++;   /* one blank row under the table */
  if (note && *note)
    {
      check (x, worksheet_set_row (x->sheet, row, MIN (lines_height (count_lines (x, note, width, FALSE, 1), 1), 409),
                                   NULL));
      write_span (x, row, 0, last, note, x->note);
      row++;
    }
  check (x, worksheet_set_row (x->sheet, row, MAX (24, lines_height (count_lines (x, signature, width, FALSE, 1), 1)),
                               NULL));
  write_span (x, row, 0, last, signature, x->signature);
}

static void
set_lxw_error (GError **error, lxw_error err)
{
  if (err == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
    g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                 _("The ledger has more rows than one spreadsheet can hold. Export a shorter period."));
  else if (err == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
    g_set_error (error, FY_ERROR, FY_ERROR_FAILED,
                 _("A cell holds more text than a spreadsheet allows (32,767 characters). Shorten it and export again."));
  else
    /* Translators: %s is libxlsxwriter's own (English) description of the problem. */
    g_set_error (error, FY_ERROR, FY_ERROR_IO,
                 _("The spreadsheet could not be written (%s). Check that the folder is writable and the disk is not full, then try again."),
                 lxw_strerror (err));
}

/* The first index of a grouped column (the month grid's days): the
 * columns before it name the row and stay in view. 0 without groups. */
static guint
leading_columns (FyLedger *ledger)
{
  guint n = fy_ledger_get_n_columns (ledger);

  if (!fy_ledger_has_groups (ledger))
    return 0;
  for (guint i = 0; i < n; i++)
    {
      const char *group = fy_ledger_get_column (ledger, i)->group;
      if (group && *group)
        return i;
    }
  return 0;
}

/* A sheet name not used yet in this workbook: the ledger's short name
 * (title when it has none), then its period when the workbook has several
 * parts, cut to Excel's 31 characters, " 2", " 3"… on a clash. */
static void
add_sheet (Xlsx *x, FyLedger *ledger, gboolean with_period)
{
  const FyLedgerDef *def = fy_ledger_get_def (ledger);
  g_autofree char *base = g_strdup (def->sheet ? g_dpgettext2 (GETTEXT_PACKAGE, "sheet name", def->sheet) : fy_ledger_get_title (ledger));
  g_autofree char *name = NULL;

  if (with_period)
    {
      char *full = g_strdup_printf ("%s %s", base, fy_ledger_get_period_part (ledger));
      g_free (base);
      base = full;
    }
  for (guint k = 1; k < 1000 && x->sheet == NULL; k++)
    {
      g_autofree char *suffix = k > 1 ? g_strdup_printf (" %u", k) : g_strdup ("");
      g_autofree char *clean = sheet_name (base, 31 - (guint) strlen (suffix));
      g_free (name);
      name = g_strconcat (clean, suffix, NULL);
      if (*clean && !g_hash_table_contains (x->names, name)
          && workbook_validate_sheet_name (x->workbook, name) == LXW_NO_ERROR)
        x->sheet = workbook_add_worksheet (x->workbook, name);
    }
  if (x->sheet == NULL)
    x->sheet = workbook_add_worksheet (x->workbook, NULL);
  else
    g_hash_table_add (x->names, g_steal_pointer (&name));
}

typedef struct
{
  gint64          done;
  gint64          total;
  FyProgressFunc  func;
  gpointer        user_data;
  GCancellable   *cancellable;
  gboolean        cancelled;
} Progress;

/* One part of the ledger on a sheet of its own. FALSE with `error` set on
 * a database error; write errors are kept in x->error. */
static gboolean
write_sheet (Xlsx *x, FyLedger *ledger, gboolean with_period, Progress *progress, GError **error)
{
  g_autoptr(FyLedgerCursor) cursor = NULL;
  guint n = fy_ledger_get_n_columns (ledger);
  lxw_row_t header_first, header_last, row;
  GError *local = NULL;

  if ((cursor = fy_ledger_query (ledger, 0, -1, error)) == NULL)
    return FALSE;
  x->sheet = NULL;
  add_sheet (x, ledger, with_period);
  setup_page (x, ledger);
  g_free (x->text_w);
  x->text_w = g_new0 (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      double w = fy_ledger_get_column (ledger, i)->width;
      x->text_w[i] = text_points (w);
      check (x, worksheet_set_column (x->sheet, (lxw_col_t) i, (lxw_col_t) i, w > 0 ? w : 10, NULL));
    }

  header_first = write_title_block (x, ledger);
  header_last = write_headers (x, ledger, header_first);
  /* Headers, and the columns naming a person in a grid, stay in view. */
  worksheet_freeze_panes (x->sheet, header_last + 1, (lxw_col_t) leading_columns (ledger));
  check (x, worksheet_repeat_rows (x->sheet, header_first, header_last));

  row = header_last + 1;
  while (x->error == LXW_NO_ERROR && fy_ledger_cursor_next (cursor, &local))
    {
      write_row (x, ledger, cursor, row++);
      if (!fy_ledger_output_row_done (&progress->done, progress->total, progress->func, progress->user_data,
                                      progress->cancellable))
        {
          progress->cancelled = TRUE;
          break;
        }
    }
  if (local)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (!progress->cancelled && x->error == LXW_NO_ERROR)
    progress->cancelled = g_cancellable_is_cancelled (progress->cancellable);
  if (!progress->cancelled)
    write_footer (x, ledger, row);
  return TRUE;
}

gboolean
fy_ledger_write_xlsx (FyLedger       *ledger,
                      const char     *path,
                      FyProgressFunc  progress,
                      gpointer        user_data,
                      GCancellable   *cancellable,
                      GError        **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE };
  g_autoptr(FyAtomicFile) file = NULL;
  GError *local = NULL;
  Progress steps = { 0, 0, progress, user_data, cancellable, FALSE };
  guint n_parts;
  Xlsx x = { 0 };
  lxw_error closed;

  g_return_val_if_fail (ledger != NULL && path != NULL, FALSE);

  n_parts = fy_ledger_get_n_parts (ledger);
  for (guint p = 0; p < n_parts; p++)
    {
      FyLedger *part = fy_ledger_get_part (ledger, p);
      gint64 rows = 0;

      /* Counting runs the whole query once more: only for a progress bar.
       * Too many rows shows as a write error past the last row anyway. */
      if (progress && (rows = fy_ledger_count_rows (part, error)) < 0)
        return FALSE;
      if (rows > (gint64) LXW_ROW_MAX - 16 || fy_ledger_get_n_columns (part) > LXW_COL_MAX)
        {
          set_lxw_error (error, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
          return FALSE;
        }
      steps.total += rows;
    }
  if ((file = fy_atomic_file_begin (path, error)) == NULL)
    return FALSE;

  /* libxlsxwriter opens the file by name. */
  x.workbook = workbook_new_opt (fy_atomic_file_get_temp_path (file), &options);
  if (x.workbook == NULL)
    {
      set_lxw_error (error, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return FALSE;
    }
  x.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  make_formats (&x);

  if (progress)
    progress (0.0, user_data);
  for (guint p = 0; p < n_parts && !steps.cancelled && local == NULL && x.error == LXW_NO_ERROR; p++)
    write_sheet (&x, fy_ledger_get_part (ledger, p), n_parts > 1, &steps, &local);

  /* workbook_close() writes and frees: exactly once on every path. */
  closed = workbook_close (x.workbook);
  g_hash_table_unref (x.names);
  g_free (x.text_w);
  if (steps.cancelled || local != NULL || x.error != LXW_NO_ERROR || closed != LXW_NO_ERROR)
    {
      if (steps.cancelled)
        fy_ledger_set_cancelled_error (error);
      else if (local)
        g_propagate_error (error, local);
      else
        set_lxw_error (error, x.error != LXW_NO_ERROR ? x.error : closed);
      return FALSE;
    }
  if (!fy_atomic_file_commit (file, error))
    return FALSE;
  if (progress)
    progress (1.0, user_data);
  return TRUE;
}
