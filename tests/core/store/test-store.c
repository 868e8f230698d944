/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Store: open, migrate, refuse newer / foreign, damaged files moved aside, settings,
 * the one-row and every-row step helpers. */
#include "config.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "fy-error.h"
#include "fy-settings.h"
#include "fy-staff.h"
#include "fy-store.h"
#include "fy-vaccination.h"
#include "fy-store-private.h"
#include "fy-test-support.h"

static void
record_change_cb (FyStore *store, FyStoreChange change, GArray *seen)
{
  g_array_append_val (seen, change);
}

static guint
last_change (GArray *seen)
{
  g_assert_cmpuint (seen->len, >, 0);
  return g_array_index (seen, FyStoreChange, seen->len - 1);
}

/* Each write announces itself once, with its own flag. */
static void
test_changed_flags (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStore) store = fy_test_open_store ();
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (FyStoreChange));
  g_autoptr(FyCompanySettings) settings = NULL;
  g_autoptr(FyStaff) staff = fy_test_staff_new ("E001", "陈静");
  g_autoptr(GFlagsClass) klass = g_type_class_ref (FY_TYPE_STORE_CHANGE);

  /* The old words survive as the nicks of the registered flags. */
  g_assert_cmpuint (g_flags_get_value_by_nick (klass, "quarantine")->value, ==, FY_STORE_CHANGE_QUARANTINE);
  g_assert_cmpuint (g_flags_get_value_by_nick (klass, "all")->value, ==, FY_STORE_CHANGE_ALL);
  g_assert_cmpuint (FY_STORE_CHANGE_ALL & FY_STORE_CHANGE_SETTINGS, !=, 0);
  /* Every bit of ALL is registered by name, and ALL is exactly the
   * registered bits: a new domain's flag cannot be forgotten in either. */
  {
    guint registered = 0;

    for (guint i = 0; i < klass->n_values; i++)
      if (klass->values[i].value != FY_STORE_CHANGE_ALL)
        {
          g_assert_cmpuint (klass->values[i].value & (klass->values[i].value - 1), ==, 0);
          registered |= klass->values[i].value;
        }
    g_assert_cmpuint (registered, ==, FY_STORE_CHANGE_ALL);
  }

  fy_test_save_staff (store, staff);
  g_signal_connect (store, "changed", G_CALLBACK (record_change_cb), seen);

  settings = fy_company_settings_load (store);
  fy_test_set_text (&settings->officer, "李娜");
  g_assert_true (fy_company_settings_save (store, settings, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpuint (last_change (seen), ==, FY_STORE_CHANGE_SETTINGS);

  g_assert_true (fy_vaccination_record (store,
                                         &(FyVaccinationInput) { .staff_id = staff->id, .dose = 1,
                                                                 .day = "2021-05-10", .vaccine = "", .note = "" },
                                         1620000000, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpuint (last_change (seen), ==, FY_STORE_CHANGE_STAFF);

  /* A refused write announces nothing. */
  g_assert_false (fy_vaccination_record (store,
                                         &(FyVaccinationInput) { .staff_id = staff->id, .dose = 0,
                                                                 .day = "2021-05-10", .vaccine = "", .note = "" },
                                         1620000000, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (seen->len, ==, 2);

  fy_store_emit_changed (store, FY_STORE_CHANGE_ALL);
  g_assert_cmpuint (last_change (seen), ==, FY_STORE_CHANGE_ALL);
}

static char *
file_digest (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

static void
set_pragma (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_open_migrates (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "sub", "fangyi.db", NULL);
  FY_TEST_LAST_REF FyStore *store = fy_store_open (path, &error);
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_cmpint (fy_store_get_schema_version (store), ==, fy_store_get_latest_version ());
  g_assert_cmpint (fy_store_get_latest_version (), >=, 1);
  g_assert_true (fy_store_is_empty (store));
  /* Private: the file is 0600 and its new folder 0700. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    g_autofree char *sub = g_path_get_dirname (path);
    g_assert_cmpint (g_stat (sub, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  }
  g_assert_true (fy_store_check (store, NULL, &error));
  g_assert_no_error (error);

  /* Reopening an up-to-date database changes nothing and works. */
  fy_store_close (store);
  g_assert_finalize_object (g_steal_pointer (&store));
  store = fy_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
}

static void
test_refuse_newer (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fy_test_tmp_path ("fangyi.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_store_open (path, &error);

  g_assert_no_error (error);
  fy_store_close (store);
  g_assert_finalize_object (g_steal_pointer (&store));
  set_pragma (path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 999;");
  before = file_digest (path);

  store = fy_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, FY_ERROR, FY_ERROR_NEWER);
  g_assert_nonnull (strstr (error->message, "999"));
  after = file_digest (path);
  g_assert_cmpstr (before, ==, after);   /* zero bytes changed */
}

static void
test_refuse_foreign (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fy_test_tmp_path ("other.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  FY_TEST_LAST_REF FyStore *store = NULL;

  set_pragma (path, "PRAGMA application_id = 1234; CREATE TABLE t (x);");
  before = file_digest (path);
  store = fy_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, FY_ERROR, FY_ERROR_FOREIGN);
  after = file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_damaged_moved_aside (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "fangyi.db", NULL);
  FY_TEST_LAST_REF FyStore *store = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;
  gboolean found_aside = FALSE;

  g_assert_true (g_file_set_contents (path, "this is not a database, just some damaged bytes ......", -1, NULL));
  store = fy_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, FY_ERROR, FY_ERROR_CORRUPT);
  /* Not replaced by an empty database; the damaged file is kept aside. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)))
    if (g_str_has_prefix (name, "fangyi.db.damaged-"))
      found_aside = TRUE;
  g_assert_true (found_aside);
}

static void
test_settings (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autofree char *fever = fy_store_get_setting (store, "fever_line");
  g_autofree char *name = NULL;

  g_assert_cmpstr (fever, ==, "373");
  g_assert_cmpint (fy_store_get_setting_int (store, "cadence.default_hours"), ==, 48);
  g_assert_true (fy_store_set_setting (store, "company.name", "江东精密机械有限公司", &error));
  g_assert_no_error (error);
  name = fy_store_get_setting (store, "company.name");
  g_assert_cmpstr (name, ==, "江东精密机械有限公司");
  /* Hostile text is stored verbatim. */
  g_assert_true (fy_store_set_setting (store, "officer", "'); DROP TABLE staff;--", &error));
  g_free (name);
  name = fy_store_get_setting (store, "officer");
  g_assert_cmpstr (name, ==, "'); DROP TABLE staff;--");
  g_assert_true (fy_store_check (store, NULL, &error));
}

static void
test_transactions (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autofree char *value = NULL;

  g_assert_true (fy_store_begin (store, &error));
  g_assert_true (fy_store_set_setting (store, "officer", "张三", &error));
  fy_store_rollback (store);
  value = fy_store_get_setting (store, "officer");
  g_assert_cmpstr (value, ==, "");
}

/* One row, no row (NOT_FOUND with the caller's message, statement reset and
 * reusable) and a failing step (the store's error, not NOT_FOUND). */
static void
test_step_row (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStore) store = fy_test_open_store ();
  sqlite3_stmt *stmt = fy_store_prepare_cached (store, "SELECT ?1 WHERE ?1 > 0", &error);
  g_autoptr(sqlite3_stmt) bad = NULL;

  g_assert_no_error (error);
  sqlite3_bind_int (stmt, 1, 7);
  g_assert_true (fy_store_step_row (store, stmt, "gone", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 7);
  sqlite3_reset (stmt);

  sqlite3_bind_int (stmt, 1, 0);
  g_assert_false (fy_store_step_row (store, stmt, "gone", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "gone");
  g_clear_error (&error);
  /* Reset by the helper: a new binding steps again from the start. */
  sqlite3_bind_int (stmt, 1, 3);
  g_assert_true (fy_store_step_row (store, stmt, "gone", &error));
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 3);
  sqlite3_reset (stmt);

  /* abs() of the smallest integer overflows: a run-time SQLite error. */
  bad = fy_store_prepare (store, "SELECT abs(-9223372036854775807 - 1)", &error);
  g_assert_no_error (error);
  g_assert_false (fy_store_step_row (store, bad, "gone", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_STORE);
  g_assert_cmpstr (error->message, !=, "gone");
}

typedef struct
{
  gint64 n;
  char  *text;
} Item;

static guint items_freed;

static void
item_free (Item *item)
{
  g_free (item->text);
  g_free (item);
  items_freed++;
}

/* user_data, when set, is a value of n whose row is skipped. */
static gpointer
item_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  Item *item;

  if (user_data != NULL && sqlite3_column_int64 (stmt, 0) == *(gint64 *) user_data)
    return NULL;
  item = g_new0 (Item, 1);
  item->n = sqlite3_column_int64 (stmt, 0);
  item->text = g_strdup (fy_column_text (stmt, 1));
  return item;
}

/* Every row in order, the array freeing them; no row is an empty array;
 * NULL records are skipped; a failing step frees what was read and leaves
 * the statement reset. */
static void
test_collect (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStore) store = fy_test_open_store ();
  g_autoptr(GPtrArray) list = NULL;
  sqlite3_stmt *stmt;
  gint64 skip = 2;

  g_assert_true (fy_store_exec (store,
                                "CREATE TEMP TABLE item (n INTEGER, text TEXT);"
                                " INSERT INTO item VALUES (3, 'c'), (1, 'a'), (2, 'b')", &error));
  g_assert_no_error (error);
  stmt = fy_store_prepare_cached (store, "SELECT n, text FROM item WHERE n >= ?1 ORDER BY n", &error);
  g_assert_no_error (error);

  sqlite3_bind_int (stmt, 1, 0);
  items_freed = 0;
  list = fy_store_collect (store, stmt, item_from_row, NULL, (GDestroyNotify) item_free, &error);
  g_assert_no_error (error);
  g_assert_nonnull (list);
  g_assert_false (sqlite3_stmt_busy (stmt));
  g_assert_cmpuint (list->len, ==, 3);
  for (guint i = 0; i < list->len; i++)
    {
      Item *item = list->pdata[i];
      g_autofree char *text = g_strdup_printf ("%c", 'a' + i);
      g_assert_cmpint (item->n, ==, i + 1);
      g_assert_cmpstr (item->text, ==, text);
    }
  g_clear_pointer (&list, g_ptr_array_unref);
  g_assert_cmpuint (items_freed, ==, 3);

  /* No row: an empty array, not NULL. */
  sqlite3_bind_int (stmt, 1, 9);
  list = fy_store_collect (store, stmt, item_from_row, NULL, (GDestroyNotify) item_free, &error);
  g_assert_no_error (error);
  g_assert_nonnull (list);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  sqlite3_bind_int (stmt, 1, 0);
  list = fy_store_collect (store, stmt, item_from_row, &skip, (GDestroyNotify) item_free, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (((Item *) list->pdata[0])->n, ==, 1);
  g_assert_cmpint (((Item *) list->pdata[1])->n, ==, 3);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Two rows, then abs() of the smallest integer overflows on the third. */
  stmt = fy_store_prepare_cached (store,
      "SELECT abs(n), '' FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT -9223372036854775807 - 1)",
      &error);
  g_assert_no_error (error);
  items_freed = 0;
  list = fy_store_collect (store, stmt, item_from_row, NULL, (GDestroyNotify) item_free, &error);
  g_assert_null (list);
  g_assert_error (error, FY_ERROR, FY_ERROR_STORE);
  g_assert_cmpuint (items_freed, ==, 2);
  g_assert_false (sqlite3_stmt_busy (stmt));
}

static char *
read_marker (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, "SELECT value FROM setting WHERE key = 'store.open'", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* The full quick_check runs only after a session that did not close the
 * file: the marker is "1" while open and "0" after a clean close. */
static void
test_open_marker (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fy_test_tmp_path ("fangyi.db");
  FY_TEST_LAST_REF FyStore *store = fy_store_open (path, &error);
  FY_TEST_LAST_REF FyStore *reader = NULL;
  g_autofree char *open_value = NULL;
  g_autofree char *closed_value = NULL;
  g_autofree char *after_reader = NULL;

  g_assert_no_error (error);
  open_value = read_marker (path);
  g_assert_cmpstr (open_value, ==, "1");
  /* A worker's connection never touches it. */
  reader = fy_store_open_reader (path, &error);
  g_assert_no_error (error);
  fy_store_close (reader);
  after_reader = read_marker (path);
  g_assert_cmpstr (after_reader, ==, "1");
  fy_store_close (store);
  closed_value = read_marker (path);
  g_assert_cmpstr (closed_value, ==, "0");
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/open-migrates", test_open_migrates);
  g_test_add_func ("/store/refuse-newer", test_refuse_newer);
  g_test_add_func ("/store/refuse-foreign", test_refuse_foreign);
  g_test_add_func ("/store/damaged-moved-aside", test_damaged_moved_aside);
  g_test_add_func ("/store/settings", test_settings);
  g_test_add_func ("/store/open-marker", test_open_marker);
  g_test_add_func ("/store/transactions", test_transactions);
  g_test_add_func ("/store/changed-flags", test_changed_flags);
  g_test_add_func ("/store/step-row", test_step_row);
  g_test_add_func ("/store/collect", test_collect);
  return g_test_run ();
}
