/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Ledger engine and the roster ledger: title block, filters, paging, cell
 * text (labels, masking), and the xlsx / CSV outputs read back with real
 * readers; failures and cancellation never leave a file behind. */
#include "config.h"

#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "fy-cli.h"
#include "fy-error.h"
#include "fy-ledger-private.h"
#include "fy-ledger.h"
#include "fy-ledger-private.h"
#include "fy-staff.h"
#include "fy-store.h"
#include "fy-test-support.h"
#include "fy-validate.h"

#define TODAY "2026-11-22"
#define COMPANY "华东精密制造有限公司"
#define FORMULA_NAME "=SUM(1,2)"
#define QUOTED_NOTE "说\"你好\", 然后走"

/* Column indexes of the roster. */
enum { C_SERIAL, C_NO, C_NAME, C_GENDER, C_DEPT, C_TEAM, C_POST, C_HIGH, C_PHONE, C_ID, C_ZONE,
       C_DORM, C_OUTSOURCED, C_DOSES, C_STATUS, C_NOTE, N_ROSTER };

/* A translated "…%s…" with the value in place (no printf on a variable format). */
static char *
fill (const char *format, const char *value)
{
  GString *text = g_string_new (format);

  g_string_replace (text, "%s", value, 1);
  return g_string_free (text, FALSE);
}

typedef struct
{
  const char   *no;
  const char   *name;
  const char   *department;
  const char   *team;
  const char   *phone;
  const char   *id_number;
  FyStaffStatus status;
  const char   *note;
} Person;

static void
add_person (FyStore *store, const Person *p)
{
  g_autoptr(FyStaff) s = fy_test_staff_new (p->no, p->name);

  fy_test_set_text (&s->department, p->department);
  fy_test_set_text (&s->team, p->team);
  fy_test_set_text (&s->phone, p->phone);
  fy_test_set_text (&s->id_number, p->id_number);
  fy_test_set_text (&s->note, p->note);
  if (*p->id_number == '\0')
    fy_test_set_text (&s->gender, "M");
  s->status = p->status;
  if (p->status == FY_STAFF_LEFT)
    fy_test_set_text (&s->left_on, "2026-10-01");
  s->high_contact = g_str_equal (p->no, "E001");
  s->vaccine_doses = g_str_equal (p->no, "E001") ? 3 : 1;
  fy_test_save_staff (store, s);
}

/* A company with five people: four in 冲压车间 (one has left), one isolated in 装配车间. */
static FyStore *
make_company (gboolean with_name)
{
  g_autoptr(GError) error = NULL;
  FyStore *store = fy_test_open_store ();

  if (with_name)
    g_assert_true (fy_store_set_setting (store, "company.name", COMPANY, &error));
  g_assert_true (fy_store_set_setting (store, "officer", "王芳", &error));
  g_assert_true (fy_store_set_setting (store, "reviewer", "李强", &error));
  g_assert_no_error (error);

  add_person (store,
              &(Person) { .no = "E001", .name = "张伟", .department = "冲压车间", .team = "甲班",
                          .phone = "13812345678", .id_number = "11010519491231002X",
                          .status = FY_STAFF_ON_SITE, .note = "" });
  add_person (store,
              &(Person) { .no = "E002", .name = FORMULA_NAME, .department = "冲压车间", .team = "甲班",
                          .phone = "13900001111", .id_number = "", .status = FY_STAFF_ON_SITE,
                          .note = QUOTED_NOTE });
  add_person (store,
              &(Person) { .no = "E005", .name = "王五", .department = "冲压车间", .team = "甲班", .phone = "",
                          .id_number = "", .status = FY_STAFF_ON_SITE, .note = "@home" });
  add_person (store,
              &(Person) { .no = "E004", .name = "赵六", .department = "冲压车间", .team = "乙班", .phone = "",
                          .id_number = "", .status = FY_STAFF_LEFT, .note = "" });
  add_person (store,
              &(Person) { .no = "E003", .name = "李娜", .department = "装配车间", .team = "丙班",
                          .phone = "13700002222", .id_number = "", .status = FY_STAFF_HOME_ISOLATION,
                          .note = "" });
  return store;
}

