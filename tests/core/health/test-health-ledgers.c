/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The health ledgers: the month grid read back with openpyxl (a known
 * person's day-17 afternoon value in the cell the layout says, headers
 * too), the daily sheet's "normal, not measured" status text and its late
 * entry / same-value / open follow-up remarks, the nucleic-acid ledger's
 * overdue and late flags, the cells engine across batches and pages, bands
 * of printed pages, the CLI aliases, and every new ledger to xlsx / PDF /
 * CSV on the demo company. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fy-absence.h"
#include "fy-cli.h"
#include "fy-quarantine-monitor.h"
#include "fy-demo.h"
#include "fy-error.h"
#include "fy-health-private.h"
#include "fy-health-test-support.h"
#include "fy-ledger.h"
#include "fy-tests.h"

#define TODAY "2026-11-22"

/* Month grid layout: No. | Department | Team | Name | day 1 AM | day 1 PM | … */
#define MONTH_FIRST_DAY 4

static const char *const new_ledgers[] = {
  "health-daily", "health-month", "nat", "vaccination", "travel", "quarantine", "abnormal",
  "quarantine-monitoring", NULL
};

/* Excel's name of a 0-based column index. */
static char *
column_name (guint index)
{
  char buf[8] = { 0 };
  int n = 0;

  for (guint i = index + 1; i > 0; i = (i - 1) / 26)
    buf[n++] = (char) ('A' + (i - 1) % 26);
  for (int a = 0, b = n - 1; a < b; a++, b--)
    {
      char t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  return g_strdup (buf);
}

static void
record (FyStore *store, gint64 id, const char *day, FyHealthSession session, const char *temperature,
        gint64 now)
{
  g_autoptr(GError) error = NULL;
  FyReadingEntry e = { 0 };

  e.temperature = temperature;
  e.method = FY_METHOD_FOREHEAD;
  g_assert_true (fy_health_record (store,
                                   &(FyReadingSlot) { .staff_id = id, .day = day, .session = session },
                                   &e, now, NULL, &error));
  g_assert_no_error (error);
}

typedef struct
{
  FyStore *store;
  gint64   zhang, li, wang, zhao;
} Fixture;

/* Four people. On 11-17: 张三 36.4 / 36.7; 李四 marked normal in the morning
 * (not measured), 37.8 in the afternoon (a fever, follow-up open); 王五's
 * afternoon typed two days later (补录); 赵六 (a guard) 36.5 twice a day for
 * the seven days to 11-17. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  guint filled = 0;

  f->store = fy_test_open_store ();
  g_assert_true (fy_store_set_setting (f->store, "company.name", "澄湖测试有限公司", &error));
  g_assert_true (fy_store_set_setting (f->store, "fever_line", "373", &error));
  g_assert_no_error (error);
  f->zhang = fy_test_add_person_full (f->store, "T01", "张三", "冲压车间", "甲班", "操作工", FALSE);
  f->li = fy_test_add_person_full (f->store, "T02", "李四", "冲压车间", "甲班", "操作工", FALSE);
  f->wang = fy_test_add_person_full (f->store, "T03", "王五", "质量部", "乙班", "检验员", FALSE);
  f->zhao = fy_test_add_person_full (f->store, "T04", "赵六", "后勤保障部", "保安", "保安", TRUE);

  record (f->store, f->zhang, "2026-11-17", FY_SESSION_MORNING, "36.4", fy_test_at ("2026-11-17", 8, 0));
  record (f->store, f->zhang, "2026-11-17", FY_SESSION_AFTERNOON, "３６．７", fy_test_at ("2026-11-17", 14, 30));
  record (f->store, f->wang, "2026-11-17", FY_SESSION_MORNING, "36.2", fy_test_at ("2026-11-17", 8, 5));
  for (int d = 11; d <= 17; d++)
    {
      g_autofree char *day = g_strdup_printf ("2026-11-%02d", d);
      record (f->store, f->zhao, day, FY_SESSION_MORNING, "36.5", fy_test_at (day, 7, 50));
      record (f->store, f->zhao, day, FY_SESSION_AFTERNOON, "36.5", fy_test_at (day, 14, 0));
    }
  g_assert_true (fy_health_fill_normal (f->store, "2026-11-17", FY_SESSION_MORNING, NULL,
                                        fy_test_at ("2026-11-17", 11, 0), &filled, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (filled, ==, 1);   /* only 李四 had no morning entry */
  record (f->store, f->li, "2026-11-17", FY_SESSION_AFTERNOON, "37.8", fy_test_at ("2026-11-17", 14, 40));
  record (f->store, f->wang, "2026-11-17", FY_SESSION_AFTERNOON, "36.6", fy_test_at ("2026-11-19", 10, 0));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_assert_finalize_object (g_steal_pointer (&f->store));
}

static FyLedger *
make_ledger (FyStore *store, const char *id, const char *from, const char *to)
{
  g_autoptr(GError) error = NULL;
  FyLedgerParams p = { 0 };
  FyLedger *ledger;

  p.from = from;
  p.to = to;
  ledger = fy_ledger_new (store, id, &p, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ledger);
  return ledger;
}

static int
find_column (FyLedger *ledger, const char *key)
{
  for (guint i = 0; i < fy_ledger_get_n_columns (ledger); i++)
    if (g_str_equal (fy_ledger_get_column (ledger, i)->key, key))
      return (int) i;
  g_error ("no column %s", key);
  return -1;
}

