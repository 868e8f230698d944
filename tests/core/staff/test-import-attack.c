/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Staff input under attack: one ID number, one current person (import
 * preview naming both rows, the form, the schema, a database that already
 * holds duplicates), unallocated mobile prefixes warned about, no full ID
 * or phone in any message, and a file read in a stream with a size limit. */
#include "config.h"

#include <string.h>
#include <sqlite3.h>

#include "fy-error.h"
#include "fy-staff-import.h"
#include "fy-store-private.h"
#include "fy-test-support.h"

#define ID_A "110105198503120012"
#define ID_A_MASKED "110105********0012"

static FyStaffImport *
parse_text (FyStore *store, const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  FyStaffImport *imp = fy_staff_import_parse (store, bytes, NULL, &error);

  g_assert_no_error (error);
  return imp;
}

static const char *
row_error (FyStaffImport *imp, guint i)
{
  return fy_staff_import_get_row (imp, i)->error;
}

static void
test_duplicate_id_in_file (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_text (store,
      "工号,姓名,身份证号,状态\n"
      "S1,张伟," ID_A ",\n"
      "S2,张伟二," ID_A ",\n"
      "S3,离职者," ID_A ",离职\n");

  g_assert_null (row_error (imp, 0));
  g_assert_nonnull (row_error (imp, 1));
  g_test_message ("%s", row_error (imp, 1));
  /* Names the other row, never the whole number. */
  g_assert_nonnull (strstr (row_error (imp, 1), "line 2"));
  g_assert_nonnull (strstr (row_error (imp, 1), ID_A_MASKED));
  g_assert_null (strstr (row_error (imp, 1), ID_A));
  /* Someone who has left does not hold the number. */
  g_assert_null (row_error (imp, 2));
}

static void
test_duplicate_id_with_roster (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = NULL;
  g_autoptr(FyStaff) twin = fy_test_staff_new ("E9", "王五");

  fy_test_add_staff (store, "E1", "张伟", "id_number", ID_A, NULL);
  imp = parse_text (store, "工号,姓名,身份证号\nE1,张伟," ID_A "\nE2,李四," ID_A "\n");
  /* The same person again is an update, not a duplicate. */
  g_assert_null (row_error (imp, 0));
  g_assert_nonnull (row_error (imp, 1));
  g_assert_nonnull (strstr (row_error (imp, 1), "张伟"));
  g_assert_nonnull (strstr (row_error (imp, 1), "E1"));
  g_assert_null (strstr (row_error (imp, 1), ID_A));

  /* The form: refused with both named, masked, nothing written. */
  fy_test_set_text (&twin->id_number, ID_A);
  g_assert_true (fy_store_begin (store, &error));
  g_assert_false (fy_staff_save_in_transaction (store, twin, &error));
  fy_store_rollback (store);
  g_assert_error (error, FY_ERROR, FY_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "张伟"));
  g_assert_null (strstr (error->message, ID_A));
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff"), ==, 1);
  g_clear_error (&error);
  {
    FyStaffField field = FY_STAFF_FIELD_NONE;
    g_assert_false (fy_staff_save (store, twin, &field, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_CONFLICT);
    g_assert_cmpint (field, ==, FY_STAFF_FIELD_ID_NUMBER);
    g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff"), ==, 1);
    /* Someone who has left may share it: the number was reused or mistyped before. */
    twin->status = FY_STAFF_LEFT;
    g_clear_error (&error);
    g_assert_true (fy_staff_save (store, twin, &field, &error));
    g_assert_no_error (error);
  }

  /* The schema itself refuses a second current holder. */
  g_assert_cmpint (sqlite3_exec (fy_store_get_db (store),
                                 "INSERT INTO staff (employee_no, name, id_number) VALUES ('E3', 'x', '" ID_A "')",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_UNIQUE);
  g_assert_cmpint (sqlite3_exec (fy_store_get_db (store),
                                 "INSERT INTO staff (employee_no, name, id_number, status, left_on)"
                                 " VALUES ('E4', 'x', '" ID_A "', 'left', '2020-01-01')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

/* A database from before the rule with two current holders of one number:
 * the upgrade keeps it on the first, keeps the other's aside, audits it. */
static void
test_migration_keeps_duplicates_aside (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fy_test_tmp_path ("fangyi.db");
  FyStore *store;
  sqlite3 *db;

  fy_store_set_migration_limit_for_testing (4);
  store = fy_store_open (path, &error);
  fy_store_set_migration_limit_for_testing (0);
  g_assert_no_error (error);
  db = fy_store_get_db (store);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO staff (employee_no, name, id_number) VALUES"
                                 " ('E1', 'a', '" ID_A "'), ('E2', 'b', '" ID_A "'), ('E3', 'c', '');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  fy_store_close (store);
  g_assert_finalize_object (store);

  store = fy_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE id_number = '" ID_A "'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff WHERE employee_no = 'E1'"
                                             " AND id_number = '" ID_A "'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff_id_duplicate d JOIN staff s"
                                             " ON s.id = d.staff_id WHERE s.employee_no = 'E2'"
                                             " AND d.id_number = '" ID_A "'"), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE field = 'id_number'"
                                             " AND old_value = '" ID_A_MASKED "'"), ==, 1);
  g_assert_finalize_object (store);
}

static void
test_unallocated_prefixes_warned (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_text (store,
      "工号,姓名,手机\nP1,甲,15412345678\nP2,乙,19412345678\nP3,丙,14012345678\nP4,丁,13812345678\n");

  g_assert_cmpuint (fy_staff_import_get_n_valid (imp), ==, 4);
  for (guint i = 0; i < 3; i++)
    {
      const char *warning = fy_staff_import_get_row (imp, i)->warning;
      g_assert_nonnull (warning);
      g_test_message ("%s", warning);
      g_assert_nonnull (strstr (warning, "手机"));
    }
  g_assert_null (fy_staff_import_get_row (imp, 3)->warning);
}

/* Columns in the wrong place: the cell is echoed, masked. */
static void
test_messages_masked (void)
{
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(FyStaffImport) imp = parse_text (store,
      "工号,姓名,性别,状态,疫苗剂次\n"
      "S1,张三," ID_A ",13812345678,+8613812345678\n");
  const char *error = row_error (imp, 0);

  g_assert_nonnull (error);
  g_test_message ("%s", error);
  g_assert_nonnull (strstr (error, ID_A_MASKED));
  g_assert_nonnull (strstr (error, "138****5678"));
  g_assert_null (strstr (error, ID_A));
  g_assert_null (strstr (error, "13812345678"));
}

/* A device or a huge file is refused after reading past the limit, not
 * loaded whole. */
static void
test_size_limit (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  FyStaffImport *imp = fy_staff_import_parse_file (store, "/dev/zero", NULL, &error);

  g_assert_null (imp);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "too large"));
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-attack/duplicate-id-in-file", test_duplicate_id_in_file);
  g_test_add_func ("/import-attack/duplicate-id-with-roster", test_duplicate_id_with_roster);
  g_test_add_func ("/import-attack/migration-keeps-duplicates-aside", test_migration_keeps_duplicates_aside);
  g_test_add_func ("/import-attack/unallocated-prefixes-warned", test_unallocated_prefixes_warned);
  g_test_add_func ("/import-attack/messages-masked", test_messages_masked);
  g_test_add_func ("/import-attack/size-limit", test_size_limit);
  return g_test_run ();
}
