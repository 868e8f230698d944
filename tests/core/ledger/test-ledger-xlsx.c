/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ledger-xlsx.c — what a spreadsheet program sees in the xlsx ledgers,
 * read back with openpyxl: row heights of wrapped text, real dates, the
 * font, the month grid's print setup, periods split into sheets, exact
 * --from/--to, filters in the title block, and the zh_CN headers of the
 * program run from its build tree. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-ledger.h"
#include "fy-ledger-simsun.h"
#include "fy-test-support.h"

#define TODAY "2026-11-30"

/* A remark long enough to wrap in any column, with a line break. */
#define LONG_NOTE "夜班返岗前需复核行程卡与健康码，已电话告知班组长；如出现发热、干咳、乏力等症状立即上报" \
                  "防疫专员并前往发热门诊就诊。\nSecond line: bring the sampling receipt (采样回执) to the gate."

/* Every wrapped text cell of every sheet (the title row aside, 16 pt) is
 * in a row at least lines × 13.5 pt tall (SimSun 10.5 pt). Lines are
 * counted as SimSun breaks at the least: half-width characters one digit
 * wide, CJK two, in the column's (or merged span's) width less padding. */
static const char check_heights[] =
  "import math, unicodedata\n"
  "def units(t):\n"
  "    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in t)\n"
  "checked = 0\n"
  "for ws in wb.worksheets:\n"
  "    span = {}\n"
  "    for r in ws.merged_cells.ranges:\n"
  "        span[(r.min_row, r.min_col)] = range(r.min_col, r.max_col + 1)\n"
  "    def width(row, col):\n"
  "        cols = span.get((row, col), [col])\n"
  "        w = 0\n"
  "        for c in cols:\n"
  "            d = ws.column_dimensions[openpyxl.utils.get_column_letter(c)]\n"
  "            w += (d.width if d.width else 8.43) * 7 + 5\n"
  "        return (w - 6) / 7\n"
  "    for row in ws.iter_rows(min_row=2):\n"
  "        for c in row:\n"
  "            if not isinstance(c.value, str) or not c.alignment.wrap_text:\n"
  "                continue\n"
  "            assert c.font.name == '宋体', (ws.title, c.coordinate, c.font.name)\n"
  "            w = width(c.row, c.column)\n"
  "            lines = sum(max(1, math.ceil(units(p) / w)) for p in c.value.split('\\n'))\n"
  "            if lines < 2:\n"
  "                continue\n"
  "            h = ws.row_dimensions[c.row].height\n"
  "            if (c.row, c.column) in span and any(m.min_row != m.max_row and m.min_row == c.row\n"
  "                                                 for m in ws.merged_cells.ranges\n"
  "                                                 if m.min_col == c.column):\n"
  "                h = sum(ws.row_dimensions[r].height or 15 for r in (c.row, c.row + 1))\n"
  "            assert h is not None and h >= lines * 13.5, (ws.title, c.coordinate, lines, h, c.value)\n"
  "            checked += 1\n"
  "print(checked > 0)\n";

static FyStore *
demo_with_long_note (void)
{
  FyStore *store = fy_test_open_demo_store ();

  fy_test_add_staff (store, "Z999", "欧阳长备注", "department", "冲压车间", "team", "甲班", "note", LONG_NOTE, NULL);
  return store;
}

