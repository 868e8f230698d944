/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printed widths of a wide register by what its columns hold
 * (fy-ledger-fit.c), on the demo company's truck register (27 columns:
 * short Chinese values beside an ID number, a phone and a date-time):
 * rows of two lines where they were five, values of a known shape on one
 * line (a date-time may break before its time), headers of four lines, no column narrower than a character, one long remark taking
 * no more than its share, and an empty register laid out as before. */
#include "config.h"

#include <string.h>

#include "fy-ledger-pages-impl.h"
#include "fy-store-private.h"
#include "fy-test-support.h"

#define TODAY   "2026-12-05"
#define FROM    "2026-11-05"
#define A4_W    842.0
#define A4_H    595.0

static FyLedger *
register_of (FyStore *store, const char *id, const char *from, const char *to)
{
  g_autoptr(GError) error = NULL;
  FyLedgerParams params = { .from = from, .to = to };
  FyLedger *ledger = fy_ledger_new (store, id, &params, &error);

  g_assert_no_error (error);
  return ledger;
}

static FyLedger *
trucks (FyStore *store, const char *from, const char *to)
{
  return register_of (store, "trucks", from, to);
}

static FyLedgerPages *
paginate (FyLedger *ledger)
{
  g_autoptr(GError) error = NULL;
  FyLedgerPages *pages = fy_ledger_paginate (ledger, A4_W, A4_H, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pages);
  return pages;
}

/* Values of a known shape: they never wrap. */
static gboolean
known_shape (const FyLedgerColumn *col)
{
  return col->type == FY_COLUMN_DATE || col->type == FY_COLUMN_TIME || col->type == FY_COLUMN_DATETIME
         || col->type == FY_COLUMN_TEMPERATURE || col->type == FY_COLUMN_SERIAL
         || col->sensitive != FY_SENSITIVE_NONE
         || g_strcmp0 (col->key, "name") == 0 || g_strcmp0 (col->key, "plate") == 0;
}

/* The lines of each row's tallest cell, counted in `tallest` (index: lines,
 * capped at 9); known shapes must be one line. Returns the rows. */
static guint
count_row_lines (FyLedgerPages *pages, FyLedger *ledger, guint tallest[10])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (ledger, 0, -1, &error);
  guint rows = 0;

  g_assert_no_error (error);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      guint row_lines = 1;

      for (guint i = 0; i < pages->n_columns; i++)
        {
          const FyLedgerColumn *col = fy_ledger_get_column (ledger, i);
          const char *text = fy_ledger_cursor_get_text (cursor, i);
          guint lines = 1;

          fy_ledger_measure_text (pages->measure, text, pages->col_w[i] - 2 * pages->pad_x,
                                  fy_ledger_cursor_is_highlighted (cursor, i), &lines);
          if (col->type == FY_COLUMN_DATETIME && lines == 2)
            {
              /* May break before its time; the date stays whole. */
              g_autofree char *date = g_strndup (text, strcspn (text, " "));

              fy_ledger_measure_text (pages->measure, date, pages->col_w[i] - 2 * pages->pad_x, TRUE, &lines);
              g_assert_cmpuint (lines, ==, 1);
            }
          else if (known_shape (col) && lines != 1)
            g_error ("%s «%s» wraps to %u lines", col->key, text, lines);
          row_lines = MAX (row_lines, lines);
        }
      tallest[MIN (row_lines, 9)]++;
      rows++;
    }
  g_assert_no_error (error);
  return rows;
}

static void
test_truck_rows (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(FyLedger) ledger = trucks (store, FROM, TODAY);
  g_autoptr(FyLedgerPages) pages = paginate (ledger);
  guint tallest[10] = { 0 };
  guint rows = count_row_lines (pages, ledger, tallest);
  guint n_pages = fy_ledger_pages_get_n_pages (pages);
  double one_char = fy_pages_text_width (pages, pages->cell_font, "\xe5\x9b\xbd");

  g_test_message ("%u rows, %u pages; by lines: %u %u %u %u %u+", rows, n_pages,
                  tallest[1], tallest[2], tallest[3], tallest[4], rows - tallest[1] - tallest[2] - tallest[3] - tallest[4]);
  g_assert_cmpuint (rows, >=, 40);
  /* Nine rows in ten at most two lines, all but one in fifty at most
   * four (rows were five lines: a week of the demo printed seven drivers a
   * page). A rare long value in a column of short ones may be taller. */
  g_assert_cmpuint (10 * (tallest[1] + tallest[2]), >=, 9 * rows);
  g_assert_cmpuint (50 * (rows - tallest[1] - tallest[2] - tallest[3] - tallest[4]), <=, rows);
  /* So a full page holds at least fifteen rows. */
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (rows / (n_pages - 1), >=, 15);

  /* No header stacks one character a line (7日内中高风险行程 took nine). */
  g_assert_cmpfloat (pages->group_h + pages->header_h, <=, 5 * fy_ledger_measure_line_height (pages->measure) + 4 * PAD_Y);
  /* The sampling time breaks before its time: that took a line off the rows. */
  g_assert_cmpfloat (pages->col_w[fy_ledger_column_index (ledger, "test_at")] - 2 * pages->pad_x, <,
                     fy_pages_text_width (pages, pages->bold_font, "2026-12-31 23:59"));
  for (guint i = 0; i < pages->n_columns; i++)
    g_assert_cmpfloat (pages->col_w[i] - 2 * pages->pad_x, >=, one_char - 0.01);
  g_assert_cmpfloat_with_epsilon (pages->col_x[pages->n_columns - 1] + pages->col_w[pages->n_columns - 1],
                                  MARGIN + pages->table_width, 0.01);
}