/* ---- the month grid ----------------------------------------------------- */

static const char month_check[] =
  "am, pm, name_col = sys.argv[2], sys.argv[3], sys.argv[4]\n"
  "def show(v): return 'None' if v is None else repr(v)\n"
  "print('group', ws[am + '3'].value)\n"
  "print('am', ws[am + '4'].value, 'pm', ws[pm + '4'].value)\n"
  "merged = [str(r) for r in ws.merged_cells.ranges]\n"
  "print('merged', am + '3:' + pm + '3' in merged)\n"
  "print('name', ws[name_col + '3'].value)\n"
  "for row in range(5, ws.max_row + 1):\n"
  "    n = ws[name_col + str(row)].value\n"
  "    if n in ('张三', '李四', '王五'):\n"
  "        a, p = ws[am + str(row)], ws[pm + str(row)]\n"
  "        print(n, show(a.value), show(p.value), a.data_type, p.data_type, bool(p.font.b))\n";

static void
test_month_grid_xlsx (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = make_ledger (f->store, "health-month", "2026-11-05", NULL);
  g_autofree char *path = fy_test_tmp_path ("grid.xlsx");
  /* Day 17: the 17th group of two cells after the person columns. */
  guint am_index = MONTH_FIRST_DAY + (17 - 1) * 2;
  g_autofree char *am = column_name (am_index);
  g_autofree char *pm = column_name (am_index + 1);
  g_autofree char *name_col = column_name (3);
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;
  const FyLedgerColumn *col;

  /* A month runs from its first to its last day, whatever day was given. */
  g_assert_cmpstr (fy_ledger_get_from (ledger), ==, "2026-11-01");
  g_assert_cmpstr (fy_ledger_get_to (ledger), ==, "2026-11-30");
  g_assert_cmpuint (fy_ledger_get_n_columns (ledger), ==, MONTH_FIRST_DAY + 30 * 2 + 1);
  g_assert_cmpstr (am, ==, "AK");   /* independent of column_name (): E + 32 */
  col = fy_ledger_get_column (ledger, am_index + 1);
  g_assert_cmpstr (col->group, ==, "17");
  g_assert_cmpstr (col->header, ==, fy_test_tr ("PM"));

  g_assert_true (fy_ledger_export (ledger, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  out = fy_test_read_xlsx (path, month_check, (const char *const[]) { am, pm, name_col, NULL });
  expected = g_strdup_printf ("group 17\n"
                              "am %s pm %s\n"
                              "merged True\n"
                              "name %s\n"
                              "张三 36.4 36.7 n n False\n"
                              "李四 '%s' 37.8 s n True\n"
                              "王五 36.2 36.6 n n False\n",
                              fy_test_tr ("AM"), fy_test_tr ("PM"), fy_test_tr ("Name"), fy_test_tr ("✓"));
  g_assert_cmpstr (out, ==, expected);
}

static void
test_month_grid_cells (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = make_ledger (f->store, "health-month", "2026-11-01", NULL);
  g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (ledger, 0, -1, &error);
  guint remarks = fy_ledger_get_n_columns (ledger) - 1;
  guint pm17 = MONTH_FIRST_DAY + 16 * 2 + 1;
  guint seen = 0;

  g_assert_no_error (error);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      const char *name = fy_ledger_cursor_get_text (cursor, 3);
      const char *remark = fy_ledger_cursor_get_text (cursor, remarks);

      seen++;
      if (g_str_equal (name, "王五"))
        {
          /* In C the format is "%d %s entered late"; a translation keeps
           * the day and the session. */
          if (g_str_equal (fy_test_tr ("%d %s entered late"), "%d %s entered late"))
            g_assert_cmpstr (remark, ==, "17 PM entered late");
          else
            {
              g_assert_nonnull (strstr (remark, "17"));
              g_assert_nonnull (strstr (remark, fy_test_tr ("PM")));
            }
          g_assert_true (fy_ledger_cursor_is_highlighted (cursor, remarks));
        }
      else if (g_str_equal (name, "赵六"))
        {
          double v = 0;
          g_assert_true (fy_ledger_cursor_get_number (cursor, pm17, &v));
          g_assert_cmpfloat_with_epsilon (v, 36.5, 1e-9);
          /* Seven equal days are the daily sheet's remark, not the grid's. */
          g_assert_cmpstr (remark, ==, "");
          g_assert_false (fy_ledger_cursor_is_highlighted (cursor, remarks));
        }
      else if (g_str_equal (name, "李四"))
        {
          double v = 0;
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, pm17 - 1), ==, fy_test_tr ("✓"));
          g_assert_false (fy_ledger_cursor_get_number (cursor, pm17 - 1, &v));
          g_assert_true (fy_ledger_cursor_is_highlighted (cursor, pm17));
          g_assert_false (fy_ledger_cursor_is_highlighted (cursor, pm17 - 1));
          g_assert_cmpstr (remark, ==, "");
        }
      else
        {
          g_assert_cmpstr (name, ==, "张三");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, pm17), ==, "36.7");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, pm17 + 1), ==, "");   /* 18 AM */
          g_assert_cmpstr (remark, ==, "");
        }
    }
  g_assert_no_error (error);
  g_assert_cmpuint (seen, ==, 4);
}

/* More people than one batch of the cells SQL: every row still gets its own
 * cells, whether read in one go or a page at a time. */
