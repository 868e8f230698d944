/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The shared output path under attack: an unmasked export or printout
 * leaves an audit row (who, which ledger, which period, where), also from
 * a worker's read-only connection; a file-size limit (ulimit -f) is named
 * as such, not "disk full", leaves no file — not even the truncated
 * spreadsheet libxlsxwriter does not notice — and none of libxlsxwriter's
 * own stderr lines. */
#include "config.h"

#include <string.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "fy-error.h"
#include "fy-ledger.h"
#include "fy-ledger-output-private.h"
#include "fy-test-support.h"

static gint64
unmasked_rows (FyStore *store)
{
  return fy_test_query_int (store, "SELECT count(*) FROM audit WHERE field = 'unmasked-output'");
}

static void
export_roster (FyStore *store, gboolean unmasked, const char *path)
{
  g_autoptr(GError) error = NULL;
  FyLedgerParams params = { .unmasked = unmasked, .from = "2026-03-01", .to = "2026-03-31" };
  g_autoptr(FyLedger) ledger = fy_ledger_new (store, "roster", &params, &error);

  g_assert_no_error (error);
  g_assert_true (fy_ledger_export (ledger, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_unmasked_audited (void)
{
  g_autoptr(GError) error = NULL;
  FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
  FY_TEST_LAST_REF FyStore *reader = NULL;
  g_autofree char *csv = fy_test_tmp_path ("roster.csv");
  g_autofree char *what = NULL;

  fy_store_set_actor (store, "李娜");
  export_roster (store, FALSE, csv);
  g_assert_cmpint (unmasked_rows (store), ==, 0);
  export_roster (store, TRUE, csv);
  g_assert_cmpint (unmasked_rows (store), ==, 1);
  g_assert_cmpint (fy_test_query_int (store, "SELECT count(*) FROM audit WHERE field = 'unmasked-output'"
                                             " AND actor = '李娜' AND new_value GLOB 'roster 2*..2* */roster.csv'"
                                             " AND at > 0"), ==, 1);

  /* The window exports on a read-only connection in a thread. */
  reader = fy_store_open_reader (fy_store_get_path (store), &error);
  g_assert_no_error (error);
  export_roster (reader, TRUE, csv);
  g_assert_cmpint (unmasked_rows (store), ==, 2);
  fy_store_close (reader);
}

/* fangyi under `ulimit -f KB`: exit status, stdout, stderr. */
static int
run_limited (const char *database, int kb, const char *output, char **err)
{
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "..", "src", "fangyi", NULL);
  g_autofree char *script = g_strdup_printf ("ulimit -f %d; exec \"$0\" \"$@\"", kb);
  const char *argv[] = { "/bin/sh", "-c", script, program, "--database", database, "export", "roster",
                         "-o", output, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("ulimit -f %d, %s: %s", kb, output, *err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_size_limit (void)
{
  g_autofree char *db = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  const char *names[] = { "roster.xlsx", "roster.pdf" };

  {
    FY_TEST_LAST_REF FyStore *store = fy_test_open_demo_store ();
    db = g_strdup (fy_store_get_path (store));
    fy_store_close (store);
  }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *out = g_build_filename (dir, names[i], NULL);
      g_autofree char *err = NULL;

      /* The demo roster is ~35 kB as xlsx, ~150 kB as PDF. */
      g_assert_cmpint (run_limited (db, 33, out, &err), ==, 1);
      g_assert_nonnull (strstr (err, "ulimit"));
      g_assert_null (strstr (err, "disk is full"));
      g_assert_null (strstr (err, "[ERROR]"));
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
  g_assert_cmpuint (fy_test_count_entries (dir), ==, 0);
}

/* What reaches the real stderr while an export is caught: not
 * libxlsxwriter's lines, everything else. */
static void
test_stderr_filter (void)
{
  g_autofree char *log = fy_test_tmp_path ("stderr.txt");
  g_autofree char *text = NULL;
  FyStderrCapture capture;
  int saved = dup (STDERR_FILENO);
  int fd = g_open (log, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  fflush (stderr);
  dup2 (fd, STDERR_FILENO);
  fy_stderr_capture_begin (&capture);
  fprintf (stderr, "[ERROR] workbook_close(): Error creating output xlsx file.\n");
  fprintf (stderr, "another warning of the program\n");
  fprintf (stderr, "[WARNING] worksheet_write_string(): too long\n");
  fy_stderr_capture_end (&capture);
  fflush (stderr);
  dup2 (saved, STDERR_FILENO);
  close (saved);
  close (fd);

  g_assert_true (g_file_get_contents (log, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "another warning of the program\n");
}

int
main (int argc, char **argv)
{
  fy_test_init (&argc, &argv, NULL);
  g_test_add_func ("/output-guard/unmasked-audited", test_unmasked_audited);
  g_test_add_func ("/output-guard/size-limit", test_size_limit);
  g_test_add_func ("/output-guard/stderr-filter", test_stderr_filter);
  return g_test_run ();
}