static gint64
count_with (FyStore *store, const FyLedgerParams *params)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = fy_test_roster (store, params);
  gint64 n = fy_ledger_count_rows (ledger, &error);

  g_assert_no_error (error);
  return n;
}

static void
test_registry (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  const FyLedgerDef *const *defs;
  const FyLedgerDef *def;
  guint n = 0;
  gboolean found = FALSE;

  defs = fy_ledger_list (&n);
  g_assert_cmpuint (n, >=, 1);
  g_assert_null (defs[n]);
  for (guint i = 0; i < n; i++)
    found |= g_str_equal (defs[i]->id, "roster");
  g_assert_true (found);

  def = fy_ledger_lookup ("roster");
  g_assert_nonnull (def);
  g_assert_cmpstr (def->title, ==, "Staff Roster");
  g_assert_cmpint (def->period, ==, FY_PERIOD_NONE);
  g_assert_cmpuint (def->n_columns, ==, N_ROSTER);
  g_assert_null (fy_ledger_lookup ("no-such-ledger"));

  g_assert_null (fy_ledger_new (store, "no-such-ledger", NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
}

/* Every highlight bit a definition's SQL names (:bit_KEY) is a column of
 * that ledger, and the bit is the column's index; bits set in C name
 * theirs by key too (the daily report's figures). */
static void
test_highlight_bits (void)
{
  g_autoptr(FyStore) store = make_company (TRUE);
  const FyLedgerDef *const *defs;
  guint n = 0, n_bits = 0;

  defs = fy_ledger_list (&n);
  for (guint i = 0; i < n; i++)
    {
      FyLedgerParams params = { 0 };
      g_autoptr(GError) error = NULL;
      g_autoptr(FyLedger) ledger = NULL;
      g_autoptr(GRegex) re = g_regex_new (":bit_([a-z0-9_]+)", 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      params.from = defs[i]->period == FY_PERIOD_MONTH ? "2026-11-01" : TODAY;
      params.to = TODAY;
      ledger = fy_ledger_new (store, defs[i]->id, defs[i]->period == FY_PERIOD_NONE ? NULL : &params, &error);
      g_assert_no_error (error);
      g_regex_match (re, fy_ledger_get_sql (ledger), 0, &match);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *key = g_match_info_fetch (match, 1);
          int index = fy_ledger_column_index (ledger, key);

          if (index < 0)
            g_error ("ledger %s: highlight bit of a column “%s” it does not have", defs[i]->id, key);
          g_assert_cmpuint (fy_ledger_column_bit (ledger, key), ==, G_GUINT64_CONSTANT (1) << index);
          n_bits++;
        }
      if (g_str_equal (defs[i]->id, "daily-report"))
        g_assert_cmpint (fy_ledger_column_index (ledger, "figures"), >=, 0);
    }
  g_assert_cmpuint (n_bits, >=, 10);

  {
    g_autoptr(FyLedger) roster = fy_test_roster (store, NULL);
    g_assert_cmpint (fy_ledger_column_index (roster, "status"), ==, C_STATUS);
    g_assert_cmpuint (fy_ledger_column_bit (roster, "status"), ==, 1u << C_STATUS);
    g_assert_cmpint (fy_ledger_column_index (roster, "no-such-column"), ==, -1);
  }
}

static void
test_title_block (void)
{
  FY_TEST_LAST_REF FyStore *store = make_company (TRUE);
  FY_TEST_LAST_REF FyStore *unnamed = make_company (FALSE);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autoptr(FyLedger) other = fy_test_roster (unnamed, NULL);
  g_autofree char *as_of = fill (fy_test_tr ("As of %s"), TODAY);
  g_autofree char *company_line = fill (fy_test_tr ("Company: %s"), COMPANY);
  g_autofree char *line = NULL;

  g_assert_cmpstr (fy_ledger_get_title (ledger), ==, fy_test_tr ("Staff Roster"));
  g_assert_cmpstr (fy_ledger_get_company (ledger), ==, COMPANY);
  g_assert_cmpstr (fy_ledger_get_period_text (ledger), ==, as_of);
  g_assert_cmpstr (fy_ledger_get_from (ledger), ==, TODAY);
  g_assert_cmpstr (fy_ledger_get_to (ledger), ==, TODAY);
  g_assert_cmpstr (fy_ledger_get_today (ledger), ==, TODAY);
  g_assert_cmpstr (fy_ledger_get_preparer (ledger), ==, "王芳");
  g_assert_cmpstr (fy_ledger_get_reviewer (ledger), ==, "李强");
  g_assert_null (fy_ledger_get_note (ledger));
  g_assert_false (fy_ledger_get_unmasked (ledger));
  g_assert_false (fy_ledger_has_groups (ledger));
  g_assert_cmpuint (fy_ledger_get_n_columns (ledger), ==, N_ROSTER);
  g_assert_cmpstr (fy_ledger_get_column (ledger, C_NO)->header, ==, fy_test_tr ("Employee No."));
  g_assert_cmpstr (fy_ledger_get_column (ledger, C_ID)->key, ==, "id_number");
  g_assert_cmpint (fy_ledger_get_column (ledger, C_ID)->sensitive, ==, FY_SENSITIVE_ID);
  g_assert_cmpint (fy_ledger_get_column (ledger, C_PHONE)->sensitive, ==, FY_SENSITIVE_PHONE);

  line = fy_ledger_dup_company_line (ledger);
  g_assert_cmpstr (line, ==, company_line);
  g_clear_pointer (&line, g_free);
  line = fy_ledger_dup_signature_line (ledger);
  g_assert_nonnull (strstr (line, "王芳"));
  g_assert_nonnull (strstr (line, "李强"));

  /* A missing company name shows the placeholder, never an empty title. */
  g_assert_cmpstr (fy_ledger_get_company (other), ==, fy_test_tr ("[Company name not set]"));
}

static void
test_filters (void)
{
  FY_TEST_LAST_REF FyStore *store = make_company (TRUE);
  FyLedgerParams p = { 0 };

  g_assert_cmpint (count_with (store, NULL), ==, 4);          /* everyone but who left */
  p.status = "all";
  g_assert_cmpint (count_with (store, &p), ==, 5);
  p.status = "left";
  g_assert_cmpint (count_with (store, &p), ==, 1);
  p.status = "home_isolation";
  g_assert_cmpint (count_with (store, &p), ==, 1);
  p.status = "";
  p.department = "冲压车间";
  g_assert_cmpint (count_with (store, &p), ==, 3);
  p.team = "乙班";
  g_assert_cmpint (count_with (store, &p), ==, 0);
  p.status = "all";
  g_assert_cmpint (count_with (store, &p), ==, 1);
  memset (&p, 0, sizeof p);
  p.search = "张";
  g_assert_cmpint (count_with (store, &p), ==, 1);
  p.search = "5678";        /* phone digits */
  g_assert_cmpint (count_with (store, &p), ==, 1);
  p.search = "　E00";       /* normalised: ideographic space trimmed */
  g_assert_cmpint (count_with (store, &p), ==, 4);
  p.search = "'); DROP TABLE staff;--";
  g_assert_cmpint (count_with (store, &p), ==, 0);
  g_assert_cmpint (count_with (store, NULL), ==, 4);
}

static void
test_paging_and_cells (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_company (TRUE);
  FyLedgerParams p = { .status = "all" };
  g_autoptr(FyLedger) ledger = fy_test_roster (store, &p);
  g_autoptr(FyLedgerCursor) cursor = NULL;
  /* 乙班 (U+4E59) sorts before 甲班 (U+7532). */
  const char *order[] = { "E004", "E001", "E002", "E005", "E003" };
  double value = 0;
  guint i = 0;

  /* Whole list, in department, team, employee-number order. */
  cursor = fy_ledger_query (ledger, 0, -1, &error);
  g_assert_no_error (error);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      g_assert_cmpuint (i, <, G_N_ELEMENTS (order));
      g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_NO), ==, order[i]);
      g_assert_cmpint (fy_ledger_cursor_get_row_number (cursor), ==, i + 1);
      i++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (i, ==, 5);
  g_assert_false (fy_ledger_cursor_next (cursor, &error));   /* stays at the end */
  g_assert_no_error (error);
  g_clear_pointer (&cursor, fy_ledger_cursor_free);

  /* A page: rows 3 and 4; the serial number continues from the offset. */
  cursor = fy_ledger_query (ledger, 2, 2, &error);
  g_assert_no_error (error);
  g_assert_true (fy_ledger_cursor_next (cursor, &error));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_SERIAL), ==, "3");
  g_assert_true (fy_ledger_cursor_get_number (cursor, C_SERIAL, &value));
  g_assert_cmpfloat (value, ==, 3);
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_NO), ==, "E002");
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_NAME), ==, FORMULA_NAME);
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_PHONE), ==, "139****1111");
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_ID), ==, "");
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_NOTE), ==, QUOTED_NOTE);
  g_assert_true (fy_ledger_cursor_next (cursor, &error));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_SERIAL), ==, "4");
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_NO), ==, "E005");
  g_assert_false (fy_ledger_cursor_next (cursor, &error));
  g_assert_no_error (error);
  g_clear_pointer (&cursor, fy_ledger_cursor_free);

  /* Second row: labels, masking, numbers, no highlight. */
  cursor = fy_ledger_query (ledger, 1, 1, &error);
  g_assert_true (fy_ledger_cursor_next (cursor, &error));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_NAME), ==, "张伟");
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_GENDER), ==, fy_test_tr ("Female"));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_HIGH), ==, fy_test_tr ("Yes"));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_OUTSOURCED), ==, fy_test_tr ("No"));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_STATUS), ==, fy_test_tr ("On site"));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_ID), ==, "110105********002X");
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_PHONE), ==, "138****5678");
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_DOSES), ==, "3");
  g_assert_true (fy_ledger_cursor_get_number (cursor, C_DOSES, &value));
  g_assert_cmpfloat (value, ==, 3);
  g_assert_false (fy_ledger_cursor_get_number (cursor, C_NAME, &value));
  g_assert_false (fy_ledger_cursor_is_highlighted (cursor, C_STATUS));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, 99), ==, "");
  g_clear_pointer (&cursor, fy_ledger_cursor_free);

  /* The isolated person's status is highlighted, and only that cell. */
  cursor = fy_ledger_query (ledger, 4, -1, &error);
  g_assert_true (fy_ledger_cursor_next (cursor, &error));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_NO), ==, "E003");
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_STATUS), ==, fy_test_tr ("Home isolation"));
  g_assert_true (fy_ledger_cursor_is_highlighted (cursor, C_STATUS));
  g_assert_false (fy_ledger_cursor_is_highlighted (cursor, C_NAME));
  g_assert_false (fy_ledger_cursor_next (cursor, &error));
  g_assert_no_error (error);
}

