/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Store files under attack: a refused database is not touched together with
 * its -wal / -shm (newer, foreign, damaged), only a missing or empty file is
 * initialised, a moved-aside database is not silently replaced by an empty
 * one, sidecars are private, abandoned temporary files are removed. */
#include "config.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "fy-atomic-file.h"
#include "fy-backup.h"
#include "fy-error.h"
#include "fy-store.h"
#include "fy-store-probe-private.h"
#include "fy-test-support.h"

/* The sha256 of the file and of its -wal and -shm ("-" for a missing one),
 * as one string. */
static char *
digest_with_sidecars (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *data = NULL;
      gsize len = 0;

      if (g_file_get_contents (file, &data, &len, NULL))
        {
          g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
          g_string_append_printf (out, "%s ", sum);
        }
      else
        g_string_append (out, "- ");
    }
  return g_string_free (out, FALSE);
}

/* Runs `sql` on `path` in a child that then dies without closing: its
 * committed changes stay in the -wal, not yet in the file. */
static void
write_and_crash (const char *path, const char *sql)
{
  pid_t pid = fork ();
  int status = 0;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *db = NULL;
      if (sqlite3_open (path, &db) != SQLITE_OK
          || sqlite3_exec (db, "PRAGMA journal_mode = WAL;", NULL, NULL, NULL) != SQLITE_OK
          || sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
        _exit (1);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
}

static char *
make_closed_store (void)
{
  g_autoptr(GError) error = NULL;
  char *path = fy_test_tmp_path ("fangyi.db");
  FY_TEST_LAST_REF FyStore *store = fy_store_open (path, &error);

  g_assert_no_error (error);
  fy_store_close (store);
  return path;
}

static gboolean
sidecar_exists (const char *path, const char *suffix)
{
  g_autofree char *file = g_strconcat (path, suffix, NULL);
  return g_file_test (file, G_FILE_TEST_EXISTS);
}

/* A newer version whose only news is in its pending -wal: refused from
 * the log's copy of the header, all three files unchanged. */
static void
test_newer_with_wal (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_closed_store ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  FyStoreProbe probe;
  FyStore *store;

  write_and_crash (path, "PRAGMA user_version = 999; INSERT INTO setting (key, value) VALUES ('x', 'y');");
  g_assert_true (sidecar_exists (path, "-wal"));
  g_assert_cmpint (fy_store_probe (path, &probe), ==, FY_STORE_KIND_FANGYI);
  g_assert_cmpint (probe.user_version, ==, 999);
  before = digest_with_sidecars (path);

  store = fy_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, FY_ERROR, FY_ERROR_NEWER);
  after = digest_with_sidecars (path);
  g_assert_cmpstr (before, ==, after);
}

/* A damaged header with a pending -wal: the three files go aside together,
 * byte for byte as they were. */
static void
test_damaged_with_wal (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_closed_store ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *aside = NULL;
  FyStore *store;
  FILE *f;

  write_and_crash (path, "UPDATE setting SET value = 'x' WHERE key = 'store.open';");
  g_assert_true (sidecar_exists (path, "-wal"));
  f = fopen (path, "r+b");
  g_assert_nonnull (f);
  fwrite ("NOT A DATABASE!", 1, 15, f);
  fclose (f);
  before = digest_with_sidecars (path);

  store = fy_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, FY_ERROR, FY_ERROR_CORRUPT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (sidecar_exists (path, "-wal"));
  g_assert_false (sidecar_exists (path, "-shm"));
  aside = fy_store_get_moved_aside (path);
  g_assert_nonnull (aside);
  after = digest_with_sidecars (aside);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  /* The next start says so instead of creating an empty company… */
  store = fy_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, FY_ERROR, FY_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, aside));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  /* …until asked to start a new one. */
  fy_store_forget_moved_aside (path);
  store = fy_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);
  g_assert_cmpuint (fy_test_count_entries (dir), >=, 2);
}

/* The sha256 of the file and its -wal only (SQLite's reading of a -shm
 * updates its read marks). */
static char *
digest_main_and_wal (const char *path)
{
  g_autofree char *all = digest_with_sidecars (path);
  char *last_space = strrchr (g_strstrip (all), ' ');

  return g_strndup (all, last_space - all);
}

/* Damage deep inside, found only by quick_check after a session that did
 * not close (a pending -wal): the log goes aside with the file, unmerged. */