static void
test_month_grid_batches (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = NULL;
  const guint n = 4500;
  gint64 rows = 0;

  /* Set-based: people P00001…, each with day-3 morning 36.0 + (id mod 10) / 10. */
  g_assert_true (fy_store_exec (store,
      "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 4500)"
      " INSERT INTO staff (employee_no, name, department) SELECT printf('P%05d', i), printf('员工%05d', i), '车间' FROM k;"
      "INSERT INTO reading (day, session, staff_id, status, temp_tenths, fever_line, entered_at)"
      " SELECT '2026-11-03', 0, id, 'measured', 360 + id % 10, 373, 1793664000 FROM staff", &error));
  g_assert_no_error (error);
  ledger = make_ledger (store, "health-month", "2026-11-01", NULL);
  g_assert_cmpint (fy_ledger_count_rows (ledger, &error), ==, n);

  for (gint64 offset = 0; offset < n; offset += 1500)
    {
      g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (ledger, offset, offset == 0 ? -1 : 1500, &error);
      g_assert_no_error (error);
      while (fy_ledger_cursor_next (cursor, &error))
        {
          const char *name = fy_ledger_cursor_get_text (cursor, 3);
          int id = atoi (name + strlen ("员工"));
          g_autofree char *want = g_strdup_printf ("36.%d", id % 10);

          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, MONTH_FIRST_DAY + 4), ==, want);
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, MONTH_FIRST_DAY + 5), ==, "");
          rows++;
        }
      g_assert_no_error (error);
    }
  /* n from the full read, then two pages of 1500 (from 1500 and 3000). */
  g_assert_cmpint (rows, ==, n + 3000);
}

/* `word` stands alone in `text` (pdftotext -layout separates cells by spaces). */
static gboolean
has_word (const char *text, const char *word)
{
  g_autofree char *pattern = g_strdup_printf ("(^|\\s)%s(\\s|$)", word);
  return g_regex_match_simple (pattern, text, G_REGEX_MULTILINE, 0);
}

static void
test_month_grid_pdf_bands (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = make_ledger (f->store, "health-month", "2026-11-01", NULL);
  g_autofree char *path = fy_test_tmp_path ("grid.pdf");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *page_size = NULL;

  g_assert_true (fy_ledger_export (ledger, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* Four people fit one row of pages; a month needs two pages side by side. */
  g_assert_cmpuint (fy_test_pdf_pages (path, &page_size), ==, 2);
  first = fy_test_run_tool ((const char *const[]) { "pdftotext", "-f", "1", "-l", "1", "-layout", path, "-", NULL });
  second = fy_test_run_tool ((const char *const[]) { "pdftotext", "-f", "2", "-l", "2", "-layout", path, "-", NULL });
  /* Both pages name the people; the days are split between them, and the
   * remarks and the legend are on the second. */
  g_assert_nonnull (strstr (first, "张三"));
  g_assert_nonnull (strstr (second, "张三"));
  g_assert_true (has_word (first, "16"));
  g_assert_false (has_word (first, "17"));
  g_assert_true (has_word (second, "17"));
  g_assert_true (has_word (second, "30"));
  g_assert_false (has_word (second, "16"));
  /* 赵六's 11th–16th on the first page, 张三's 17th on the second. */
  g_assert_true (has_word (first, "36.5"));
  g_assert_false (has_word (first, "36.7"));
  g_assert_true (has_word (second, "36.7"));
  g_assert_nonnull (strstr (second, fy_test_tr ("Remarks")));
  g_assert_null (strstr (first, fy_test_tr ("Remarks")));
}

/* ---- the daily sheet ---------------------------------------------------- */

static const char daily_check[] =
  "for row in range(5, ws.max_row + 1):\n"
  "    if ws['D' + str(row)].value == '李四':\n"
  "        c = ws['F' + str(row)]\n"
  "        print(repr(c.value), c.data_type, repr(ws['H' + str(row)].value), ws['H' + str(row)].data_type)\n"
  /* The marks are explained under the table (the legend is the note). */
  "print(any(isinstance(c.value, str) and c.value == sys.argv[2] for r in ws.iter_rows() for c in r))\n";

static void
test_daily_sheet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = make_ledger (f->store, "health-daily", "2026-11-17", NULL);
  g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (ledger, 0, -1, &error);
  g_autofree char *path = fy_test_tmp_path ("daily.xlsx");
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;
  int am = find_column (ledger, "am"), pm = find_column (ledger, "pm");
  int action = find_column (ledger, "action"), remarks = find_column (ledger, "remarks");
  g_autofree char *same = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Same temperature %d day in a row",
                                                        "Same temperature %d days in a row", 7), 7);
  guint seen = 0;

  g_assert_cmpstr (fy_ledger_get_period_text (ledger), ==, "2026-11-17");
  g_assert_cmpstr (fy_ledger_get_column (ledger, am)->group, ==, fy_test_tr ("Morning"));
  g_assert_no_error (error);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      const char *name = fy_ledger_cursor_get_text (cursor, 3);
      const char *remark = fy_ledger_cursor_get_text (cursor, remarks);
      double v = 0;

      seen++;
      if (g_str_equal (name, "李四"))
        {
          /* The status, never a number. */
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am), ==, fy_test_tr ("✓"));
          g_assert_false (fy_ledger_cursor_get_number (cursor, am, &v));
          g_assert_false (fy_ledger_cursor_is_highlighted (cursor, am));
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, pm), ==, "37.8");
          g_assert_true (fy_ledger_cursor_is_highlighted (cursor, pm));
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, action), ==, fy_test_tr ("Not decided"));
          g_assert_true (fy_ledger_cursor_is_highlighted (cursor, action));
          g_assert_cmpstr (remark, ==, fy_test_tr ("Follow-up open"));
        }
      else if (g_str_equal (name, "王五"))
        {
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, pm), ==, "36.6");
          g_assert_cmpstr (remark, ==, fy_test_tr ("Afternoon entered late"));
          g_assert_true (fy_ledger_cursor_is_highlighted (cursor, remarks));
        }
      else if (g_str_equal (name, "赵六"))
        {
          g_assert_true (fy_ledger_cursor_get_number (cursor, am, &v));
          g_assert_cmpfloat_with_epsilon (v, 36.5, 1e-9);
          g_assert_cmpstr (remark, ==, same);
          g_assert_true (fy_ledger_cursor_is_highlighted (cursor, remarks));
        }
      else
        {
          g_assert_cmpstr (name, ==, "张三");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am), ==, "36.4");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, pm), ==, "36.7");
          g_assert_cmpstr (remark, ==, "");
          g_assert_false (fy_ledger_cursor_is_highlighted (cursor, remarks));
        }
    }
  g_assert_no_error (error);
  g_assert_cmpuint (seen, ==, 4);

  /* In the spreadsheet the status is text and the fever a number. */
  g_assert_true (fy_ledger_export (ledger, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (fy_ledger_get_note (ledger), fy_test_tr ("✓")));
  out = fy_test_read_xlsx (path, daily_check, (const char *const[]) { fy_ledger_get_note (ledger), NULL });
  expected = g_strdup_printf ("'%s' s 37.8 n\nTrue\n", fy_test_tr ("✓"));
  g_assert_cmpstr (out, ==, expected);
}