static void
test_unmasked (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_company (TRUE);
  FyLedgerParams p = { .unmasked = TRUE, .search = "张伟" };
  g_autoptr(FyLedger) ledger = fy_test_roster (store, &p);
  g_autoptr(FyLedgerCursor) cursor = fy_ledger_query (ledger, 0, -1, &error);

  g_assert_true (fy_ledger_get_unmasked (ledger));
  g_assert_true (fy_ledger_cursor_next (cursor, &error));
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_ID), ==, "11010519491231002X");
  g_assert_cmpstr (fy_ledger_cursor_get_text (cursor, C_PHONE), ==, "13812345678");
}

static const char xlsx_check[] =
  "import sys, openpyxl\n"
  "path = sys.argv[1]\n"
  "exp = dict(a.split('=', 1) for a in sys.argv[2:])\n"
  "exp['headers'] = exp['headers'].split('\\t')\n"
  "exp['n_rows'] = int(exp['n_rows'])\n"
  "wb = openpyxl.load_workbook(path)\n"
  "ws = wb.worksheets[0]\n"
  "assert ws.title == exp['sheet'], ws.title\n"
  "merged = [str(r) for r in ws.merged_cells.ranges]\n"
  "assert 'A1:P1' in merged, merged\n"
  "assert ws['A1'].value == exp['title'], ws['A1'].value\n"
  "assert ws['A1'].font.b and ws['A1'].font.sz >= 14\n"
  "assert ws['A2'].value == exp['company_line'], ws['A2'].value\n"
  "row2 = [c.value for c in ws[2] if c.value]\n"
  "assert exp['period'] in row2 and exp['date_line'] in row2, row2\n"
  "headers = [c.value for c in ws[3]]\n"
  "assert headers == exp['headers'], headers\n"
  "h = ws['B3']\n"
  "assert h.font.b and h.border.bottom.style == 'thin' and h.alignment.wrap_text and h.alignment.horizontal == 'center'\n"
  "assert h.fill.fgColor.rgb.endswith('D9D9D9'), h.fill.fgColor.rgb\n"
  "rows = {r[1].value: r for r in ws.iter_rows(min_row=4) if r[1].value}\n"
  "p = rows['E001']\n"
  "assert p[0].value == 1 and p[0].data_type == 'n', p[0].value\n"
  "assert p[2].value == '张伟'\n"
  "assert p[9].data_type == 's' and p[9].value == exp['id'], (p[9].data_type, p[9].value)\n"
  "assert p[8].data_type == 's' and p[8].value == exp['phone'], p[8].value\n"
  "assert p[13].data_type == 'n' and p[13].value == 3\n"
  "assert p[14].value == exp['on_site'] and not p[14].font.b\n"
  "assert p[2].border.left.style == 'thin'\n"
  "f = rows['E002'][2]\n"
  "assert f.data_type == 's' and f.value == exp['formula_name'], (f.data_type, f.value)\n"
  "iso = rows['E003'][14]\n"
  "assert iso.value == exp['isolation'] and iso.font.b and iso.font.color.rgb.endswith('C00000'), iso.font.color\n"
  "assert iso.fill.fgColor.rgb.endswith('FFC7CE'), iso.fill.fgColor.rgb\n"
  "assert ws.freeze_panes == 'A4', ws.freeze_panes\n"
  "assert ws.print_title_rows in ('3:3', '$3:$3'), ws.print_title_rows\n"
  "ps = ws.page_setup\n"
  "assert ps.orientation == 'landscape', ps.orientation\n"
  "assert int(ps.paperSize) == 9, ps.paperSize\n"
  "# fitToWidth=1 is the schema default, so the file may leave it out\n"
  "assert int(ps.fitToWidth or 1) == 1 and int(ps.fitToHeight) == 0, (ps.fitToWidth, ps.fitToHeight)\n"
  "assert ws.sheet_properties.pageSetUpPr.fitToPage\n"
  "assert ws.print_options.horizontalCentered\n"
  "assert ws.oddFooter.center.text == exp['footer'], ws.oddFooter.center.text\n"
  "assert ws.oddHeader.left.text == exp['company'] and ws.oddHeader.right.text == exp['ledger_title']\n"
  "assert abs(ws.column_dimensions['J'].width - 21) < 1, ws.column_dimensions['J'].width\n"
  "last = ws.max_row\n"
  "assert len(rows) == exp['n_rows'], len(rows)\n"
  "sig = ws.cell(row=last, column=1).value\n"
  "assert sig == exp['signature'], sig\n"
  "assert ws.cell(row=last - 1, column=1).value is None\n"
  "print('ok')\n";