static char *
export_xlsx (FyStore *store, const char *id, const FyLedgerParams *params, const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = fy_ledger_new (store, id, params, &error);
  char *path = g_strdup_printf ("%s/%s.xlsx", dir, id);

  g_assert_no_error (error);
  g_assert_true (fy_ledger_export (ledger, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_row_heights (void)
{
  FY_TEST_LAST_REF FyStore *store = demo_with_long_note ();
  g_autofree char *dir = fy_test_make_tmpdir ();
  guint n_defs = 0;
  const FyLedgerDef *const *defs = fy_ledger_list (&n_defs);
  FyLedgerParams month = { .from = "2026-11-01", .to = TODAY };
  guint wrapped = 0;

  for (guint i = 0; i < n_defs; i++)
    {
      g_autofree char *path = export_xlsx (store, defs[i]->id,
                                           defs[i]->period == FY_PERIOD_DAY ? NULL : &month, dir);
      g_autofree char *out = fy_test_read_xlsx (path, check_heights, NULL);

      g_test_message ("%s: %s", defs[i]->id, out);
      g_assert_nonnull (out);   /* NULL: the reader's assertion failed */
      wrapped += g_str_equal (out, "True\n");
    }
  /* The long note, the quarantine remarks, the headers… */
  g_assert_cmpuint (wrapped, >=, 3);
}

/* Columns of a date type hold real dates with a date format. */
static const char check_dates[] =
  "import datetime\n"
  "cols = [int(c) for c in sys.argv[2].split(',')]\n"
  "first = int(sys.argv[3])\n"
  "n = 0\n"
  "for row in ws.iter_rows(min_row=first):\n"
  "    if not isinstance(row[0].value, int):\n"
  "        break\n"
  "    for c in cols:\n"
  "        v = row[c]\n"
  "        if v.value is None or v.value == '':\n"
  "            continue\n"
  "        assert isinstance(v.value, datetime.datetime), (v.coordinate, v.value)\n"
  "        assert 'yy' in v.number_format, v.number_format\n"
  "        n += 1\n"
  "print(n)\n";

static void
test_dates (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autofree char *dir = fy_test_make_tmpdir ();
  const char *ids[] = { "nat", "quarantine", "travel", "vaccination" };
  FyLedgerParams month = { .from = "2026-11-01", .to = TODAY };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FyLedger) ledger = fy_ledger_new (store, ids[i], &month, &error);
      g_autofree char *path = export_xlsx (store, ids[i], &month, dir);
      g_autoptr(GString) cols = g_string_new (NULL);
      g_autofree char *first = g_strdup_printf ("%d", fy_ledger_has_groups (ledger) ? 5 : 4);
      g_autofree char *out = NULL;

      for (guint c = 0; c < fy_ledger_get_n_columns (ledger); c++)
        {
          FyColumnType type = fy_ledger_get_column (ledger, c)->type;
          if (type == FY_COLUMN_DATE || type == FY_COLUMN_DATETIME)
            g_string_append_printf (cols, "%s%u", cols->len ? "," : "", c);
        }
      g_assert_cmpuint (cols->len, >, 0);
      out = fy_test_read_xlsx (path, check_dates, (const char *const[]) { cols->str, first, NULL });
      g_test_message ("%s: %s dates", ids[i], out);
      g_assert_cmpint (atoi (out), >, 0);
    }
}

/* The month grid: one page wide on A3 landscape, headers repeated, the
 * name columns and the header rows frozen. */
static const char check_grid_print[] =
  "ps = ws.page_setup\n"
  "assert ws.sheet_properties.pageSetUpPr.fitToPage\n"
  "assert int(ps.fitToWidth or 1) == 1 and int(ps.fitToHeight) == 0, (ps.fitToWidth, ps.fitToHeight)\n"
  "assert int(ps.paperSize) == 8 and ps.orientation == 'landscape', (ps.paperSize, ps.orientation)\n"
  "assert ws.print_title_rows in ('3:4', '$3:$4'), ws.print_title_rows\n"
  "assert ws.freeze_panes == 'E5', ws.freeze_panes\n"
  "assert not ws.col_breaks.brk, ws.col_breaks.brk\n"
  "assert 'A1:%s1' % openpyxl.utils.get_column_letter(ws.max_column) in [str(r) for r in ws.merged_cells.ranges]\n"
  "print(ws[3][4].value, ws[3][ws.max_column - 3].value)\n";

static void
test_month_grid_print (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autofree char *dir = fy_test_make_tmpdir ();
  FyLedgerParams p = { .from = "2026-11-01", .to = TODAY };
  g_autofree char *path = export_xlsx (store, "health-month", &p, dir);
  g_autofree char *out = fy_test_read_xlsx (path, check_grid_print, NULL);

  g_assert_cmpstr (out, ==, "1 30\n");
}

/* The grid's day cells hold the readings of their own day (a grid that
 * starts on the 27th once looked them up by the day of the month). */
static const char count_day_values[] =
  "ws = wb.worksheets[0]\n"
  "print(*[sum(isinstance(r[c].value, (int, float)) for r in ws.iter_rows(min_row=5)) > 100\n"
  "        for c in range(4, 10)])\n";

static const char list_sheets[] =
  "for s in wb.worksheets:\n"
  "    days = [c.value for c in s[3] if isinstance(c.value, str) and c.value.isdigit()]\n"
  "    print(len(s.title) <= 31, s.title.split(' ')[-1], days[0] if days else '-', days[-1] if days else '-', len(days))\n";

/* Across months: one grid a month, one sheet each, exactly the days asked;
 * the PDF has both. Within a month: exactly those days. */
static void
test_periods (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  FyLedgerParams across = { .from = "2026-10-20", .to = "2026-11-10" };
  FyLedgerParams four = { .from = "2026-11-27", .to = TODAY };
  g_autofree char *path = export_xlsx (store, "health-month", &across, dir);
  g_autofree char *out = fy_test_read_xlsx (path, list_sheets, NULL);
  g_autofree char *pdf = g_strdup_printf ("%s/across.pdf", dir);
  g_autoptr(FyLedger) ledger = fy_ledger_new (store, "health-month", &across, &error);
  g_autofree char *text = NULL;

  g_assert_cmpstr (out, ==, "True 2026-10-20 20 31 12\nTrue 2026-11-01 1 10 10\n");
  g_assert_true (fy_ledger_export (ledger, pdf, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = fy_test_pdf_text (pdf);
  g_assert_nonnull (strstr (text, "2026-10-20"));
  g_assert_nonnull (strstr (text, "2026-11-10"));

  g_clear_pointer (&path, g_free);
  g_clear_pointer (&out, g_free);
  path = export_xlsx (store, "health-month", &four, dir);
  out = fy_test_read_xlsx (path, list_sheets, NULL);
  /* One part: the sheet is the ledger's short name alone. */
  g_clear_pointer (&text, g_free);
  text = g_strdup_printf ("True %s 27 30 4\n", g_dpgettext2 (GETTEXT_PACKAGE, "sheet name", "Temperatures"));
  g_assert_cmpstr (out, ==, text);
  g_clear_pointer (&out, g_free);
  out = fy_test_read_xlsx (path, count_day_values, NULL);
  g_assert_cmpstr (out, ==, "True True True True True True\n");

  /* The daily sheet over the same four days: a sheet a day. */
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&out, g_free);
  path = export_xlsx (store, "health-daily", &four, dir);
  out = fy_test_read_xlsx (path, "print(' '.join(s.title.split(' ')[-1] for s in wb.worksheets))\n", NULL);
  g_assert_cmpstr (out, ==, "2026-11-27 2026-11-28 2026-11-29 2026-11-30\n");
}

/* The title block names the filters. */
static void
test_filters_named (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(GError) error = NULL;
  FyLedgerParams p = { .department = "冲压车间", .status = "on_site" };
  g_autoptr(FyLedger) ledger = fy_ledger_new (store, "roster", &p, &error);
  const char *period = fy_ledger_get_period_text (ledger);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (period, fy_test_tr ("Department: ")));
  g_assert_nonnull (strstr (period, "冲压车间"));
  g_assert_nonnull (strstr (period, fy_test_tr ("On site")));
}

/* build/src/fangyi without FANGYI_LOCALEDIR, in Chinese: the catalogue of
 * its build tree; the nucleic-acid method column is 检测方式. Its help
 * lists the ledger's own options. */
static void
test_cli_zh_cn (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *path = g_strdup_printf ("%s/nat.xlsx", dir);
  g_autofree char *out = NULL;
  g_autofree char *help = NULL;
  g_autofree char *wrote = NULL;
  const char *db = fy_store_get_path (store);

  g_unsetenv ("FANGYI_LOCALEDIR");
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_unsetenv ("LC_ALL");
  g_assert_cmpint (fy_test_spawn_cli (db, (const char *const[]) { "export", "nat", "--from", "2026-11-01", "--to",
                                                                  TODAY, "-o", path, NULL }, &wrote, NULL), ==, 0);
  /* "Wrote FILE" in Chinese: the catalogue was found. */
  g_assert_true (g_str_has_prefix (wrote, "已写入"));
  out = fy_test_read_xlsx (path, "print('检测方式' in [c.value for c in ws[3]], '测温方式' in [c.value for c in ws[3]])\n",
                           NULL);
  g_assert_cmpstr (out, ==, "True False\n");

  g_assert_cmpint (fy_test_spawn_cli (db, (const char *const[]) { "export", "nat", "--help", NULL }, &help, NULL), ==, 0);
  g_assert_nonnull (strstr (help, "--department"));
  g_assert_nonnull (strstr (help, "--from"));
  g_assert_null (strstr (help, "--status"));
}

/* Lines at SimSun's advances (em 10 pt here): ASCII half an em, CJK one;
 * a Latin word moves whole; a closing mark takes the character before it
 * to the next line. */
static void
test_simsun_lines (void)
{
  g_assert_cmpuint (fy_ledger_simsun_lines ("", 40, 10), ==, 1);
  g_assert_cmpuint (fy_ledger_simsun_lines (NULL, 40, 10), ==, 1);
  g_assert_cmpuint (fy_ledger_simsun_lines ("测试测试", 40, 10), ==, 1);
  g_assert_cmpuint (fy_ledger_simsun_lines ("测试测试", 39, 10), ==, 2);
  g_assert_cmpuint (fy_ledger_simsun_lines ("36.5 37.2", 45, 10), ==, 1);   /* 9 half-widths */
  g_assert_cmpuint (fy_ledger_simsun_lines ("abcd efgh", 40, 10), ==, 2);
  g_assert_cmpuint (fy_ledger_simsun_lines ("ab abcdef", 40, 10), ==, 2);   /* the word moves whole */
  g_assert_cmpuint (fy_ledger_simsun_lines ("abcdefghijkl", 40, 10), ==, 2); /* too long: broken */
  g_assert_cmpuint (fy_ledger_simsun_lines ("测测测测，测测测", 40, 10), ==, 3);
  g_assert_cmpuint (fy_ledger_simsun_lines ("测\n测", 40, 10), ==, 2);
  /* Never fewer lines than one em per character would give for CJK. */
  g_assert_cmpuint (fy_ledger_simsun_lines ("发热门诊就诊后返岗", 30, 10), ==, 3);
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, TODAY);
  g_test_add_func ("/ledger-xlsx/simsun-lines", test_simsun_lines);
  g_test_add_func ("/ledger-xlsx/row-heights", test_row_heights);
  g_test_add_func ("/ledger-xlsx/dates", test_dates);
  g_test_add_func ("/ledger-xlsx/month-grid-print", test_month_grid_print);
  g_test_add_func ("/ledger-xlsx/periods", test_periods);
  g_test_add_func ("/ledger-xlsx/filters-named", test_filters_named);
  g_test_add_func ("/ledger-xlsx/cli-zh-cn", test_cli_zh_cn);
  return g_test_run ();
}