/* Someone away shows why where a reading would be: the daily sheet names
 * the reason, the month grid marks the day (first value wins: a reading
 * stays a reading). */
static void
test_away_named (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) daily = make_ledger (f->store, "health-daily", "2026-11-18", NULL);
  g_autoptr(FyLedger) month = NULL;
  g_autoptr(FyLedgerCursor) cursor = NULL;
  FyTripSpec trip = { .purpose = FY_TRIP_BUSINESS, .destination = "上海市浦东新区", .risk = FY_RISK_LOW,
                      .depart_on = "2026-11-18", .planned_return_on = "2026-11-25" };
  int am = find_column (daily, "am"), pm = find_column (daily, "pm");
  guint am18 = MONTH_FIRST_DAY + 17 * 2;
  guint seen = 0;

  g_assert_true (fy_absence_record (f->store, f->zhang, &(FyAbsenceSpec) { .kind = FY_ABSENCE_SICK_LEAVE,
                                    .start_day = "2026-11-18", .end_day = "2026-11-19" }, 0, NULL, &error));
  g_assert_true (fy_trips_register (f->store, f->wang, &trip, 0, NULL, &error));
  g_assert_no_error (error);
  record (f->store, f->zhang, "2026-11-18", FY_SESSION_MORNING, "36.3", fy_test_at ("2026-11-18", 8, 0));
  /* 李四's fever of 11-17: sent home (回家观察), the follow-up still open. */
  {
    g_autoptr(GPtrArray) open = fy_health_list_follow_ups (f->store, TRUE, "2026-11-17", "2026-11-17", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (open->len, ==, 1);
    g_assert_true (fy_health_update_follow_up (f->store, ((FyFollowUp *) open->pdata[0])->id, "37.9",
                                               FY_FOLLOW_UP_ACTION_HOME, "", fy_test_at ("2026-11-17", 15, 0),
                                               &error));
    g_assert_no_error (error);
  }

  cursor = fy_ledger_query (daily, 0, -1, &error);
  g_assert_no_error (error);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      const char *name = fy_ledger_cursor_get_text (cursor, 3);
      if (g_str_equal (name, "张三"))
        {
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am), ==, "36.3");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, pm), ==, fy_test_tr ("S"));
          seen++;
        }
      else if (g_str_equal (name, "王五"))
        {
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am), ==, fy_test_tr ("T"));
          seen++;
        }
      else if (g_str_equal (name, "赵六"))
        g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am), ==, "");
      else if (g_str_equal (name, "李四"))
        {
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am), ==, fy_test_tr ("H"));
          seen++;
        }
    }
  g_assert_no_error (error);
  g_assert_cmpuint (seen, ==, 3);
  g_clear_pointer (&cursor, fy_ledger_cursor_free);

  month = make_ledger (f->store, "health-month", "2026-11-01", NULL);
  cursor = fy_ledger_query (month, 0, -1, &error);
  g_assert_no_error (error);
  seen = 0;
  while (fy_ledger_cursor_next (cursor, &error))
    {
      const char *name = fy_ledger_cursor_get_text (cursor, 3);
      if (g_str_equal (name, "张三"))
        {
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am18), ==, "36.3");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am18 + 1), ==, fy_test_tr ("S"));
          seen++;
        }
      else if (g_str_equal (name, "王五"))
        {
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am18), ==, fy_test_tr ("T"));
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am18 - 1), ==, "36.6");   /* 17 PM */
          seen++;
        }
      else if (g_str_equal (name, "李四"))
        {
          /* Sent home from the day after the fever, not on its own day. */
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am18 - 1), ==, "37.8");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am18), ==, fy_test_tr ("H"));
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am18 + 1), ==, fy_test_tr ("H"));
          seen++;
        }
    }
  g_assert_no_error (error);
  g_assert_cmpuint (seen, ==, 3);
}