/* Arguments for xlsx_check: the file, then key=value expectations. */
static GPtrArray *
xlsx_expectations (FyLedger *ledger, const char *path, const char *id, const char *phone, int n_rows)
{
  GPtrArray *args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) headers = g_string_new ("headers=");
  g_autofree char *title = g_strdup_printf ("%s %s", COMPANY, fy_test_tr ("Staff Roster"));
  g_autofree char *company_line = fy_ledger_dup_company_line (ledger);
  g_autofree char *date_line = fy_ledger_dup_date_line (ledger);
  g_autofree char *signature = fy_ledger_dup_signature_line (ledger);
  g_autofree char *rows = g_strdup_printf ("%d", n_rows);
  const char *footer = fy_test_tr ("&CPage &P of &N") + 2;   /* openpyxl splits off "&C" */
  struct { const char *key; const char *value; } fields[] = {
    { "sheet", g_dpgettext2 (GETTEXT_PACKAGE, "sheet name", "Roster") }, { "title", title }, { "company_line", company_line },
    { "period", fy_ledger_get_period_text (ledger) }, { "date_line", date_line },
    { "id", id }, { "phone", phone }, { "on_site", fy_test_tr ("On site") }, { "isolation", fy_test_tr ("Home isolation") },
    { "formula_name", FORMULA_NAME }, { "footer", footer }, { "company", COMPANY },
    { "ledger_title", fy_test_tr ("Staff Roster") }, { "signature", signature }, { "n_rows", rows },
  };

  g_ptr_array_add (args, g_strdup (path));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_ptr_array_add (args, g_strdup_printf ("%s=%s", fields[i].key, fields[i].value));
  for (guint i = 0; i < fy_ledger_get_n_columns (ledger); i++)
    g_string_append_printf (headers, "%s%s", i ? "\t" : "", fy_ledger_get_column (ledger, i)->header);
  g_ptr_array_add (args, g_strdup (headers->str));
  g_ptr_array_add (args, NULL);
  return args;
}

