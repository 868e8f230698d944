/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-pages-draw.c — draws one printed page of a ledger laid out by
 * fy-ledger-pages.c: title block, header rows, rows, rules, note, footer.
 * Shared by the PDF export and the GUI's print operation. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-error.h"
#include "fy-ledger-pages-impl.h"

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

/* Where a line of text goes: its top at y, aligned within [x, x + width]. */
typedef struct
{
  double x;
  double y;
  double width;
} TextSpan;

/* One line of text in the scratch layout. */
static void
draw_text (FyLedgerPages *self, cairo_t *cr, const PangoFontDescription *font, const char *text,
           TextSpan span, PangoAlignment align)
{
  double x = span.x, y = span.y, width = span.width;

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

  text_h = fy_pages_text_height (self, self->bold_font, text, w - 2 * self->pad_x);
  pango_layout_set_alignment (self->layout, PANGO_ALIGN_CENTER);
  show_layout (cr, self->layout, x + self->pad_x, y + MAX (PAD_Y, (h - text_h) / 2),
               w - 2 * self->pad_x, h - 2 * PAD_Y);
  pango_layout_set_alignment (self->layout, PANGO_ALIGN_LEFT);
}

static void
draw_title_block (FyLedgerPages *self, cairo_t *cr)
{
  double x = MARGIN, y = MARGIN, third = self->table_width / 3;

  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (self, cr, self->title_font, self->title, (TextSpan) { x, y, self->table_width },
             PANGO_ALIGN_CENTER);
  y += self->title_h + GAP / 2;
  draw_text (self, cr, self->cell_font, self->info_left, (TextSpan) { x, y, third }, PANGO_ALIGN_LEFT);
  draw_text (self, cr, self->cell_font, fy_ledger_get_period_text (self->ledger),
             (TextSpan) { x + third, y, third }, PANGO_ALIGN_CENTER);
  draw_text (self, cr, self->cell_font, self->info_right, (TextSpan) { x + 2 * third, y, third },
             PANGO_ALIGN_RIGHT);
}

static void
draw_headers (FyLedgerPages *self, cairo_t *cr)
{
  double top = self->body_top - self->header_h - self->group_h;

  for (guint i = 0; i < self->n_columns; i++)
    {
      const FyLedgerColumn *col = fy_ledger_get_column (self->ledger, i);

      if (!fy_pages_in_band (self, i))
        continue;
      if (self->group_h > 0 && fy_pages_column_group (self, i) == NULL)
        {
          /* No group: the header spans both header rows. */
          draw_header_cell (self, cr, col->header, self->col_x[i], top, self->col_w[i],
                            self->group_h + self->header_h);
          continue;
        }
      if (self->group_h > 0 && (i == 0 || g_strcmp0 (fy_pages_column_group (self, i - 1), fy_pages_column_group (self, i)) != 0))
        {
          guint last = fy_pages_group_end (self, i);
          draw_header_cell (self, cr, fy_pages_column_group (self, i), self->col_x[i], top,
                            fy_pages_span_width (self, i, last), self->group_h);
        }
      draw_header_cell (self, cr, col->header, self->col_x[i], top + self->group_h, self->col_w[i],
                        self->header_h);
    }
}

/* Draws the row measured by fy_pages_measure_row(), `h` tall. Only here is
 * the text shaped by its layout: measuring is cached and skips Pango for
 * short text. */