/* The abnormal-case ledger: 李四's fever of 11-17 still open, and a
 * positive result of 张三 received on 11-18 with the quarantine it led to. */
static void
test_abnormal_cases (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = NULL;
  g_autoptr(FyLedgerCursor) cursor = NULL;
  gint64 result = 0;
  int finding, action, outcome, who;
  guint n = 0;

  fy_store_set_actor (f->store, "周敏");
  g_assert_true (fy_tests_record (f->store, &(FyTestRecordInput) { .staff_id = f->zhang,
                                  .sampled_at = fy_test_at ("2026-11-17", 9, 0), .kind = FY_TEST_PCR,
                                  .result = FY_RESULT_PENDING }, fy_test_at ("2026-11-17", 9, 5), &result, &error));
  g_assert_true (fy_tests_set_result (f->store, result, FY_RESULT_POSITIVE, fy_test_at ("2026-11-18", 10, 0),
                                      fy_test_at ("2026-11-18", 10, 5), &error));
  g_assert_no_error (error);
  ledger = make_ledger (f->store, "abnormal", "2026-11-01", "2026-11-22");
  finding = find_column (ledger, "finding");
  action = find_column (ledger, "action");
  outcome = find_column (ledger, "outcome");
  who = find_column (ledger, "handled_by");
  cursor = fy_ledger_query (ledger, 0, -1, &error);
  g_assert_no_error (error);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      const char *name = fy_ledger_cursor_get_text (cursor, 2);
      n++;
      g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, outcome), ==, fy_test_tr ("Still open"));
      g_assert_true (fy_ledger_cursor_is_highlighted (cursor, outcome));
      if (g_str_equal (name, "李四"))
        {
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, 1), ==, "2026-11-17");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, finding), ==, fy_test_tr ("Fever"));
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, action), ==, fy_test_tr ("Not decided"));
        }
      else
        {
          g_assert_cmpstr (name, ==, "张三");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, 1), ==, "2026-11-18");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, finding), ==, fy_test_tr ("Nucleic acid positive"));
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, who), ==, "周敏");
          g_assert_true (fy_ledger_cursor_is_highlighted (cursor, finding));
        }
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
}

/* The travel register names who registered a trip and shows the ID
 * number and phone masked by default. */
static void
test_travel_columns (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = NULL;
  g_autoptr(FyLedgerCursor) cursor = NULL;
  g_autoptr(FyStaff) staff = fy_staff_get (f->store, f->zhang, &error);
  g_autofree char *masked = NULL;
  g_autofree char *id_number = g_strdup_printf ("32050619900307123%c", fy_id_number_check_char ("32050619900307123"));
  FyTripSpec trip = { .purpose = FY_TRIP_PRIVATE, .destination = "南京市鼓楼区", .risk = FY_RISK_LOW,
                      .depart_on = "2026-11-19", .planned_return_on = "2026-11-21" };

  fy_test_set_text (&staff->id_number, id_number);
  fy_test_save_staff (f->store, staff);
  fy_store_set_actor (f->store, "周敏");
  g_assert_true (fy_trips_register (f->store, f->zhang, &trip, 0, NULL, &error));
  g_assert_no_error (error);
  ledger = make_ledger (f->store, "travel", "2026-11-01", "2026-11-22");
  cursor = fy_ledger_query (ledger, 0, -1, &error);
  g_assert_true (fy_ledger_cursor_next (cursor, &error));
  masked = fy_mask_id_number (id_number);
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, find_column (ledger, "id_number")), ==, masked);
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, find_column (ledger, "registered_by")), ==, "周敏");
}

/* Quarantine monitoring: entries for days the quarantine covers only, one
 * row per day with day 1…N, a missing check blank, a fever highlighted. */
static void
test_quarantine_monitoring (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = NULL;
  g_autoptr(FyLedgerCursor) cursor = NULL;
  FyQuarantineSpec q = { .staff_id = f->wang, .template_code = "home_7", .start_day = "2026-11-18",
                         .reason = FY_QUARANTINE_REASON_CLOSE_CONTACT, .place = "居家" };
  gint64 qid = 0;
  int am, pm, monitor;

  g_assert_true (fy_quarantine_start (f->store, &q, fy_test_at ("2026-11-18", 8, 0), &qid, &error));
  g_assert_no_error (error);
  g_assert_true (fy_quarantine_monitor_record (f->store, &(FyMonitorEntry) { .quarantine_id = qid,
                 .day = "2026-11-18", .session = FY_SESSION_MORNING, .temperature = "３６．８", .monitor = "陈敏" },
                 fy_test_at ("2026-11-18", 8, 30), &error));
  g_assert_true (fy_quarantine_monitor_record (f->store, &(FyMonitorEntry) { .quarantine_id = qid,
                 .day = "2026-11-18", .session = FY_SESSION_AFTERNOON, .temperature = "37.5",
                 .symptoms = FY_SYMPTOM_COUGH, .monitor = "陈敏" }, fy_test_at ("2026-11-18", 20, 0), &error));
  g_assert_no_error (error);
  g_assert_false (fy_quarantine_monitor_record (f->store, &(FyMonitorEntry) { .quarantine_id = qid,
                  .day = "2026-11-17", .session = FY_SESSION_MORNING, .temperature = "36.5" },
                  fy_test_at ("2026-11-18", 9, 0), &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);

  ledger = make_ledger (f->store, "quarantine-monitoring", "2026-11-17", "2026-11-19");
  am = find_column (ledger, "am");
  pm = find_column (ledger, "pm");
  monitor = find_column (ledger, "monitor");
  cursor = fy_ledger_query (ledger, 0, -1, &error);
  g_assert_true (fy_ledger_cursor_next (cursor, &error));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, find_column (ledger, "day_no")), ==, "1");
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am), ==, "36.8");
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, pm), ==, "37.5");
  g_assert_true (fy_ledger_cursor_is_highlighted (cursor, pm));
  g_assert_false (fy_ledger_cursor_is_highlighted (cursor, am));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, monitor), ==, "陈敏");
  g_assert_true (fy_ledger_cursor_next (cursor, &error));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, find_column (ledger, "day")), ==, "2026-11-19");
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, am), ==, "");
  g_assert_false (fy_ledger_cursor_next (cursor, &error));
  g_assert_no_error (error);
}

