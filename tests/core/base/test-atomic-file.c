/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-atomic-file: the target appears only on commit, complete and 0600; an
 * abort, a dropped handle or any failure leaves no temporary file and the
 * old target untouched. */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "fy-atomic-file.h"
#include "fy-error.h"
#include "fy-test-support.h"

static void
write_text (FyAtomicFile *file, const char *text)
{
  g_assert_cmpint (fy_atomic_file_write (file, text, strlen (text)), ==, 0);
}

static void
assert_contents (const char *path, const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
test_commit (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(FyAtomicFile) file = fy_atomic_file_begin (target, &error);
  g_autofree char *temp = NULL;
  g_autofree char *temp_dir = NULL;
  g_autofree char *temp_base = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (file);
  g_assert_cmpstr (fy_atomic_file_get_path (file), ==, target);
  temp = g_strdup (fy_atomic_file_get_temp_path (file));
  /* Hidden, beside the target, named after it. */
  temp_dir = g_path_get_dirname (temp);
  temp_base = g_path_get_basename (temp);
  g_assert_cmpstr (temp_dir, ==, dir);
  g_assert_true (g_str_has_prefix (temp_base, ".sheet.pdf."));
  g_assert_cmpuint (mode_of (temp), ==, 0600);

  write_text (file, "complete");
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  g_assert_true (fy_atomic_file_commit (file, &error));
  g_assert_no_error (error);

  assert_contents (target, "complete");
  g_assert_cmpuint (mode_of (target), ==, 0600);
  g_assert_false (g_file_test (temp, G_FILE_TEST_EXISTS));
  g_assert_null (fy_atomic_file_get_temp_path (file));
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 1);
  /* Aborting (and freeing) after a commit leaves the file. */
  fy_atomic_file_abort (file);
  g_clear_pointer (&file, fy_atomic_file_free);
  assert_contents (target, "complete");
}

static void
test_replace_only_on_commit (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "roster.csv", NULL);
  FyAtomicFile *file;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (g_chmod (target, 0644), ==, 0);

  file = fy_atomic_file_begin (target, &error);
  g_assert_no_error (error);
  write_text (file, "new");
  assert_contents (target, "old");
  fy_atomic_file_abort (file);
  fy_atomic_file_abort (file);     /* twice is harmless */
  fy_atomic_file_free (file);
  assert_contents (target, "old");
  g_assert_cmpuint (mode_of (target), ==, 0644);
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 1);

  file = fy_atomic_file_begin (target, &error);
  g_assert_no_error (error);
  write_text (file, "new");
  assert_contents (target, "old");
  g_assert_true (fy_atomic_file_commit (file, &error));
  g_assert_no_error (error);
  fy_atomic_file_free (file);
  assert_contents (target, "new");
  g_assert_cmpuint (mode_of (target), ==, 0600);
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 1);
}

static void
test_autoptr_aborts (void)
{
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "map.png", NULL);
  g_autofree char *temp = NULL;

  {
    g_autoptr(FyAtomicFile) file = fy_atomic_file_begin (target, NULL);
    g_assert_nonnull (file);
    write_text (file, "half a picture");
    temp = g_strdup (fy_atomic_file_get_temp_path (file));
    g_assert_true (g_file_test (temp, G_FILE_TEST_IS_REGULAR));
  }
  g_assert_false (g_file_test (temp, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 0);
}

/* A library that writes by name may replace the file it was given (as
 * g_file_set_contents does): what is at the temporary name is committed,
 * still 0600. */
static void
test_written_by_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "roster.xlsx", NULL);
  g_autoptr(FyAtomicFile) file = fy_atomic_file_begin (target, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (fy_atomic_file_get_temp_path (file), "by name", -1, NULL));
  g_assert_true (fy_atomic_file_commit (file, &error));
  g_assert_no_error (error);
  assert_contents (target, "by name");
  g_assert_cmpuint (mode_of (target), ==, 0600);
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 1);
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *missing_dir = g_build_filename (dir, "no-such-folder", NULL);
  g_autofree char *missing = g_build_filename (missing_dir, "roster.pdf", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain", NULL);
  g_autofree char *under_plain = g_build_filename (plain, "roster.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.pdf", NULL);
  FyAtomicFile *file;

  /* A folder that does not exist: a sentence naming it, nothing made. */
  g_assert_null (fy_atomic_file_begin (missing, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 0);

  /* A "folder" that is a file. */
  g_assert_true (g_file_set_contents (plain, "x", -1, NULL));
  g_assert_null (fy_atomic_file_begin (under_plain, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_IO);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 1);

  /* The target is a folder: the rename fails, the temporary file goes. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  file = fy_atomic_file_begin (folder, &error);
  g_assert_no_error (error);
  write_text (file, "data");
  g_assert_false (fy_atomic_file_commit (file, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "folder.pdf"));
  g_clear_error (&error);
  g_assert_null (fy_atomic_file_get_temp_path (file));
  fy_atomic_file_free (file);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 2);

  /* A folder Fangyi may not write in (root may write anywhere). */
  if (geteuid () != 0)
    {
      g_autofree char *locked = g_build_filename (dir, "locked", NULL);
      g_autofree char *inside = g_build_filename (locked, "roster.pdf", NULL);
      g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
      g_assert_null (fy_atomic_file_begin (inside, &error));
      g_assert_error (error, FY_ERROR, FY_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "locked"));
      g_clear_error (&error);
      g_assert_cmpuint (fy_test_count_entries (locked), ==, 0);
      g_chmod (locked, 0700);
    }
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, NULL);
  g_test_add_func ("/atomic-file/commit", test_commit);
  g_test_add_func ("/atomic-file/replace-only-on-commit", test_replace_only_on_commit);
  g_test_add_func ("/atomic-file/autoptr-aborts", test_autoptr_aborts);
  g_test_add_func ("/atomic-file/written-by-path", test_written_by_path);
  g_test_add_func ("/atomic-file/errors", test_errors);
  return g_test_run ();
}