/* One truck's cargo is a long remark: the cargo column stays about as wide
 * as with short values only, and the other rows as tall. */
static void
test_long_remark (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) before_ledger = trucks (store, FROM, TODAY);
  g_autoptr(FyLedgerPages) before = paginate (before_ledger);
  int cargo = fy_ledger_column_index (before_ledger, "cargo");
  double cargo_w = before->col_w[cargo];
  g_autoptr(FyLedger) after_ledger = NULL;
  g_autoptr(FyLedgerPages) after = NULL;
  guint tallest[10] = { 0 }, rows;

  g_assert_cmpint (cargo, >=, 0);
  g_assert_true (fy_store_exec (store,
                                "UPDATE gate_visit SET cargo = '冷链食品（冻肉、冻品水产）"
                                "须凭核酸检测报告、消毒证明及追溯码逐件核对后方可入库，另附出入库台账与消毒记录复印件各一份' "
                                "WHERE id = (SELECT min(id) FROM gate_visit WHERE kind = 'truck' "
                                "AND planned_at >= strftime ('%s', '" FROM "', '-8 hours'))",
                                &error));
  g_assert_no_error (error);
  after_ledger = trucks (store, FROM, TODAY);
  after = paginate (after_ledger);
  g_assert_cmpfloat (after->col_w[cargo], <=, cargo_w * 1.1);
  g_assert_cmpfloat (after->col_w[cargo], <, after->table_width / 8);
  rows = count_row_lines (after, after_ledger, tallest);
  /* The long remark's own row is tall; the others as before. */
  g_assert_cmpuint (10 * (tallest[1] + tallest[2]), >=, 9 * (rows - 1));
  g_assert_cmpuint (tallest[9], ==, 1);
}

/* The visitor register (rows of four lines before): four in five rows of
 * two lines, none over four; a rare longer result (放行（未预约） among
 * 放行) gets two characters a line, not one. */
static void
test_visitor_rows (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(FyLedger) ledger = register_of (store, "visitors", FROM, TODAY);
  g_autoptr(FyLedgerPages) pages = paginate (ledger);
  guint tallest[10] = { 0 };
  guint rows = count_row_lines (pages, ledger, tallest);

  g_test_message ("%u rows, %u pages; by lines: %u %u %u %u %u+", rows, fy_ledger_pages_get_n_pages (pages),
                  tallest[1], tallest[2], tallest[3], tallest[4], rows - tallest[1] - tallest[2] - tallest[3] - tallest[4]);
  g_assert_cmpuint (rows, >=, 100);
  g_assert_cmpuint (10 * (tallest[1] + tallest[2]), >=, 8 * rows);
  g_assert_cmpuint (rows - tallest[1] - tallest[2] - tallest[3] - tallest[4], ==, 0);
}

/* No rows: the layout of a third of each width, normal padding. */
static void
test_empty (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyLedger) ledger = trucks (store, FROM, TODAY);
  g_autoptr(FyLedgerPages) pages = paginate (ledger);

  g_assert_cmpuint (fy_ledger_pages_get_n_pages (pages), ==, 1);
  g_assert_cmpfloat (pages->pad_x, ==, PAD_X);
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  fy_test_init (&argc, &argv, TODAY);

  g_test_add_func ("/ledger-fit/truck-rows", test_truck_rows);
  g_test_add_func ("/ledger-fit/long-remark", test_long_remark);
  g_test_add_func ("/ledger-fit/visitor-rows", test_visitor_rows);
  g_test_add_func ("/ledger-fit/empty", test_empty);
  return g_test_run ();
}
