/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Staff import from CSV: encodings (UTF-8 ± BOM, GBK, UTF-16), tab/comma,
 * RFC 4180 quoting, Chinese and English titles, a preview listing every bad
 * row, nothing half-imported, valid-only import, re-import updates by
 * employee number (only the columns in the file, with audit rows), 15-digit
 * IDs, refused files, and the command line's exit codes. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "fy-error.h"
#include "fy-staff-import-private.h"
#include "fy-staff-import.h"
#include "fy-store-private.h"
#include "fy-test-support.h"

static FyStaffImport *
parse_fixture (FyStore *store, const char *name, GError **error)
{
  g_autofree char *path = fy_test_fixture_path ("import", name);
  return fy_staff_import_parse_file (store, path, NULL, error);
}

static FyStaffImport *
parse_text (FyStore *store, const char *text, GError **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  return fy_staff_import_parse (store, bytes, NULL, error);
}

static gint64
staff_count (FyStore *store)
{
  return fy_test_query_int (store, "SELECT count(*) FROM staff");
}

static const FyStaff *
row_staff (FyStaffImport *imp, guint i)
{
  const FyStaffImportRow *row = fy_staff_import_get_row (imp, i);
  g_assert_nonnull (row);
  return row->staff;
}

static guint
strv_len (const char *const *v)
{
  guint n = 0;
  while (v[n])
    n++;
  return n;
}

static FyStaff *
stored (FyStore *store, const char *no)
{
  g_autoptr(GError) error = NULL;
  FyStaff *s = fy_staff_get_by_employee_no (store, no, &error);
  g_assert_no_error (error);
  return s;
}

/* The three people of roster-utf8*.csv, as parsed. */
static void
check_utf8_roster (FyStaffImport *imp)
{
  const FyStaff *s;

  g_assert_cmpint (fy_staff_import_get_delimiter (imp), ==, ',');
  g_assert_cmpuint (fy_staff_import_get_n_rows (imp), ==, 3);
  g_assert_cmpuint (fy_staff_import_get_n_valid (imp), ==, 3);
  g_assert_cmpuint (fy_staff_import_get_n_invalid (imp), ==, 0);
  g_assert_cmpuint (fy_staff_import_get_n_new (imp), ==, 3);
  g_assert_cmpuint (fy_staff_import_get_n_updates (imp), ==, 0);
  g_assert_cmpuint (strv_len (fy_staff_import_get_mapped_headers (imp)), ==, 14);
  g_assert_cmpuint (strv_len (fy_staff_import_get_ignored_headers (imp)), ==, 0);

  s = row_staff (imp, 0);
  g_assert_cmpuint (fy_staff_import_get_row (imp, 0)->line, ==, 2);
  g_assert_null (fy_staff_import_get_row (imp, 0)->error);
  g_assert_cmpstr (s->name, ==, "张伟");
  g_assert_cmpstr (s->employee_no, ==, "JD0001");
  g_assert_cmpstr (s->gender, ==, "M");
  g_assert_cmpstr (s->department, ==, "冲压车间");
  g_assert_cmpstr (s->team, ==, "甲班");
  g_assert_cmpstr (s->post, ==, "操作工");
  g_assert_cmpstr (s->phone, ==, "13812345678");
  g_assert_cmpstr (s->id_number, ==, "110105198503120012");
  g_assert_cmpstr (s->dormitory, ==, "A-101");
  g_assert_false (s->outsourced);
  g_assert_cmpint (s->vaccine_doses, ==, 3);
  g_assert_false (s->high_contact);
  g_assert_cmpint (s->status, ==, FY_STAFF_ON_SITE);

  s = row_staff (imp, 1);
  g_assert_cmpstr (s->name, ==, "李娜");
  g_assert_cmpstr (s->gender, ==, "F");
  g_assert_true (s->outsourced);
  g_assert_true (s->high_contact);
  g_assert_cmpint (s->vaccine_doses, ==, 2);
  g_assert_cmpstr (s->note, ==, "外包保洁");

  s = row_staff (imp, 2);
  g_assert_cmpuint (fy_staff_import_get_row (imp, 2)->line, ==, 4);
  g_assert_cmpstr (s->phone, ==, "13700001234");      /* +86 and hyphens dropped */
  g_assert_cmpstr (s->team, ==, "");
  g_assert_true (s->high_contact);                     /* Y */
  g_assert_false (s->outsourced);                      /* N */
  g_assert_cmpint (s->status, ==, FY_STAFF_HOME_ISOLATION);
}

