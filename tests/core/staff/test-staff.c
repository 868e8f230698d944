/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Roster: validation beside the field, save/update with audit, never a
 * half-written change, filters, mark as left. */
#include "config.h"

#include "fy-error.h"
#include "fy-staff.h"
#include "fy-store-private.h"
#include "fy-test-support.h"

static FyStaff *
make_person (const char *no, const char *name, const char *id_number)
{
  FyStaff *s = fy_test_staff_new (no, name);

  fy_test_set_text (&s->id_number, id_number);
  fy_test_set_text (&s->department, "冲压车间");
  fy_test_set_text (&s->team, "甲班");
  fy_test_set_text (&s->phone, "+86 138-1234-5678");
  return s;
}

static void
test_add_and_normalise (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaff) s = make_person ("jd0001", "　张伟　", "11010519491231002x");
  g_autoptr(FyStaff) back = NULL;
  FyStaffField field = FY_STAFF_FIELD_NONE;

  g_assert_true (fy_staff_save (store, s, &field, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s->id, >, 0);
  back = fy_staff_get (store, s->id, &error);
  g_assert_cmpstr (back->employee_no, ==, "JD0001");
  g_assert_cmpstr (back->name, ==, "张伟");
  g_assert_cmpstr (back->id_number, ==, "11010519491231002X");
  g_assert_cmpstr (back->phone, ==, "13812345678");
  g_assert_cmpstr (back->gender, ==, "F");   /* 17th digit 2: even */
  g_assert_false (fy_store_is_empty (store));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE entity = 'staff' AND action = 'insert'"), ==, 1);
}

static void
test_bad_id_writes_nothing (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaff) s = make_person ("JD0002", "李娜", "110105194912310021");
  FyStaffField field = FY_STAFF_FIELD_NONE;

  g_assert_false (fy_staff_save (store, s, &field, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_cmpint (field, ==, FY_STAFF_FIELD_ID_NUMBER);
  g_assert_cmpint (s->id, ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff"), ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit"), ==, 0);

  g_clear_error (&error);
  g_free (s->phone);
  s->phone = g_strdup ("12345");
  g_free (s->id_number);
  s->id_number = g_strdup ("");
  g_assert_false (fy_staff_save (store, s, &field, &error));
  g_assert_cmpint (field, ==, FY_STAFF_FIELD_PHONE);

  g_clear_error (&error);
  g_free (s->phone);
  s->phone = g_strdup ("");
  g_free (s->name);
  s->name = g_strdup ("   ");
  g_assert_false (fy_staff_save (store, s, &field, &error));
  g_assert_cmpint (field, ==, FY_STAFF_FIELD_NAME);
}

static void
test_duplicate_employee_no (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaff) a = make_person ("JD0003", "王强", "");
  g_autoptr(FyStaff) b = make_person ("jd0003", "赵敏", "");
  FyStaffField field = FY_STAFF_FIELD_NONE;

  g_assert_true (fy_staff_save (store, a, NULL, &error));
  g_assert_false (fy_staff_save (store, b, &field, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_CONFLICT);
  g_assert_cmpint (field, ==, FY_STAFF_FIELD_EMPLOYEE_NO);
  g_assert_nonnull (strstr (error->message, "王强"));
  g_assert_cmpint (b->id, ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff"), ==, 1);
}

/* Issue 10 item 12 in the form path: a second current person with the
 * same ID number is refused, naming the first, with the number masked. */
static void
test_duplicate_id_number (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaff) a = make_person ("JD0005", "王强", "11010519491231002X");
  g_autoptr(FyStaff) b = make_person ("JD0006", "赵敏", "11010519491231002X");

  g_assert_true (fy_staff_save (store, a, NULL, &error));
  g_assert_false (fy_staff_save (store, b, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "王强"));
  g_assert_null (strstr (error->message, "11010519491231002X"));
  g_assert_cmpint (b->id, ==, 0);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff"), ==, 1);
}

static void
test_update_audits_masked (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaff) s = make_person ("JD0004", "陈静", "11010519491231002X");
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_true (fy_staff_save (store, s, NULL, &error));
  g_free (s->phone);
  s->phone = g_strdup ("13987654321");
  g_free (s->team);
  s->team = g_strdup ("乙班");
  g_assert_true (fy_staff_save (store, s, NULL, &error));
  g_assert_no_error (error);
  stmt = fy_store_prepare (store, "SELECT old_value, new_value FROM audit WHERE field = 'phone'", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  /* The audit trail never copies full phone numbers. */
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "138****5678");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "139****4321");
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE field = 'team'"), ==, 1);
  /* Unchanged fields leave no audit rows. */
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE field = 'name'"), ==, 0);
}

static void
test_filters_and_left (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  const char *names[] = { "周杰", "吴芳", "郑浩", "孙丽" };
  g_autoptr(GPtrArray) list = NULL;
  FyStaffFilter filter = { .status = -2 };
  g_auto(GStrv) departments = NULL;
  gint64 first_id = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(FyStaff) s = make_person ("", names[i], "");
      g_free (s->employee_no);
      s->employee_no = g_strdup_printf ("E%02u", i);
      if (i >= 2)
        {
          g_free (s->department);
          s->department = g_strdup ("仓储物流部");
        }
      g_assert_true (fy_staff_save (store, s, NULL, &error));
      if (i == 0)
        first_id = s->id;
    }
  g_assert_cmpint (fy_staff_count (store, &filter, &error), ==, 4);
  filter.department = "仓储物流部";
  g_assert_cmpint (fy_staff_count (store, &filter, &error), ==, 2);
  filter.department = NULL;
  filter.search = "吴";
  list = fy_staff_list (store, &filter, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((FyStaff *) list->pdata[0])->name, ==, "吴芳");
  filter.search = NULL;

  g_assert_true (fy_staff_mark_left (store, first_id, "2026-11-01", &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy_staff_count (store, &filter, &error), ==, 3);   /* current staff */
  filter.status = -1;
  g_assert_cmpint (fy_staff_count (store, &filter, &error), ==, 4);   /* still there */
  filter.status = FY_STAFF_LEFT;
  g_assert_cmpint (fy_staff_count (store, &filter, &error), ==, 1);

  departments = fy_staff_list_departments (store);
  g_assert_cmpuint (g_strv_length (departments), ==, 2);
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, "2026-11-22");
  g_test_add_func ("/staff/add-and-normalise", test_add_and_normalise);
  g_test_add_func ("/staff/bad-id-writes-nothing", test_bad_id_writes_nothing);
  g_test_add_func ("/staff/duplicate-employee-no", test_duplicate_employee_no);
  g_test_add_func ("/staff/update-audits-masked", test_update_audits_masked);
  g_test_add_func ("/staff/duplicate-id-number", test_duplicate_id_number);
  g_test_add_func ("/staff/filters-and-left", test_filters_and_left);
  return g_test_run ();
}