static void
test_deep_damage_with_wal (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_closed_store ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *aside = NULL;
  guint8 junk[4096];
  FILE *f;

  write_and_crash (path, "UPDATE setting SET value = '1' WHERE key = 'store.open';");
  g_assert_true (sidecar_exists (path, "-wal"));
  memset (junk, 0xa5, sizeof junk);
  f = fopen (path, "r+b");
  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, 4 * 4096, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk, 1, sizeof junk, f), ==, sizeof junk);
  fclose (f);
  before = digest_main_and_wal (path);

  g_assert_null (fy_store_open (path, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_CORRUPT);
  aside = fy_store_get_moved_aside (path);
  g_assert_nonnull (aside);
  g_assert_false (sidecar_exists (path, "-wal"));
  after = digest_main_and_wal (aside);
  g_assert_cmpstr (before, ==, after);
}

/* After a move-aside the message names the newest verified backup, and a
 * restore of it forgets the move. */
static void
test_moved_aside_offers_backup (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fy_test_tmp_path ("fangyi.db");
  g_autofree char *backup = NULL;
  FyStore *store = fy_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (fy_backup_create (store, "manual", &backup, &error));
  g_assert_no_error (error);
  fy_store_close (store);
  g_assert_finalize_object (store);
  g_assert_true (g_file_set_contents (path, "garbage garbage garbage garbage garbage garbage garbage garbage "
                                            "garbage garbage garbage garbage", -1, NULL));
  g_assert_null (fy_store_open (path, &error));
  g_clear_error (&error);

  g_assert_null (fy_store_open (path, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, backup));
  g_clear_error (&error);

  g_assert_true (fy_backup_restore (path, backup, &error));
  g_assert_no_error (error);
  store = fy_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);
}

/* A valid SQLite file of someone else (tables, application_id 0) is
 * refused untouched; an empty one (no schema) and a zero-byte one become
 * Fangyi databases. */