static void
draw_row (FyLedgerPages *self, cairo_t *cr, FyLedgerCursor *cursor, double y, double h)
{
  for (guint i = 0; i < self->n_columns; i++)
    {
      PangoLayout *layout = self->cells[i];
      int text_h = 0;
      double inner_h = h - 2 * PAD_Y;

      if (layout == NULL)
        continue;   /* on another band's page */
      pango_layout_set_font_description (layout, fy_ledger_cursor_is_highlighted (cursor, i)
                                                 ? self->bold_font : self->cell_font);
      pango_layout_set_text (layout, fy_ledger_cursor_get_text (cursor, i), -1);
      pango_layout_get_size (layout, NULL, &text_h);
      if (fy_ledger_cursor_is_highlighted (cursor, i))
        cairo_set_source_rgb (cr, HIGHLIGHT_R, HIGHLIGHT_G, HIGHLIGHT_B);
      else
        cairo_set_source_rgb (cr, 0, 0, 0);
      /* Vertically centred, as on paper forms. */
      show_layout (cr, layout, self->col_x[i] + self->pad_x,
                   y + PAD_Y + MAX (0, (inner_h - (double) text_h / PANGO_SCALE) / 2),
                   self->col_w[i] - 2 * self->pad_x, inner_h);
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
  page = g_strdup_printf (_("Page %u of %u"), page_index + 1, self->starts->len * self->n_bands);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (self, cr, self->cell_font, self->footer_left, (TextSpan) { MARGIN, y, self->table_width * 0.75 },
             PANGO_ALIGN_LEFT);
  draw_text (self, cr, self->cell_font, page,
             (TextSpan) { MARGIN + self->table_width * 0.75, y, self->table_width * 0.25 }, PANGO_ALIGN_RIGHT);
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
  FyLedgerCursor **cursor;
  gint64 start, end, *cursor_row;
  guint row_page;
  double y;
  gboolean last;

  g_return_val_if_fail (pages != NULL, FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (page_index < pages->starts->len * pages->n_bands, FALSE);

  /* Bands of one row of pages follow each other: rows 1–30 days 1–16,
   * rows 1–30 days 17–31, rows 31–60 days 1–16… */
  row_page = page_index / pages->n_bands;
  fy_pages_use_band (pages, page_index % pages->n_bands);
  last = row_page + 1 == pages->starts->len;
  start = g_array_index (pages->starts, gint64, row_page);
  end = last ? pages->n_rows : g_array_index (pages->starts, gint64, row_page + 1);
  cursor = &pages->cursors[pages->band];
  cursor_row = &pages->cursor_rows[pages->band];

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
      draw_text (pages, cr, pages->cell_font, _("No records"), (TextSpan) { MARGIN, y + PAD_Y, pages->table_width },
                 PANGO_ALIGN_CENTER);
      y += pages->empty_h;
      cairo_move_to (cr, MARGIN, y);
      cairo_line_to (cr, MARGIN + pages->table_width, y);
      cairo_stroke (cr);
    }
  else if (end > start)
    {
      /* Pages drawn in order (export, printing) continue one cursor per
       * band: a fresh query per page would sort the whole ledger again for
       * each page. Any other page starts a new query at its first row. */
      if (*cursor == NULL || *cursor_row != start)
        {
          g_clear_pointer (cursor, fy_ledger_cursor_free);
          *cursor = fy_ledger_query (pages->ledger, start, -1, error);
          *cursor_row = start;
          if (*cursor == NULL)
            {
              cairo_restore (cr);
              return FALSE;
            }
        }
      for (gint64 row = start; row < end; row++)
        {
          double h;

          if (!fy_ledger_cursor_next (*cursor, &local))
            break;
          h = fy_pages_measure_row (pages, *cursor);
          draw_row (pages, cr, *cursor, y, h);
          y += h;
          (*cursor_row)++;
        }
      if (local)
        {
          g_clear_pointer (cursor, fy_ledger_cursor_free);
          cairo_restore (cr);
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
    }

  /* Vertical rules of the body (the header cells have their own borders). */
  if (y > pages->body_top)
    {
      gboolean first = TRUE;

      cairo_set_source_rgb (cr, 0, 0, 0);
      for (guint i = 0; i < pages->n_columns; i++)
        {
          if (!fy_pages_in_band (pages, i))
            continue;
          /* Only the outer rules around the "no records" line. */
          if (pages->n_rows == 0 && !first)
            continue;
          first = FALSE;
          cairo_move_to (cr, pages->col_x[i], pages->body_top);
          cairo_line_to (cr, pages->col_x[i], y);
        }
      cairo_move_to (cr, MARGIN + pages->table_width, pages->body_top);
      cairo_line_to (cr, MARGIN + pages->table_width, y);
      cairo_stroke (cr);
    }

  if (last && pages->band + 1 == pages->n_bands && pages->note_h > 0)
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
