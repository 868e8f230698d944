/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Backups: verified create, keep N, restore round trip, bad backups refused. */
#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>

#include "fy-backup.h"
#include "fy-error.h"
#include "fy-store.h"
#include "fy-test-support.h"

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autofree char *db_path = g_strdup (fy_store_get_path (store));
  g_autofree char *backup = NULL;
  g_autofree char *value = NULL;
  GStatBuf st;

  g_assert_true (fy_store_set_setting (store, "company.name", "Before", &error));
  g_assert_true (fy_backup_create (store, "manual", &backup, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (fy_backup_verify (backup, &error));

  g_assert_true (fy_store_set_setting (store, "company.name", "After", &error));
  fy_store_close (store);
  g_assert_finalize_object (g_steal_pointer (&store));

  g_assert_true (fy_backup_restore (db_path, backup, &error));
  g_assert_no_error (error);
  store = fy_store_open (db_path, &error);
  g_assert_no_error (error);
  value = fy_store_get_setting (store, "company.name");
  g_assert_cmpstr (value, ==, "Before");

  /* The replaced data was kept as a "pre-restore" backup. */
  fy_test_assert_pre_restore_setting (store, "company.name", "After");
}

static void
test_keep_generations (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autoptr(GPtrArray) list = NULL;
  guint manual = 0;

  g_assert_true (fy_store_set_setting (store, "backup.keep", "3", &error));
  for (int i = 0; i < 5; i++)
    g_assert_true (fy_backup_create (store, "manual", NULL, &error));
  list = fy_backup_list (store);
  for (guint i = 0; i < list->len; i++)
    manual += g_str_equal (((FyBackupInfo *) list->pdata[i])->reason, "manual");
  g_assert_cmpuint (manual, ==, 3);
  /* Daily: one per day. */
  g_assert_true (fy_backup_daily (store, &error));
  g_assert_true (fy_backup_daily (store, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = fy_backup_list (store);
  {
    guint daily = 0;
    for (guint i = 0; i < list->len; i++)
      daily += g_str_equal (((FyBackupInfo *) list->pdata[i])->reason, "daily");
    g_assert_cmpuint (daily, ==, 1);
  }
}

static void
test_refuse_bad_backup (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_store ();
  g_autofree char *db_path = g_strdup (fy_store_get_path (store));
  g_autofree char *bad = fy_test_tmp_path ("bad.db");
  g_autofree char *value = NULL;

  g_assert_true (fy_store_set_setting (store, "company.name", "Kept", &error));
  fy_store_close (store);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_true (g_file_set_contents (bad, "garbage garbage garbage", -1, NULL));
  g_assert_false (fy_backup_restore (db_path, bad, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_CORRUPT);
  g_clear_error (&error);
  store = fy_store_open (db_path, &error);
  g_assert_no_error (error);
  value = fy_store_get_setting (store, "company.name");
  g_assert_cmpstr (value, ==, "Kept");
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, NULL);
  g_test_add_func ("/backup/round-trip", test_round_trip);
  g_test_add_func ("/backup/keep-generations", test_keep_generations);
  g_test_add_func ("/backup/refuse-bad", test_refuse_bad_backup);
  return g_test_run ();
}