/* The seven-day remark is exactly the translated sentence. */
static void
test_daily_same_value_text (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = make_ledger (f->store, "health-daily", "2026-11-17", NULL);
  g_autoptr(FyLedger) earlier = make_ledger (f->store, "health-daily", "2026-11-16", NULL);
  g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (ledger, 0, -1, &error);
  g_autoptr(FyLedgerCursor) before = fy_ledger_query (earlier, 0, -1, &error);
  g_autofree char *same = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Same temperature %d day in a row",
                                                        "Same temperature %d days in a row", 7), 7);
  int remarks = find_column (ledger, "remarks");

  while (fy_ledger_cursor_next (cursor, &error))
    if (g_str_equal (fy_ledger_cursor_get_text (cursor, 3), "赵六"))
      g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, remarks), ==, same);
  /* On the 16th there were only six days of it. */
  while (fy_ledger_cursor_next (before, &error))
    if (g_str_equal (fy_ledger_cursor_get_text (before, 3), "赵六"))
      g_assert_cmpstr (fy_ledger_cursor_get_text (before, remarks), ==, "");
  g_assert_no_error (error);
}

/* ---- the nucleic-acid ledger -------------------------------------------- */

static void
test_nat_overdue (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = NULL;
  g_autoptr(FyLedgerCursor) cursor = NULL;
  gint64 now = fy_test_at ("2026-11-22", 9, 0);
  struct { gint64 *who; const char *day; int h, m; } samples[] = {
    { &f->zhang, "2026-11-19", 9, 0 },    /* due 11-21 09:00, none since: overdue */
    { &f->wang, "2026-11-18", 9, 0 },     /* due 11-20 09:00 … */
    { &f->wang, "2026-11-21", 10, 0 },    /* … tested a day later: late; this one is fine */
    { &f->zhao, "2026-11-21", 8, 30 },    /* 24 h: due 11-22 08:30 … */
    { &f->zhao, "2026-11-22", 8, 45 },    /* … same day, 15 min after: not late */
  };
  int flag, interval, category, result;
  guint seen = 0;

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *day = g_strdup (samples[i].day);
      gint64 sampled = fy_test_at (day, samples[i].h, samples[i].m);
      g_assert_true (fy_tests_record (f->store,
                                      &(FyTestRecordInput) { .staff_id = *samples[i].who,
                                                             .sampled_at = sampled, .kind = FY_TEST_PCR,
                                                             .place = "厂区采样点",
                                                             .result = FY_RESULT_NEGATIVE,
                                                             .result_at = sampled + 600 },
                                      now, NULL, &error));
      g_assert_no_error (error);
    }
  /* A pending one (no result yet) says so. */
  g_assert_true (fy_tests_record (f->store,
                                  &(FyTestRecordInput) { .staff_id = f->li,
                                                         .sampled_at = fy_test_at ("2026-11-21", 9, 0),
                                                         .kind = FY_TEST_PCR, .place = "",
                                                         .result = FY_RESULT_PENDING, .result_at = 0 },
                                  now, NULL, &error));
  g_assert_no_error (error);

  ledger = make_ledger (f->store, "nat", "2026-11-18", "2026-11-22");
  flag = find_column (ledger, "overdue");
  interval = find_column (ledger, "interval");
  category = find_column (ledger, "category");
  result = find_column (ledger, "result");
  cursor = fy_ledger_query (ledger, 0, -1, &error);
  g_assert_no_error (error);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      const char *name = fy_ledger_cursor_get_text (cursor, 1);
      const char *sampled = fy_ledger_cursor_get_text (cursor, find_column (ledger, "sampled_at"));
      const char *text = fy_ledger_cursor_get_text (cursor, flag);

      seen++;
      if (g_str_equal (name, "张三"))
        {
          g_assert_cmpstr (text, ==, fy_test_tr ("Overdue"));
          g_assert_true (fy_ledger_cursor_is_highlighted (cursor, flag));
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, interval), ==, "48");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, find_column (ledger, "next_due")), ==,
                           "2026-11-21 09:00");
        }
      else if (g_str_equal (name, "王五") && g_str_has_prefix (sampled, "2026-11-18"))
        {
          g_assert_cmpstr (text, ==, fy_test_tr ("Tested late"));
          g_assert_true (fy_ledger_cursor_is_highlighted (cursor, flag));
        }
      else if (g_str_equal (name, "赵六"))
        {
          g_assert_cmpstr (text, ==, "");
          g_assert_false (fy_ledger_cursor_is_highlighted (cursor, flag));
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, interval), ==, "24");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, category), ==, fy_test_tr ("High-contact post"));
        }
      else if (g_str_equal (name, "李四"))
        {
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, result), ==, fy_test_tr ("Pending"));
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, find_column (ledger, "result_at")), ==, "");
        }
      else
        {
          g_assert_cmpstr (name, ==, "王五");
          g_assert_cmpstr (text, ==, "");
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, result), ==, fy_test_tr ("Negative"));
          g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, category), ==, fy_test_tr ("General staff"));
        }
    }
  g_assert_no_error (error);
  g_assert_cmpuint (seen, ==, 6);
}

