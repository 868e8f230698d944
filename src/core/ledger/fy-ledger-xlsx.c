/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-xlsx.c — a ledger as an .xlsx workbook an inspector can print:
 * title block, header repeated on every page, A4 landscape fit to width,
 * highlighted abnormal cells and the signature line.
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
#include "fy-ledger-pages-private.h"   /* fy_ledger_plan_bands */

enum { KIND_TEXT, KIND_NUMBER, KIND_TEMPERATURE, N_KINDS };

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

static void
make_formats (Xlsx *x)
{
  static const uint8_t aligns[3] = { LXW_ALIGN_LEFT, LXW_ALIGN_CENTER, LXW_ALIGN_RIGHT };
  lxw_workbook *wb = x->workbook;

  x->title = workbook_add_format (wb);
  format_set_bold (x->title);
  format_set_font_size (x->title, 16);
  format_set_align (x->title, LXW_ALIGN_CENTER);
  format_set_align (x->title, LXW_ALIGN_VERTICAL_CENTER);

  for (guint i = 0; i < 3; i++)
    {
      x->info[i] = workbook_add_format (wb);
      format_set_align (x->info[i], aligns[i]);
      format_set_align (x->info[i], LXW_ALIGN_VERTICAL_CENTER);
    }

  x->header = workbook_add_format (wb);
  format_set_bold (x->header);
  format_set_align (x->header, LXW_ALIGN_CENTER);
  format_set_align (x->header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (x->header);
  format_set_border (x->header, LXW_BORDER_THIN);
  format_set_bg_color (x->header, GREY_FILL);

  x->note = workbook_add_format (wb);
  format_set_text_wrap (x->note);
  format_set_align (x->note, LXW_ALIGN_LEFT);
  format_set_align (x->note, LXW_ALIGN_VERTICAL_TOP);

  x->signature = workbook_add_format (wb);
  format_set_align (x->signature, LXW_ALIGN_LEFT);
  format_set_align (x->signature, LXW_ALIGN_VERTICAL_CENTER);

  for (guint a = 0; a < 3; a++)
    for (guint k = 0; k < N_KINDS; k++)
      for (guint h = 0; h < 2; h++)
        {
          lxw_format *f = workbook_add_format (wb);
          format_set_border (f, LXW_BORDER_THIN);
          format_set_align (f, aligns[a]);
          format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
          if (k == KIND_TEXT)
            format_set_text_wrap (f);
          if (k == KIND_TEMPERATURE)
            format_set_num_format (f, "0.0");
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

/* Excel sheet names: ≤ 31 characters, none of []:*?/\, no ' at either end. */
static char *
sheet_name (const char *title)
{
  GString *name = g_string_new (NULL);
  guint n = 0;

  for (const char *p = title; *p && n < 31; p = g_utf8_next_char (p), n++)
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

/* Points an Excel column of `chars` characters may take: Calibri needs 7 px
 * per character, but LibreOffice without a Calibri-sized font (Carlito)
 * draws with DejaVu Sans at about 10; a band that fits with 10 fits in
 * both (5 px of padding, 0.75 pt per pixel). */
static double
column_points (double chars)
{
  return ((chars > 0 ? chars : 10) * 10 + 5) * 0.75;
}

#define PRINTABLE_POINTS (842.0 - 0.8 * 72)   /* A4 landscape less the side margins */
#define MIN_SCALE        55                   /* below this, more bands instead */

/* A grouped ledger too wide for one page (the month grid) prints like the
 * PDF: bands of columns side by side with the leading columns repeated and
 * a page break between groups, scaled so the widest band fits. Others fit
 * the page width. FALSE when the ledger is not printed in bands. */
static gboolean
setup_bands (Xlsx *x, FyLedger *ledger)
{
  guint n = fy_ledger_get_n_columns (ledger);
  g_autofree double *width = g_new0 (double, MAX (n, 1));
  g_autofree const char **groups = g_new0 (const char *, MAX (n, 1));
  g_autofree lxw_col_t *breaks = NULL;
  FyLedgerBands bands = { 0 };
  double total = 0, widest = 0;

  for (guint i = 0; i < n; i++)
    {
      const FyLedgerColumn *col = fy_ledger_get_column (ledger, i);
      width[i] = column_points (col->width);
      groups[i] = col->group;
      total += width[i];
    }
  if (total <= PRINTABLE_POINTS * 100 / MIN_SCALE || !fy_ledger_has_groups (ledger)
      || !fy_ledger_plan_bands (width, groups, n, PRINTABLE_POINTS * 100 / MIN_SCALE, &bands))
    return FALSE;

  breaks = g_new0 (lxw_col_t, bands.n_bands + 1);
  for (guint b = 0; b < bands.n_bands; b++)
    {
      double w = 0;
      for (guint i = 0; i < bands.n_lead; i++)
        w += width[i];
      for (guint i = bands.first[b]; i <= bands.last[b]; i++)
        w += width[i];
      widest = MAX (widest, w);
      if (b > 0)
        breaks[b - 1] = (lxw_col_t) bands.first[b];
    }
  check (x, worksheet_set_v_pagebreaks (x->sheet, breaks));
  if (bands.n_lead > 0)
    check (x, worksheet_repeat_columns (x->sheet, 0, (lxw_col_t) (bands.n_lead - 1)));
  worksheet_set_print_scale (x->sheet, (uint16_t) CLAMP ((int) (100 * PRINTABLE_POINTS / widest), 10, 100));
  /* Pages of a row of bands follow each other, as in the PDF. */
  worksheet_print_across (x->sheet);
  fy_ledger_bands_clear (&bands);
  return TRUE;
}

static void
setup_page (Xlsx *x, FyLedger *ledger)
{
  g_autoptr(GString) header = g_string_new ("&L");

  worksheet_set_paper (x->sheet, 9);   /* A4 */
  worksheet_set_landscape (x->sheet);
  worksheet_set_margins (x->sheet, 0.4, 0.4, 0.7, 0.7);
  if (!setup_bands (x, ledger))
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

/* The sum of the widths, in characters: for estimating wrapped rows. */
static double
total_width (FyLedger *ledger)
{
  double total = 0;

  for (guint i = 0; i < fy_ledger_get_n_columns (ledger); i++)
    {
      double w = fy_ledger_get_column (ledger, i)->width;
      total += w > 0 ? w : 10;
    }
  return total;
}

/* Rows of text a paragraph needs across the whole table (CJK counts double). */
static guint
estimate_lines (const char *text, double width)
{
  guint lines = 1;
  double used = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '\n')
        {
          lines++;
          used = 0;
          continue;
        }
      used += g_unichar_iswide (c) ? 2 : 1;
      if (used > width)
        {
          lines++;
          used = g_unichar_iswide (c) ? 2 : 1;
        }
    }
  return lines;
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

  check (x, worksheet_set_row (x->sheet, 0, 32, NULL));
  write_span (x, 0, 0, last, title, x->title);

  check (x, worksheet_set_row (x->sheet, 1, 20, NULL));
  if (n >= 3)
    {
      lxw_col_t third = (lxw_col_t) (n / 3);
      write_span (x, 1, 0, third - 1, company, x->info[0]);
      write_span (x, 1, third, last - third, period, x->info[1]);
      write_span (x, 1, last - third + 1, last, made, x->info[2]);
    }
  else
    {
      g_autofree char *left = g_strdup_printf ("%s  %s", company, period);
      if (n == 1)
        {
          g_autofree char *all = g_strdup_printf ("%s  %s", left, made);
          write_span (x, 1, 0, 0, all, x->info[0]);
        }
      else
        {
          write_span (x, 1, 0, 0, left, x->info[0]);
          write_span (x, 1, 1, 1, made, x->info[2]);
        }
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

  if (!fy_ledger_has_groups (ledger))
    {
      for (guint i = 0; i < n; i++)
        check (x, worksheet_write_string (x->sheet, row, (lxw_col_t) i,
                                          fy_ledger_get_column (ledger, i)->header, x->header));
      return row;
    }

  check (x, worksheet_set_row (x->sheet, row, 20, NULL));
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

static void
write_row (Xlsx *x, FyLedger *ledger, FyLedgerCursor *cursor, lxw_row_t row)
{
  guint n = fy_ledger_get_n_columns (ledger);

  for (guint i = 0; i < n && x->error == LXW_NO_ERROR; i++)
    {
      const FyLedgerColumn *c = fy_ledger_get_column (ledger, i);
      guint a = align_index (c->align);
      guint h = fy_ledger_cursor_is_highlighted (cursor, i) ? 1 : 0;
      double value;

      if (fy_ledger_cursor_get_number (cursor, i, &value))
        {
          guint k = c->type == FY_COLUMN_TEMPERATURE ? KIND_TEMPERATURE : KIND_NUMBER;
          check (x, worksheet_write_number (x->sheet, row, (lxw_col_t) i, value, x->cell[a][k][h]));
        }
      else
        check (x, worksheet_write_string (x->sheet, row, (lxw_col_t) i,
                                          fy_ledger_cursor_get_text (cursor, i), x->cell[a][KIND_TEXT][h]));
    }
}

static void
write_footer (Xlsx *x, FyLedger *ledger, lxw_row_t row)
{
  lxw_col_t last = (lxw_col_t) (fy_ledger_get_n_columns (ledger) - 1);
  const char *note = fy_ledger_get_note (ledger);
  g_autofree char *signature = fy_ledger_dup_signature_line (ledger);

  row++;   /* one blank row under the table */
  if (note && *note)
    {
      guint lines = estimate_lines (note, total_width (ledger));
      check (x, worksheet_set_row (x->sheet, row, 15.0 * lines + 3, NULL));
      write_span (x, row, 0, last, note, x->note);
      row++;
    }
  check (x, worksheet_set_row (x->sheet, row, 24, NULL));
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

gboolean
fy_ledger_write_xlsx (FyLedger       *ledger,
                      const char     *path,
                      FyProgressFunc  progress,
                      gpointer        user_data,
                      GCancellable   *cancellable,
                      GError        **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE };
  g_autoptr(FyLedgerCursor) cursor = NULL;
  g_autoptr(FyAtomicFile) file = NULL;
  g_autofree char *name = NULL;
  GError *local = NULL;
  Xlsx x = { 0 };
  guint n = fy_ledger_get_n_columns (ledger);
  gint64 total, done = 0;
  lxw_row_t header_first, header_last, row;
  gboolean cancelled = FALSE;
  lxw_error closed;

  g_return_val_if_fail (ledger != NULL && path != NULL, FALSE);

  if ((total = fy_ledger_count_rows (ledger, error)) < 0)
    return FALSE;
  if (total > (gint64) LXW_ROW_MAX - 16 || n > LXW_COL_MAX)
    {
      set_lxw_error (error, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
      return FALSE;
    }
  if ((cursor = fy_ledger_query (ledger, 0, -1, error)) == NULL)
    return FALSE;
  if ((file = fy_atomic_file_begin (path, error)) == NULL)
    return FALSE;

  /* libxlsxwriter opens the file by name. */
  x.workbook = workbook_new_opt (fy_atomic_file_get_temp_path (file), &options);
  if (x.workbook == NULL)
    {
      set_lxw_error (error, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return FALSE;
    }
  name = sheet_name (fy_ledger_get_title (ledger));
  if (*name && workbook_validate_sheet_name (x.workbook, name) == LXW_NO_ERROR)
    x.sheet = workbook_add_worksheet (x.workbook, name);
  if (x.sheet == NULL)
    x.sheet = workbook_add_worksheet (x.workbook, NULL);
  make_formats (&x);
  setup_page (&x, ledger);
  for (guint i = 0; i < n; i++)
    {
      double w = fy_ledger_get_column (ledger, i)->width;
      check (&x, worksheet_set_column (x.sheet, (lxw_col_t) i, (lxw_col_t) i, w > 0 ? w : 10, NULL));
    }

  header_first = write_title_block (&x, ledger);
  header_last = write_headers (&x, ledger, header_first);
  worksheet_freeze_panes (x.sheet, header_last + 1, 0);
  check (&x, worksheet_repeat_rows (x.sheet, header_first, header_last));

  if (progress)
    progress (0.0, user_data);
  row = header_last + 1;
  while (x.error == LXW_NO_ERROR && fy_ledger_cursor_next (cursor, &local))
    {
      write_row (&x, ledger, cursor, row++);
      if (!fy_ledger_output_row_done (&done, total, progress, user_data, cancellable))
        {
          cancelled = TRUE;
          break;
        }
    }
  if (!cancelled && local == NULL && x.error == LXW_NO_ERROR)
    cancelled = g_cancellable_is_cancelled (cancellable);
  if (!cancelled && local == NULL)
    write_footer (&x, ledger, row);

  /* workbook_close() writes and frees: exactly once on every path. */
  closed = workbook_close (x.workbook);
  if (cancelled || local != NULL || x.error != LXW_NO_ERROR || closed != LXW_NO_ERROR)
    {
      if (cancelled)
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