static void
test_foreign_and_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *foreign = fy_test_tmp_path ("other.db");
  g_autofree char *empty = fy_test_tmp_path ("empty.db");
  g_autofree char *zero = fy_test_tmp_path ("zero.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db = NULL;
  FyStore *store;

  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; CREATE TABLE invoice (n); INSERT INTO invoice VALUES (1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = digest_with_sidecars (foreign);
  store = fy_store_open (foreign, &error);
  g_assert_null (store);
  g_assert_error (error, FY_ERROR, FY_ERROR_FOREIGN);
  after = digest_with_sidecars (foreign);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_open (empty, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA page_size = 8192; VACUUM;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  /* A folder where the file should be is refused, not moved aside. */
  {
    g_autofree char *folder = fy_test_make_tmpdir ();
    g_assert_null (fy_store_open (folder, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_IO);
    g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
    g_clear_error (&error);
  }
  g_assert_true (g_file_set_contents (zero, "", 0, NULL));
  for (guint i = 0; i < 2; i++)
    {
      store = fy_store_open (i == 0 ? empty : zero, &error);
      g_assert_no_error (error);
      g_assert_cmpint (fy_store_get_schema_version (store), ==, fy_store_get_latest_version ());
      g_assert_finalize_object (store);
    }
}

/* -wal / -shm are 0600 even when the file had been made readable by all. */
static void
test_sidecars_private (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_closed_store ();
  const char *suffixes[] = { "", "-wal", "-shm" };
  FY_TEST_LAST_REF FyStore *store = NULL;
  mode_t old_mask = umask (022);

  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  store = fy_store_open (path, &error);
  umask (old_mask);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      g_assert_cmpint (g_stat (file, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    }
}

static void
touch (const char *path)
{
  g_assert_true (g_file_set_contents (path, "personal data", -1, NULL));
}

/* What killed backups and exports left is removed at the next start, by
 * the next backup and by the next export to the same name; a temporary
 * file a live writer holds stays. */
static void
test_stale_temp_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_closed_store ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autofree char *stale = g_build_filename (backups, ".fangyi-20260101-120000-daily.db.Ab12Cd", NULL);
  g_autofree char *stale_journal = g_strconcat (stale, "-journal", NULL);
  g_autofree char *orphan_journal = g_build_filename (backups, ".fangyi-20260102-120000-daily.db.Zz99Yy-journal", NULL);
  g_autofree char *other = g_build_filename (backups, ".hidden-note", NULL);
  g_autofree char *export = g_build_filename (dir, "roster.xlsx", NULL);
  g_autofree char *export_stale = g_build_filename (dir, ".roster.xlsx.Qw12Er", NULL);
  g_autofree char *live_target = g_build_filename (backups, "fangyi-20260103-120000-manual.db", NULL);
  g_autoptr(FyAtomicFile) live = NULL;
  g_autoptr(FyAtomicFile) next = NULL;
  FyStore *store;

  g_assert_cmpint (g_mkdir_with_parents (backups, 0700), ==, 0);
  touch (stale);
  touch (stale_journal);
  touch (orphan_journal);
  touch (other);
  /* A backup being written right now by another connection. */
  live = fy_atomic_file_begin (live_target, &error);
  g_assert_no_error (error);

  store = fy_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale_journal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (orphan_journal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fy_atomic_file_get_temp_path (live), G_FILE_TEST_EXISTS));

  /* The next backup cleans too. */
  touch (stale);
  g_assert_true (fy_backup_create (store, "manual", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fy_atomic_file_get_temp_path (live), G_FILE_TEST_EXISTS));
  fy_store_close (store);
  g_assert_finalize_object (store);

  touch (export_stale);
  next = fy_atomic_file_begin (export, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (export_stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fy_atomic_file_get_temp_path (next), G_FILE_TEST_EXISTS));
}

/* An export killed mid-way in some other folder: its temporary file is
 * found through the list beside the database and removed at the next
 * start; one being written by a live process stays. */
static void
test_killed_export_elsewhere (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_closed_store ();
  g_autofree char *elsewhere = fy_test_make_tmpdir ();
  g_autofree char *target = g_build_filename (elsewhere, "roster.xlsx", NULL);
  g_autofree char *temp = NULL;
  g_autoptr(FyAtomicFile) live = NULL;
  int fds[2];
  pid_t pid;
  FyStore *store;

  store = fy_store_open (path, &error);   /* lists this session's temporary files */
  g_assert_no_error (error);
  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      FyAtomicFile *file = fy_atomic_file_begin (target, NULL);
      const char *name = file ? fy_atomic_file_get_temp_path (file) : "";
      if (write (fds[1], name, strlen (name)) < 0)
        _exit (1);
      _exit (0);   /* killed: no abort, no commit */
    }
  close (fds[1]);
  {
    char buf[4096] = { 0 };
    g_assert_cmpint (read (fds[0], buf, sizeof buf - 1), >, 0);
    temp = g_strdup (buf);
  }
  close (fds[0]);
  waitpid (pid, NULL, 0);
  g_assert_true (g_file_test (temp, G_FILE_TEST_EXISTS));
  live = fy_atomic_file_begin (target, &error);   /* this one is alive */
  g_assert_no_error (error);
  g_assert_false (g_file_test (temp, G_FILE_TEST_EXISTS));   /* same name: gone already */

  /* Once more with a different name, found only through the list. */
  fy_store_close (store);
  g_assert_finalize_object (store);
  {
    g_autofree char *other = g_build_filename (elsewhere, "tests.pdf", NULL);
    pid = fork ();
    if (pid == 0)
      {
        FyStore *child_store = fy_store_open (path, NULL);
        fy_atomic_file_begin (other, NULL);
        _exit (child_store ? 0 : 1);
      }
    waitpid (pid, NULL, 0);
  }
  g_assert_cmpuint (fy_test_count_entries (elsewhere), ==, 2);   /* the live one and the killed pdf */
  store = fy_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_test_count_entries (elsewhere), ==, 1);
  g_assert_true (g_file_test (fy_atomic_file_get_temp_path (live), G_FILE_TEST_EXISTS));
  fy_store_close (store);
  g_assert_finalize_object (store);
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store-files/newer-with-wal", test_newer_with_wal);
  g_test_add_func ("/store-files/damaged-with-wal", test_damaged_with_wal);
  g_test_add_func ("/store-files/deep-damage-with-wal", test_deep_damage_with_wal);
  g_test_add_func ("/store-files/moved-aside-offers-backup", test_moved_aside_offers_backup);
  g_test_add_func ("/store-files/foreign-and-empty", test_foreign_and_empty);
  g_test_add_func ("/store-files/sidecars-private", test_sidecars_private);
  g_test_add_func ("/store-files/stale-temp-files", test_stale_temp_files);
  g_test_add_func ("/store-files/killed-export-elsewhere", test_killed_export_elsewhere);
  return g_test_run ();
}