static void
test_utf8_bom (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_fixture (store, "roster-utf8-bom.csv", &error);
  g_autoptr(FyStaff) back = NULL;
  guint n_new = 99, n_updated = 99;

  g_assert_no_error (error);
  g_assert_cmpstr (fy_staff_import_get_encoding (imp), ==, "UTF-8 (BOM)");
  check_utf8_roster (imp);
  g_assert_cmpint (staff_count (store), ==, 0);         /* parsing writes nothing */

  g_assert_true (fy_staff_import_apply (store, imp, FALSE, &n_new, &n_updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_new, ==, 3);
  g_assert_cmpuint (n_updated, ==, 0);
  g_assert_cmpint (staff_count (store), ==, 3);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE action = 'insert'"), ==, 3);
  back = stored (store, "JD0003");
  g_assert_cmpstr (back->name, ==, "王强");
  g_assert_cmpint (back->status, ==, FY_STAFF_HOME_ISOLATION);
  g_assert_cmpstr (back->id_number, ==, "440305198811200038");
}

static void
test_utf8_plain (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_fixture (store, "roster-utf8.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (fy_staff_import_get_encoding (imp), ==, "UTF-8");
  check_utf8_roster (imp);
}

static void
test_gbk (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_fixture (store, "roster-gbk.csv", &error);
  const FyStaff *s;

  g_assert_no_error (error);
  g_assert_cmpstr (fy_staff_import_get_encoding (imp), ==, "GB18030");
  g_assert_cmpuint (fy_staff_import_get_n_rows (imp), ==, 3);
  g_assert_cmpuint (fy_staff_import_get_n_valid (imp), ==, 3);
  g_assert_cmpuint (strv_len (fy_staff_import_get_mapped_headers (imp)), ==, 13);

  s = row_staff (imp, 0);
  g_assert_cmpstr (s->employee_no, ==, "G001");
  g_assert_cmpstr (s->name, ==, "赵敏");
  g_assert_cmpstr (s->department, ==, "总装车间");   /* 车间 → department */
  g_assert_cmpstr (s->team, ==, "丙班");             /* 班组名称 */
  g_assert_cmpstr (s->post, ==, "质检员");           /* 职务 */
  g_assert_cmpstr (s->phone, ==, "13800138000");     /* full-width digits */
  g_assert_cmpstr (s->gender, ==, "F");              /* from the ID */
  g_assert_true (s->outsourced);                     /* 劳务派遣: 是 */
  g_assert_cmpint (s->vaccine_doses, ==, 3);         /* "3针" */
  g_assert_cmpstr (s->note, ==, "全角数字");
  g_assert_cmpint (row_staff (imp, 1)->status, ==, FY_STAFF_CENTRAL_ISOLATION);
  g_assert_true (row_staff (imp, 1)->high_contact);  /* 重点岗位 */
  g_assert_cmpint (row_staff (imp, 2)->status, ==, FY_STAFF_OBSERVATION);
  g_assert_cmpint (row_staff (imp, 2)->vaccine_doses, ==, 0);
}

static void
test_utf16 (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  const char *text = "工号\t姓名\t部门\r\nU001\t郑爽\t仓库\r\n";
  gsize n = 0;
  g_autofree char *utf16 = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &n, &error);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(FyStaffImport) imp = NULL;

  g_assert_no_error (error);
  g_byte_array_append (bytes, (const guint8 *) "\377\376", 2);
  g_byte_array_append (bytes, (const guint8 *) utf16, n);
  contents = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
  imp = fy_staff_import_parse (store, contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_staff_import_get_encoding (imp), ==, "UTF-16 (BOM)");
  g_assert_cmpint (fy_staff_import_get_delimiter (imp), ==, '\t');
  g_assert_cmpuint (fy_staff_import_get_n_valid (imp), ==, 1);
  g_assert_cmpstr (row_staff (imp, 0)->name, ==, "郑爽");
  g_assert_cmpstr (row_staff (imp, 0)->department, ==, "仓库");
}

static void
test_tab_separated (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_fixture (store, "roster-tab.txt", &error);

  g_assert_no_error (error);
  g_assert_cmpint (fy_staff_import_get_delimiter (imp), ==, '\t');
  g_assert_cmpuint (fy_staff_import_get_n_rows (imp), ==, 2);
  g_assert_cmpuint (fy_staff_import_get_n_valid (imp), ==, 2);
  g_assert_cmpstr (row_staff (imp, 0)->employee_no, ==, "T001");   /* 编号 */
  g_assert_cmpstr (row_staff (imp, 0)->phone, ==, "13700001111");  /* 手机号 */
  g_assert_cmpstr (row_staff (imp, 0)->note, ==, "华东,华南");     /* a comma is data here */
}

static void
test_quoted_fields (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_fixture (store, "roster-quoted.csv", &error);
  g_autoptr(FyStaff) back = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (fy_staff_import_get_n_rows (imp), ==, 3);
  g_assert_cmpuint (fy_staff_import_get_n_valid (imp), ==, 3);
  g_assert_cmpstr (row_staff (imp, 0)->name, ==, "Smith, John");
  g_assert_cmpstr (row_staff (imp, 0)->note, ==, "他说\"你好\"");
  g_assert_cmpstr (row_staff (imp, 1)->note, ==, "第一行\n第二行");
  g_assert_cmpuint (fy_staff_import_get_row (imp, 1)->line, ==, 3);
  g_assert_cmpuint (fy_staff_import_get_row (imp, 2)->line, ==, 5);  /* the row above spans two lines */
  g_assert_cmpstr (row_staff (imp, 2)->name, ==, "陈晨");

  g_assert_true (fy_staff_import_apply (store, imp, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  back = stored (store, "Q001");
  g_assert_cmpstr (back->name, ==, "Smith, John");
  g_assert_cmpstr (back->note, ==, "他说\"你好\"");
}

static void
test_unclosed_quote (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_text (store, "工号,姓名\nU1,\"没有结束\nU2,李四\n", &error);

  g_assert_null (imp);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "line 2"));
}

static void
test_english_headers (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_fixture (store, "roster-english.csv", &error);
  const FyStaff *s;

  g_assert_no_error (error);
  g_assert_cmpuint (strv_len (fy_staff_import_get_mapped_headers (imp)), ==, 14);
  g_assert_cmpuint (fy_staff_import_get_n_valid (imp), ==, 2);
  s = row_staff (imp, 0);
  g_assert_cmpstr (s->name, ==, "Zhou Min");
  g_assert_cmpstr (s->employee_no, ==, "E100");
  g_assert_cmpstr (s->gender, ==, "F");
  g_assert_cmpstr (s->team, ==, "East");
  g_assert_cmpstr (s->id_number, ==, "320502199501010043");
  g_assert_true (s->high_contact);
  g_assert_false (s->outsourced);
  g_assert_cmpint (s->vaccine_doses, ==, 2);
  s = row_staff (imp, 1);
  g_assert_cmpstr (s->gender, ==, "M");
  g_assert_true (s->outsourced);
  g_assert_true (s->high_contact);
  g_assert_cmpint (s->status, ==, FY_STAFF_HOME_ISOLATION);
}

static void
test_bad_rows (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_fixture (store, "roster-bad.csv", &error);
  const FyStaffImportRow *row;
  guint n_new = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (fy_staff_import_get_n_rows (imp), ==, 7);
  g_assert_cmpuint (fy_staff_import_get_n_valid (imp), ==, 2);
  g_assert_cmpuint (fy_staff_import_get_n_invalid (imp), ==, 5);

  g_assert_null (fy_staff_import_get_row (imp, 0)->error);
  row = fy_staff_import_get_row (imp, 1);                   /* bad check character */
  g_assert_cmpuint (row->line, ==, 3);
  g_assert_cmpint (row->field, ==, FY_STAFF_FIELD_ID_NUMBER);
  g_assert_true (g_str_has_prefix (row->error, "身份证号: "));
  row = fy_staff_import_get_row (imp, 2);                   /* bad phone */
  g_assert_cmpuint (row->line, ==, 4);
  g_assert_cmpint (row->field, ==, FY_STAFF_FIELD_PHONE);
  g_assert_true (g_str_has_prefix (row->error, "手机: "));
  row = fy_staff_import_get_row (imp, 3);                   /* no name */
  g_assert_cmpint (row->field, ==, FY_STAFF_FIELD_NAME);
  g_assert_true (g_str_has_prefix (row->error, "姓名: "));
  row = fy_staff_import_get_row (imp, 4);                   /* B001 again: the later row is wrong */
  g_assert_cmpuint (row->line, ==, 6);
  g_assert_cmpint (row->field, ==, FY_STAFF_FIELD_EMPLOYEE_NO);
  g_assert_nonnull (strstr (row->error, "line 2"));
  g_assert_null (fy_staff_import_get_row (imp, 5)->error);
  row = fy_staff_import_get_row (imp, 6);                   /* two problems, both listed */
  g_assert_cmpint (row->field, ==, FY_STAFF_FIELD_PHONE);
  g_assert_nonnull (strstr (row->error, "手机: "));
  g_assert_nonnull (strstr (row->error, "身份证号: "));

  /* All or nothing: refused, nothing written. */
  g_assert_false (fy_staff_import_apply (store, imp, FALSE, NULL, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (staff_count (store), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit"), ==, 0);

  /* The user confirmed: exactly the valid rows. */
  g_assert_true (fy_staff_import_apply (store, imp, TRUE, &n_new, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_new, ==, 2);
  g_assert_cmpint (staff_count (store), ==, 2);
  {
    g_autoptr(FyStaff) b1 = stored (store, "B001");
    g_autoptr(FyStaff) b6 = stored (store, "B006");
    g_assert_cmpstr (b1->name, ==, "好人一");   /* not the duplicate's 重复人 */
    g_assert_cmpstr (b6->name, ==, "好人二");
  }
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE employee_no IN ('B002','B003','B004','B007')"), ==, 0);
}

static void
test_missing_header (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_fixture (store, "roster-no-employee-no.csv", &error);

  g_assert_null (imp);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "工号"));        /* what is missing */
  g_assert_nonnull (strstr (error->message, "姓名, 部门, 手机")); /* what was recognised */
  g_clear_error (&error);

  imp = parse_text (store, "a,b,c\n1,2,3\n", &error);
  g_assert_null (imp);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "姓名"));
}

static void
test_refused_files (void)
{
  static const char *names[] = { "roster-empty.csv", "roster-header-only.csv", "roster-binary.csv" };
  static const char *words[] = { "empty", "no staff rows", "not a text" };
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FyStaffImport) imp = parse_fixture (store, names[i], &error);
      g_assert_null (imp);
      g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
      g_test_message ("%s: %s", names[i], error->message);
      g_assert_nonnull (strstr (error->message, words[i]));
    }

  /* A workbook chosen instead of its CSV: say so. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) zip = g_bytes_new_static ("PK\003\004\024\000\006\000\010\000", 10);
    g_autoptr(FyStaffImport) imp = fy_staff_import_parse (store, zip, NULL, &error);
    g_assert_null (imp);
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "workbook"));
  }
  /* Blank lines only. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(FyStaffImport) imp = parse_text (store, "\r\n  \r\n,,,\r\n", &error);
    g_assert_null (imp);
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  }
  /* A missing file. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(FyStaffImport) imp = fy_staff_import_parse_file (store, "/nonexistent/roster.csv", NULL, &error);
    g_assert_null (imp);
    g_assert_error (error, FY_ERROR, FY_ERROR_IO);
  }
}

static void
test_shifted_row (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_text (store, "工号,姓名,部门\nS1,张三,一车间\nS2,李四,一车间,二班\nS3,王五,,\n", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fy_staff_import_get_n_valid (imp), ==, 2);   /* a trailing empty field is fine */
  g_assert_nonnull (fy_staff_import_get_row (imp, 1)->error);
  g_assert_nonnull (strstr (fy_staff_import_get_row (imp, 1)->error, "4 fields"));
}

