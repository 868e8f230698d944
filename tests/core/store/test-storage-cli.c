/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Retention means gone and a damaged database is not replaced by an empty
 * one, through the command line: `fangyi purge --dry-run` counts and
 * changes nothing, `fangyi purge` deletes (vaccinations of people who left
 * too, and visitors at the gate) and leaves the purged bytes in no file of the folder, backups
 * included; after a move-aside `fangyi backups` says so and lists them, and
 * `fangyi restore` puts the newest verified one back. */
#define _GNU_SOURCE   /* memmem */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "fy-backup.h"
#include "fy-error.h"
#include "fy-staff.h"
#include "fy-store-private.h"
#include "fy-test-support.h"

#define SENTINEL_NOTE "SENTINEL-READING-7731"
#define SENTINEL_ID "11010519491231002X"
#define SENTINEL_PHONE "13900007731"
#define SENTINEL_VACCINE "SENTINEL-VACCINE-7731"
#define SENTINEL_OUTSIDER_ID "44010619750505773X"
#define SENTINEL_OUTSIDER_PHONE "13700007731"

/* Files under `dir` (recursively) whose bytes contain `needle`. */
static guint
files_containing (const char *dir, const char *needle)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint found = 0;

  if (d == NULL)
    return 0;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize len = 0;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        found += files_containing (path, needle);
      else if (g_file_get_contents (path, &data, &len, NULL)
               && memmem (data, len, needle, strlen (needle)) != NULL)
        {
          g_test_message ("%s holds %s", path, needle);
          found++;
        }
    }
  return found;
}

/* Today is 2026-11-22; 30 days of retention cut at 2026-10-23. */
static char *
make_company (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  char *path = g_build_filename (dir, "fangyi.db", NULL);
  FY_TEST_LAST_REF FyStore *store = fy_store_open (path, &error);
  gint64 left;

  g_assert_no_error (error);
  fy_test_add_staff (store, "K1", "张三", NULL);
  left = fy_test_add_staff (store, "K2", "李四", "id_number", SENTINEL_ID, "phone", SENTINEL_PHONE, NULL);
  g_assert_true (fy_staff_mark_left (store, left, "2026-09-01", &error));
  g_assert_no_error (error);
  g_assert_true (fy_store_exec (store,
      "INSERT INTO reading (day, session, staff_id, status, temp_tenths, fever_line, entered_at, note) VALUES"
      " ('2026-09-30', 0, 1, 'measured', 365, 373, 1790000000, '" SENTINEL_NOTE "'),"
      " ('2026-11-21', 0, 1, 'measured', 366, 373, 1790000000, '');"
      "INSERT INTO vaccination (staff_id, dose, day, vaccine, entered_at) VALUES"
      " (2, 1, '2021-05-01', '" SENTINEL_VACCINE "', 0), (1, 1, '2021-05-01', 'kept', 0);"
      "INSERT INTO staff_id_duplicate (staff_id, id_number, kept_by) VALUES (2, '" SENTINEL_ID "', 1);"
      /* A visitor at the gate in September: their visit and they go. */
      "INSERT INTO outsider (id, name, id_number, phone, created_at) VALUES"
      " (1, '访客', '" SENTINEL_OUTSIDER_ID "', '" SENTINEL_OUTSIDER_PHONE "', 0);"
      "INSERT INTO gate_visit (id, kind, status, planned_at, arrived_at, left_at, purpose) VALUES"
      " (1, 'visitor', 'left', strftime('%s', '2026-09-10 09:00', 'utc'), strftime('%s', '2026-09-10 09:00', 'utc'),"
      "  strftime('%s', '2026-09-10 10:00', 'utc'), '洽谈');"
      "INSERT INTO gate_person (visit_id, position, outsider_id) VALUES (1, 0, 1);"
      "UPDATE setting SET value = '30' WHERE key = 'retention_days';"
      "INSERT OR IGNORE INTO setting (key, value) VALUES ('retention_days', '30');", &error));
  g_assert_no_error (error);
  g_assert_true (fy_backup_create (store, "manual", NULL, &error));
  g_assert_no_error (error);
  fy_store_close (store);
  return path;
}

static void
test_purge (void)
{
  g_autofree char *path = make_company ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *out = NULL;
  const char *dry[] = { "purge", "--dry-run", NULL };
  const char *real[] = { "purge", NULL };
  const char *sentinels[] = { SENTINEL_NOTE, SENTINEL_ID, SENTINEL_PHONE, SENTINEL_VACCINE,
                              SENTINEL_OUTSIDER_ID, SENTINEL_OUTSIDER_PHONE };

  g_assert_cmpint (fy_test_run_cli (path, dry, &out), ==, 0);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "2026-10-23"));
  g_assert_nonnull (strstr (out, "readings and corrections: 1"));
  g_assert_nonnull (strstr (out, "vaccinations of people who left: 1"));
  g_assert_nonnull (strstr (out, "anonymised: 1"));
  g_assert_nonnull (strstr (out, "gate visits (visitors and trucks): 1"));
  g_assert_nonnull (strstr (out, "outsiders no visit is kept for: 1"));
  /* A dry run takes nothing. */
  g_assert_cmpuint (files_containing (dir, SENTINEL_NOTE), >=, 2);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (fy_test_run_cli (path, real, &out), ==, 0);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "readings and corrections: 1"));
  for (guint i = 0; i < G_N_ELEMENTS (sentinels); i++)
    g_assert_cmpuint (files_containing (dir, sentinels[i]), ==, 0);
  {
    g_autoptr(GError) error = NULL;
    FY_TEST_LAST_REF FyStore *store = fy_store_open (path, &error);
    g_autoptr(GPtrArray) backups = fy_backup_list (store);

    g_assert_no_error (error);
    g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM reading"), ==, 1);
    g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM vaccination"), ==, 1);
    g_assert_cmpuint (backups->len, ==, 1);
  }
}

static void
test_backups_and_restore (void)
{
  g_autofree char *path = make_company ();
  g_autofree char *out = NULL;
  const char *check[] = { "check", NULL };
  const char *backups[] = { "backups", NULL };
  const char *restore[] = { "restore", NULL };

  g_assert_true (g_file_set_contents (path, "damaged damaged damaged damaged damaged damaged damaged damaged "
                                            "damaged damaged damaged damaged", -1, NULL));
  g_assert_cmpint (fy_test_run_cli (path, check, NULL), ==, 1);
  /* Not silently a new empty company. */
  g_assert_cmpint (fy_test_run_cli (path, check, NULL), ==, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (fy_test_run_cli (path, backups, &out), ==, 0);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "moved aside"));
  g_assert_nonnull (strstr (out, "manual"));
  g_assert_nonnull (strstr (out, "verified"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (fy_test_run_cli (path, restore, &out), ==, 0);
  g_assert_nonnull (strstr (out, "Restored"));
  g_assert_cmpint (fy_test_run_cli (path, check, NULL), ==, 0);
  {
    g_autoptr(GError) error = NULL;
    FY_TEST_LAST_REF FyStore *store = fy_store_open (path, &error);
    g_assert_no_error (error);
    g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM staff"), ==, 2);
  }
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, "2026-11-22");
  g_test_add_func ("/storage-cli/purge", test_purge);
  g_test_add_func ("/storage-cli/backups-and-restore", test_backups_and_restore);
  return g_test_run ();
}