static void
test_xlsx (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_company (TRUE);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autoptr(FyLedger) unmasked = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "花名册.XLSX", NULL);
  g_autoptr(GPtrArray) args = NULL;
  g_autofree char *out = NULL;
  FyLedgerParams p = { .unmasked = TRUE };
  GStatBuf st;

  g_assert_true (fy_ledger_export (ledger, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 1);

  args = xlsx_expectations (ledger, path, "110105********002X", "138****5678", 4);
  out = fy_test_run_python (xlsx_check, (const char *const *) args->pdata);
  g_assert_cmpstr (out, ==, "ok\n");

  /* Unmasked on request: the full ID, still a string (never 1.1E+17). */
  unmasked = fy_test_roster (store, &p);
  g_assert_true (fy_ledger_write_xlsx (unmasked, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&args, g_ptr_array_unref);
  g_clear_pointer (&out, g_free);
  args = xlsx_expectations (unmasked, path, "11010519491231002X", "13812345678", 4);
  out = fy_test_run_python (xlsx_check, (const char *const *) args->pdata);
  g_assert_cmpstr (out, ==, "ok\n");
}

static const char csv_check[] =
  "import sys, csv\n"
  "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))\n"
  "print(len(rows))\n"
  "for r in rows: print('|'.join(r))\n";

static void
test_csv (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_company (TRUE);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autofree char *path = fy_test_tmp_path ("roster.csv");
  g_autofree char *data = NULL;
  g_autofree char *out = NULL;
  g_autofree char *expected_header = NULL;
  g_auto(GStrv) lines = NULL;
  gsize len = 0;
  GStatBuf st;

  g_assert_true (fy_ledger_export (ledger, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &data, &len, &error));
  g_assert_true (g_str_has_prefix (data, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_suffix (data, "\r\n"));

  lines = g_strsplit (data + 3, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 4 + 1);   /* header, 4 rows, "" after the last CRLF */
  expected_header = g_strdup_printf ("%s,%s,%s", fy_test_tr ("No."), fy_test_tr ("Employee No."), fy_test_tr ("Name"));
  g_assert_true (g_str_has_prefix (lines[0], expected_header));
  /* Masked ID and phone; "=…" prefixed with ' and quoted (it has a comma);
   * the note's quotes doubled; "@home" guarded. */
  g_assert_nonnull (strstr (lines[1], ",138****5678,110105********002X,"));
  g_assert_true (g_str_has_prefix (lines[2], "2,E002,\"'=SUM(1,2)\","));
  g_assert_true (g_str_has_suffix (lines[2], ",\"说\"\"你好\"\", 然后走\""));
  g_assert_true (g_str_has_suffix (lines[3], ",'@home"));
  g_assert_null (strstr (data, "11010519491231002X"));
  g_assert_null (strstr (data, "13812345678"));

  /* A real CSV reader gets the cells back. */
  out = fy_test_run_python (csv_check, (const char *const[]) { path, NULL });
  g_assert_nonnull (out);
  g_assert_true (g_str_has_prefix (out, "5\n"));
  g_assert_nonnull (strstr (out, "|'=SUM(1,2)|"));
  g_assert_nonnull (strstr (out, "|说\"你好\", 然后走\n"));
}

static void
test_bad_targets (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = make_company (TRUE);
  g_autoptr(FyLedger) ledger = fy_test_roster (store, NULL);
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *txt = g_build_filename (dir, "roster.txt", NULL);
  g_autofree char *none = g_build_filename (dir, "roster", NULL);
  g_autofree char *missing_dir = g_build_filename (dir, "no-such-folder", NULL);
  g_autofree char *missing = g_build_filename (missing_dir, "roster.xlsx", NULL);
  g_autofree char *missing_csv = g_build_filename (missing_dir, "roster.csv", NULL);

  g_assert_false (fy_ledger_export (ledger, txt, NULL, NULL, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, ".xlsx"));
  g_clear_error (&error);
  g_assert_false (fy_ledger_export (ledger, none, NULL, NULL, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (fy_ledger_export (ledger, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);
  g_assert_false (fy_ledger_export (ledger, missing_csv, NULL, NULL, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_IO);
  g_clear_error (&error);

  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 0);
}

typedef struct
{
  GCancellable *cancellable;
  guint         calls;
  double        last;
} Progress;

static void
cancel_midway (double fraction, gpointer user_data)
{
  Progress *p = user_data;

  g_assert_cmpfloat (fraction, >=, p->last);
  p->last = fraction;
  p->calls++;
  if (fraction > 0.2)
    g_cancellable_cancel (p->cancellable);
}

static void
add_many (FyStore *store, guint n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *no = g_strdup_printf ("M%05u", i);
      g_autofree char *name = g_strdup_printf ("员工%u", i);
      g_autoptr(FyStaff) s = fy_test_staff_new (no, name);

      fy_test_set_text (&s->gender, "M");
      g_assert_true (fy_staff_save_in_transaction (store, s, &error));
    }
  g_assert_true (fy_store_commit (store, &error));
  g_assert_no_error (error);
}

static void
test_cancel (void)
{
  const char *names[] = { "roster.xlsx", "roster.csv" };
  FY_TEST_LAST_REF FyStore *store = make_company (TRUE);
  g_autoptr(FyLedger) ledger = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();

  add_many (store, 1600);
  ledger = fy_test_roster (store, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *content = NULL;
      Progress p = { cancellable, 0, 0 };

      /* An older export at the target survives a cancelled one. */
      g_assert_true (g_file_set_contents (path, "old", -1, NULL));
      g_assert_false (fy_ledger_export (ledger, path, cancel_midway, &p, cancellable, &error));
      g_assert_error (error, FY_ERROR, FY_ERROR_CANCELLED);
      g_assert_cmpuint (p.calls, >=, 2);
      g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
      g_assert_cmpstr (content, ==, "old");
      g_assert_cmpuint (fy_test_count_entries (dir), ==, 1);   /* only the old file */

      /* Cancelled before it starts: nothing at all. */
      g_clear_error (&error);
      g_unlink (path);
      g_assert_false (fy_ledger_export (ledger, path, NULL, NULL, cancellable, &error));
      g_assert_error (error, FY_ERROR, FY_ERROR_CANCELLED);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (fy_test_count_entries (dir), ==, 0);
    }
}

static void
record_progress (double fraction, gpointer user_data)
{
  Progress *p = user_data;

  g_assert_cmpfloat (fraction, >=, p->last);
  p->last = fraction;
  p->calls++;
}

static gpointer
export_in_thread (gpointer data)
{
  const char *const *paths = data;   /* database, target */
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *reader = fy_store_open_reader (paths[0], &error);
  g_autoptr(FyLedger) ledger = NULL;
  Progress p = { 0 };

  g_assert_no_error (error);
  ledger = fy_test_roster (reader, NULL);
  g_assert_cmpint (fy_ledger_count_rows (ledger, &error), ==, 1604);
  g_assert_true (fy_ledger_export (ledger, paths[1], record_progress, &p, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (p.last, ==, 1.0);
  g_assert_cmpuint (p.calls, >=, 4);
  return GINT_TO_POINTER (TRUE);
}

static void
test_worker_thread (void)
{
  FY_TEST_LAST_REF FyStore *store = make_company (TRUE);
  g_autofree char *path = fy_test_tmp_path ("roster.xlsx");
  const char *paths[] = { fy_store_get_path (store), path };
  GThread *thread;

  add_many (store, 1600);
  thread = g_thread_new ("export", export_in_thread, paths);
  g_assert_true (GPOINTER_TO_INT (g_thread_join (thread)));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* fangyi --database DB A1…A4 in this process; what it prints is dropped. */
static int
run_cli (const char *database, const char *a1, const char *a2, const char *a3, const char *a4)
{
  return fy_test_run_cli (database, (const char *const[]) { a1, a2, a3, a4, NULL }, NULL);
}

static void
test_cli (void)
{
  FY_TEST_LAST_REF FyStore *store = make_company (TRUE);
  g_autofree char *database = g_strdup (fy_store_get_path (store));
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *xlsx = g_build_filename (dir, "r.xlsx", NULL);
  g_autofree char *csv = g_build_filename (dir, "r.csv", NULL);
  g_autofree char *txt = g_build_filename (dir, "r.txt", NULL);
  g_autofree char *data = NULL;

  g_assert_cmpint (run_cli (database, "export", "roster", "-o", xlsx), ==, 0);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (run_cli (database, "export", "roster", "-o", csv), ==, 0);
  g_assert_true (g_file_get_contents (csv, &data, NULL, NULL));
  g_assert_nonnull (strstr (data, "110105********002X"));
  g_assert_cmpint (run_cli (database, "export", "roster", "-o", txt), ==, 1);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (database, "export", "no-such-ledger", "-o", xlsx), ==, 2);
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, TODAY);

  g_test_add_func ("/ledger/registry", test_registry);
  g_test_add_func ("/ledger/highlight-bits", test_highlight_bits);
  g_test_add_func ("/ledger/title-block", test_title_block);
  g_test_add_func ("/ledger/roster/filters", test_filters);
  g_test_add_func ("/ledger/roster/paging-and-cells", test_paging_and_cells);
  g_test_add_func ("/ledger/roster/unmasked", test_unmasked);
  g_test_add_func ("/ledger/xlsx/read-back", test_xlsx);
  g_test_add_func ("/ledger/csv/read-back", test_csv);
  g_test_add_func ("/ledger/export/bad-targets", test_bad_targets);
  g_test_add_func ("/ledger/export/cancel", test_cancel);
  g_test_add_func ("/ledger/export/worker-thread", test_worker_thread);
  g_test_add_func ("/ledger/cli/export", test_cli);
  return g_test_run ();
}