static void
test_reimport_updates (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) first = parse_fixture (store, "roster-utf8.csv", &error);
  g_autoptr(FyStaffImport) update = NULL;
  g_autoptr(FyStaffImport) again = NULL;
  g_autoptr(FyStaff) jd1 = NULL;
  gint64 audit_before;
  guint n_new = 0, n_updated = 0;

  g_assert_no_error (error);
  g_assert_true (fy_staff_import_apply (store, first, FALSE, NULL, NULL, &error));
  g_assert_cmpint (staff_count (store), ==, 3);

  /* The same file again: every row is an update that changes nothing. */
  again = parse_fixture (store, "roster-utf8.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_staff_import_get_n_new (again), ==, 0);
  g_assert_cmpuint (fy_staff_import_get_n_unchanged (again), ==, 3);
  g_assert_true (fy_staff_import_get_row (again, 0)->is_update);
  audit_before = fy_test_query_int (store, "SELECT count(*) FROM audit");
  g_assert_true (fy_staff_import_apply (store, again, FALSE, &n_new, &n_updated, &error));
  g_assert_cmpuint (n_new, ==, 0);
  g_assert_cmpuint (n_updated, ==, 0);
  g_assert_cmpint (staff_count (store), ==, 3);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit"), ==, audit_before);

  /* A file with fewer columns: one move, one unchanged, one new person. */
  update = parse_fixture (store, "roster-update.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_staff_import_get_n_rows (update), ==, 3);
  g_assert_cmpuint (fy_staff_import_get_n_updates (update), ==, 1);
  g_assert_cmpuint (fy_staff_import_get_n_unchanged (update), ==, 1);
  g_assert_cmpuint (fy_staff_import_get_n_new (update), ==, 1);
  g_assert_true (fy_staff_import_get_row (update, 0)->is_update);
  g_assert_false (fy_staff_import_get_row (update, 0)->unchanged);
  g_assert_true (fy_staff_import_get_row (update, 1)->unchanged);
  g_assert_false (fy_staff_import_get_row (update, 2)->is_update);
  /* The preview shows the stored fields the file does not have. */
  g_assert_cmpstr (row_staff (update, 0)->phone, ==, "13812345678");

  g_assert_true (fy_staff_import_apply (store, update, FALSE, &n_new, &n_updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_new, ==, 1);
  g_assert_cmpuint (n_updated, ==, 1);
  g_assert_cmpint (staff_count (store), ==, 4);
  jd1 = stored (store, "JD0001");
  g_assert_cmpstr (jd1->department, ==, "总装车间");            /* changed */
  g_assert_cmpstr (jd1->phone, ==, "13812345678");              /* not in the file: kept */
  g_assert_cmpstr (jd1->id_number, ==, "110105198503120012");
  g_assert_cmpstr (jd1->dormitory, ==, "A-101");
  g_assert_cmpint (jd1->vaccine_doses, ==, 3);
  g_assert_cmpint (fy_test_query_int (store,
                               "SELECT count(*) FROM audit a JOIN staff s ON s.id = a.entity_id"
                               " WHERE a.entity = 'staff' AND a.action = 'update' AND s.employee_no = 'JD0001'"
                               " AND a.field = 'department' AND a.old_value = '冲压车间' AND a.new_value = '总装车间'"),
                   ==, 1);
  /* Only the department changed. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE action = 'update'"), ==, 1);
}

static void
test_blank_status_and_derived_gender (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) first = parse_text (store,
      "工号,姓名,状态,性别\nK1,甲,居家隔离,男\n", &error);
  g_autoptr(FyStaffImport) second = NULL;
  g_autoptr(FyStaff) k1 = NULL;

  g_assert_no_error (error);
  g_assert_true (fy_staff_import_apply (store, first, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Status blank: kept. An ID of a woman and no gender column: gender follows the ID. */
  second = parse_text (store, "工号,姓名,状态,身份证号\nK1,甲,,310104199007070023\nK2,乙,,\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_staff_import_get_n_valid (second), ==, 2);
  /* Someone moves K1 to observation while the preview is open: the import
   * merges with the roster as it is at apply time. */
  k1 = stored (store, "K1");
  k1->status = FY_STAFF_OBSERVATION;
  g_assert_true (fy_staff_save (store, k1, NULL, &error));
  g_clear_pointer (&k1, fy_staff_free);
  g_assert_true (fy_staff_import_apply (store, second, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  k1 = stored (store, "K1");
  g_assert_cmpint (k1->status, ==, FY_STAFF_OBSERVATION);
  g_assert_cmpstr (k1->gender, ==, "F");
  g_assert_cmpstr (k1->id_number, ==, "310104199007070023");
  {
    g_autoptr(FyStaff) k2 = stored (store, "K2");
    g_assert_cmpint (k2->status, ==, FY_STAFF_ON_SITE);
  }
}

static void
test_cell_values (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_text (store,
      "工号,姓名,性别,是否外包,疫苗剂次,状态\n"
      "C1,甲,女,TRUE,２,离职\n"
      "C2,乙,X,也许,十,出差\n", &error);
  const FyStaffImportRow *row;

  g_assert_no_error (error);
  g_assert_null (fy_staff_import_get_row (imp, 0)->error);
  g_assert_cmpstr (row_staff (imp, 0)->gender, ==, "F");
  g_assert_true (row_staff (imp, 0)->outsourced);
  g_assert_cmpint (row_staff (imp, 0)->vaccine_doses, ==, 2);
  g_assert_cmpint (row_staff (imp, 0)->status, ==, FY_STAFF_LEFT);
  g_assert_cmpstr (row_staff (imp, 0)->left_on, ==, "2026-11-22");   /* today when not given */

  row = fy_staff_import_get_row (imp, 1);
  g_assert_nonnull (row->error);
  g_assert_cmpint (row->field, ==, FY_STAFF_FIELD_GENDER);
  g_assert_nonnull (strstr (row->error, "性别: "));
  g_assert_nonnull (strstr (row->error, "是否外包: "));
  g_assert_nonnull (strstr (row->error, "疫苗剂次: "));
  g_assert_nonnull (strstr (row->error, "状态: "));
}

static void
test_left_date_kept (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) first = parse_text (store, "工号,姓名,状态,离职日期\nL1,甲,离职,2026-01-05\n", &error);
  g_autoptr(FyStaffImport) second = NULL;
  g_autoptr(FyStaff) l1 = NULL;

  g_assert_no_error (error);
  g_assert_true (fy_staff_import_apply (store, first, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  /* A blank date cell does not move the date to today. */
  second = parse_text (store, "工号,姓名,状态,离职日期\nL1,甲,离职,\n", &error);
  g_assert_no_error (error);
  g_assert_true (fy_staff_import_get_row (second, 0)->unchanged);
  g_assert_true (fy_staff_import_apply (store, second, FALSE, NULL, NULL, &error));
  l1 = stored (store, "L1");
  g_assert_cmpint (l1->status, ==, FY_STAFF_LEFT);
  g_assert_cmpstr (l1->left_on, ==, "2026-01-05");
}

static void
test_id15_converted (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_fixture (store, "roster-id15.csv", &error);
  g_autoptr(FyStaff) back = NULL;

  g_assert_no_error (error);
  g_assert_null (fy_staff_import_get_row (imp, 0)->error);
  g_assert_cmpstr (row_staff (imp, 0)->id_number, ==, "11010519491231002X");
  g_assert_true (fy_staff_import_apply (store, imp, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  back = stored (store, "T015");
  g_assert_cmpstr (back->id_number, ==, "11010519491231002X");
  g_assert_cmpstr (back->gender, ==, "F");
}

static void
test_failure_rolls_back (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_fixture (store, "roster-utf8.csv", &error);

  g_assert_no_error (error);
  /* The third row fails inside the transaction: the first two must go too. */
  g_assert_true (fy_store_exec (store,
      "CREATE TEMP TRIGGER boom BEFORE INSERT ON staff WHEN NEW.employee_no = 'JD0003'"
      " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;", &error));
  g_assert_false (fy_staff_import_apply (store, imp, FALSE, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Line 4: "));
  g_assert_false (fy_store_in_transaction (store));
  g_assert_cmpint (staff_count (store), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit"), ==, 0);
}

static GBytes *
big_file (guint n)
{
  GString *s = g_string_new ("工号,姓名,部门,手机\r\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "P%05u,员工%u,车间%u,138%08u\r\n", i, i, i % 7, i);
  return g_string_free_to_bytes (s);
}

static void
test_big_file_and_cancel (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GBytes) bytes = big_file (2000);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(FyStaffImport) imp = fy_staff_import_parse (store, bytes, NULL, &error);
  guint n_new = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (fy_staff_import_get_n_valid (imp), ==, 2000);
  g_assert_true (fy_staff_import_apply (store, imp, FALSE, &n_new, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_new, ==, 2000);
  g_assert_cmpint (staff_count (store), ==, 2000);
  g_clear_pointer (&imp, fy_staff_import_free);

  imp = fy_staff_import_parse (store, bytes, NULL, &error);    /* now all updates */
  g_assert_cmpuint (fy_staff_import_get_n_unchanged (imp), ==, 2000);
  g_clear_pointer (&imp, fy_staff_import_free);

  g_cancellable_cancel (cancellable);
  imp = fy_staff_import_parse (store, bytes, cancellable, &error);
  g_assert_null (imp);
  g_assert_error (error, FY_ERROR, FY_ERROR_CANCELLED);
}

/* ---- The command line ---------------------------------------------------- */

static int
run_cli (const char *database, const char *const *args, char **out, char **err)
{
  int status = fy_test_spawn_cli (database, args, out, err);

  g_test_message ("fangyi %s: %s%s", args[2] ? args[2] : "", out ? *out : "", err ? *err : "");
  return status;
}

static void
test_cli (void)
{
  g_autofree char *db = fy_test_tmp_path ("cli.db");
  g_autofree char *bad = fy_test_fixture_path ("import", "roster-bad.csv");
  g_autofree char *good = fy_test_fixture_path ("import", "roster-utf8.csv");
  g_autofree char *update = fy_test_fixture_path ("import", "roster-update.csv");
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = NULL;

  if (!g_file_test (g_test_get_filename (G_TEST_BUILT, "..", "src", "fangyi", NULL), G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("fangyi is not built");
      return;
    }

  {
    g_autofree char *out = NULL, *err = NULL;
    const char *args[] = { "import", "staff", bad, NULL };
    g_assert_cmpint (run_cli (db, args, &out, &err), ==, 1);
    g_assert_nonnull (strstr (out, "Line 3: 身份证号: "));
    g_assert_nonnull (strstr (out, "Line 6: 工号: "));
    g_assert_nonnull (strstr (err, "--valid-only"));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *args[] = { "import", "staff", bad, "--valid-only", NULL };
    g_assert_cmpint (run_cli (db, args, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Skipped 5 rows"));
    g_assert_nonnull (strstr (out, "Imported 2 new, updated 0"));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *args[] = { "import", "staff", good, NULL };
    g_assert_cmpint (run_cli (db, args, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Imported 3 new, updated 0"));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *args[] = { "import", "staff", update, NULL };
    g_assert_cmpint (run_cli (db, args, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Imported 1 new, updated 1"));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *args[] = { "import", "staff", NULL };
    g_assert_cmpint (run_cli (db, args, &out, &err), ==, 2);
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *args[] = { "import", "staff", "/nonexistent.csv", NULL };
    g_assert_cmpint (run_cli (db, args, &out, &err), ==, 1);
  }

  store = fy_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (staff_count (store), ==, 6);   /* B001, B006, JD0001–3, JD0004 */
}

int
main (int argc, char **argv)
{
  /* Messages are checked in English; the file's own titles stay Chinese. */
  g_setenv ("LANGUAGE", "C", TRUE);
  fy_test_init (&argc, &argv, "2026-11-22");
  g_test_add_func ("/import/utf8-bom", test_utf8_bom);
  g_test_add_func ("/import/utf8-plain", test_utf8_plain);
  g_test_add_func ("/import/gbk", test_gbk);
  g_test_add_func ("/import/utf16", test_utf16);
  g_test_add_func ("/import/tab-separated", test_tab_separated);
  g_test_add_func ("/import/quoted-fields", test_quoted_fields);
  g_test_add_func ("/import/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/import/english-headers", test_english_headers);
  g_test_add_func ("/import/bad-rows", test_bad_rows);
  g_test_add_func ("/import/missing-header", test_missing_header);
  g_test_add_func ("/import/refused-files", test_refused_files);
  g_test_add_func ("/import/shifted-row", test_shifted_row);
  g_test_add_func ("/import/reimport-updates", test_reimport_updates);
  g_test_add_func ("/import/blank-status-and-derived-gender", test_blank_status_and_derived_gender);
  g_test_add_func ("/import/cell-values", test_cell_values);
  g_test_add_func ("/import/left-date-kept", test_left_date_kept);
  g_test_add_func ("/import/id15-converted", test_id15_converted);
  g_test_add_func ("/import/failure-rolls-back", test_failure_rolls_back);
  g_test_add_func ("/import/big-file-and-cancel", test_big_file_and_cancel);
  g_test_add_func ("/import/cli", test_cli);
  return g_test_run ();
}