/* ---- every new ledger, every output, on the demo company ---------------- */

static const char xlsx_rows[] =
  "print(ws.max_row, ws['A1'].value)\n";

static const char csv_rows[] =
  "import sys, csv\n"
  "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))\n"
  "print(len(rows), len(rows[0]))\n";

static void
test_all_outputs (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  for (guint i = 0; new_ledgers[i]; i++)
    {
      /* A daily ledger over a range is a sheet per day (several tables): one day here. */
      gboolean daily = fy_ledger_lookup (new_ledgers[i])->period == FY_PERIOD_DAY;
      g_autoptr(FyLedger) ledger = make_ledger (store, new_ledgers[i], "2026-11-01", daily ? "2026-11-01" : TODAY);
      gint64 rows = fy_ledger_count_rows (ledger, &error);
      guint header_rows = fy_ledger_has_groups (ledger) ? 2 : 1;
      g_autofree char *xlsx = g_strdup_printf ("%s/%s.xlsx", dir, new_ledgers[i]);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, new_ledgers[i]);
      g_autofree char *csv = g_strdup_printf ("%s/%s.csv", dir, new_ledgers[i]);
      g_autofree char *out = NULL;
      g_autofree char *want = NULL;
      g_autofree char *title = NULL;

      g_test_message ("%s: %" G_GINT64_FORMAT " rows", new_ledgers[i], rows);
      g_assert_no_error (error);
      /* The demo has something in every one of them. */
      g_assert_cmpint (rows, >, 0);
      g_assert_true (fy_ledger_export (ledger, xlsx, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (fy_ledger_export (ledger, pdf, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (fy_ledger_export (ledger, csv, NULL, NULL, NULL, &error));
      g_assert_no_error (error);

      /* Title row, header row(s), the rows, a blank, the note, the signature. */
      out = fy_test_read_xlsx (xlsx, xlsx_rows, NULL);
      title = g_strdup_printf ("%s %s", fy_ledger_get_company (ledger), fy_ledger_get_title (ledger));
      want = g_strdup_printf ("%" G_GINT64_FORMAT " %s\n",
                              2 + header_rows + rows + 1 + (fy_ledger_get_note (ledger) ? 1 : 0) + 1, title);
      g_assert_cmpstr (out, ==, want);
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&want, g_free);
      out = fy_test_run_python (csv_rows, (const char *const[]) { csv, NULL });
      want = g_strdup_printf ("%" G_GINT64_FORMAT " %u\n", rows + 1, fy_ledger_get_n_columns (ledger));
      g_assert_cmpstr (out, ==, want);
      g_assert_cmpuint (fy_test_pdf_pages (pdf, NULL), >=, 1);
    }
}

/* The demo's ledgers have what was promised (people overdue today,
 * quarantines with test days, a released one) and its month grid prints in
 * two bands. */
static void
test_demo_content (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) nat = NULL;
  g_autoptr(FyLedger) quarantine = NULL;
  g_autoptr(FyLedgerCursor) cursor = NULL;
  guint overdue = 0, released = 0, with_tests = 0;

  nat = make_ledger (store, "nat", "2026-11-15", TODAY);
  cursor = fy_ledger_query (nat, 0, -1, &error);
  while (fy_ledger_cursor_next (cursor, &error))
    overdue += g_str_equal (fy_ledger_cursor_get_text (cursor, find_column (nat, "overdue")), fy_test_tr ("Overdue"));
  g_assert_no_error (error);
  g_assert_cmpuint (overdue, >=, 3);
  g_assert_cmpuint (overdue, <=, 20);
  g_clear_pointer (&cursor, fy_ledger_cursor_free);

  quarantine = make_ledger (store, "quarantine", "2026-10-24", TODAY);
  cursor = fy_ledger_query (quarantine, 0, -1, &error);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      released += *fy_ledger_cursor_get_text (cursor, find_column (quarantine, "released_on")) != '\0';
      with_tests += *fy_ledger_cursor_get_text (cursor, find_column (quarantine, "test_days")) != '\0';
    }
  g_assert_no_error (error);
  g_assert_cmpuint (released, ==, 1);
  g_assert_cmpuint (with_tests, >=, 3);

  /* The month grid of the demo prints in two bands: an even number of pages. */
  {
    g_autoptr(FyLedger) grid = make_ledger (store, "health-month", TODAY, NULL);
    g_autofree char *dir = fy_test_make_tmpdir ();
    g_autofree char *pdf = g_build_filename (dir, "grid.pdf", NULL);
    guint pages;

    g_assert_true (fy_ledger_export (grid, pdf, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    pages = fy_test_pdf_pages (pdf, NULL);
    g_assert_cmpuint (pages, >=, 10);
    g_assert_cmpuint (pages % 2, ==, 0);
  }
}

/* ---- the command line ---------------------------------------------------- */

static void
test_cli_aliases (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *day = g_build_filename (dir, "day.csv", NULL);
  g_autofree char *month = g_build_filename (dir, "month.csv", NULL);
  g_autofree char *range = g_build_filename (dir, "range.csv", NULL);
  g_autofree char *tests = g_build_filename (dir, "tests.csv", NULL);
  g_autofree char *wide = g_build_filename (dir, "wide.csv", NULL);
  g_autofree char *data_day = NULL;
  g_autofree char *data_month = NULL;
  g_autofree char *data_range = NULL;
  const char *path = fy_store_get_path (f->store);

  /* One day: the daily sheet; a month, or dates within one: the grid. */
  g_assert_cmpint (fy_test_run_cli (path, (const char *const[]) { "export", "health", "--date", "2026-11-17", "-o", day, NULL }, NULL), ==, 0);
  g_assert_cmpint (fy_test_run_cli (path, (const char *const[]) { "export", "health", "--month", "2026-11", "-o", month, NULL }, NULL), ==, 0);
  g_assert_cmpint (fy_test_run_cli (path, (const char *const[]) { "export", "health", "--from", "2026-11-10", "--to",
                                                          "2026-11-20", "-o", range, NULL }, NULL), ==, 0);
  g_assert_cmpint (fy_test_run_cli (path, (const char *const[]) { "export", "tests", "--from", "2026-11-01", "-o", tests, NULL }, NULL), ==, 0);
  g_assert_true (g_file_get_contents (day, &data_day, NULL, NULL));
  g_assert_true (g_file_get_contents (month, &data_month, NULL, NULL));
  g_assert_true (g_file_get_contents (range, &data_range, NULL, NULL));
  g_assert_nonnull (strstr (data_day, fy_test_tr ("✓")));
  g_assert_nonnull (strstr (data_month, "17 "));
  /* --from/--to exactly: the 10th to the 20th, not the whole month. */
  g_assert_cmpstr (data_month, !=, data_range);
  g_assert_nonnull (strstr (data_range, ",10 AM,"));
  g_assert_nonnull (strstr (data_range, ",20 PM,"));
  g_assert_null (strstr (data_range, ",9 PM,"));
  g_assert_null (strstr (data_range, ",21 AM,"));
  g_assert_true (g_file_test (tests, G_FILE_TEST_EXISTS));

  /* Several months are several grids: not one CSV table; nothing written. */
  g_assert_cmpint (fy_test_run_cli (path, (const char *const[]) { "export", "health", "--from", "2026-10-10", "--to",
                                                          "2026-11-20", "-o", wide, NULL }, NULL), ==, 1);
  g_assert_false (g_file_test (wide, G_FILE_TEST_EXISTS));
  /* Every new id works as itself too. */
  for (guint i = 0; new_ledgers[i]; i++)
    {
      g_autofree char *out = g_strdup_printf ("%s/%s.csv", dir, new_ledgers[i]);
      g_assert_cmpint (fy_test_run_cli (path, (const char *const[]) { "export", new_ledgers[i], "-o", out, NULL }, NULL), ==, 0);
      g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
    }
}

int
main (int argc, char **argv)
{
  fy_test_health_init (&argc, &argv, TODAY);
  g_test_add ("/health-ledgers/month-grid-xlsx", Fixture, NULL, fixture_set_up, test_month_grid_xlsx, fixture_tear_down);
  g_test_add ("/health-ledgers/month-grid-cells", Fixture, NULL, fixture_set_up, test_month_grid_cells, fixture_tear_down);
  g_test_add_func ("/health-ledgers/month-grid-batches", test_month_grid_batches);
  g_test_add ("/health-ledgers/month-grid-pdf-bands", Fixture, NULL, fixture_set_up, test_month_grid_pdf_bands, fixture_tear_down);
  g_test_add ("/health-ledgers/daily-sheet", Fixture, NULL, fixture_set_up, test_daily_sheet, fixture_tear_down);
  g_test_add ("/health-ledgers/abnormal-cases", Fixture, NULL, fixture_set_up, test_abnormal_cases, fixture_tear_down);
  g_test_add ("/health-ledgers/travel-columns", Fixture, NULL, fixture_set_up, test_travel_columns, fixture_tear_down);
  g_test_add ("/health-ledgers/quarantine-monitoring", Fixture, NULL, fixture_set_up, test_quarantine_monitoring,
              fixture_tear_down);
  g_test_add ("/health-ledgers/away-named", Fixture, NULL, fixture_set_up, test_away_named, fixture_tear_down);
  g_test_add ("/health-ledgers/daily-same-value", Fixture, NULL, fixture_set_up, test_daily_same_value_text, fixture_tear_down);
  g_test_add ("/health-ledgers/nat-overdue", Fixture, NULL, fixture_set_up, test_nat_overdue, fixture_tear_down);
  g_test_add_func ("/health-ledgers/all-outputs", test_all_outputs);
  g_test_add_func ("/health-ledgers/demo-content", test_demo_content);
  g_test_add ("/health-ledgers/cli-aliases", Fixture, NULL, fixture_set_up, test_cli_aliases, fixture_tear_down);
  return g_test_run ();
}
