/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crash test: a child process enters readings through the core API (and
 * now and then makes a backup), reporting each one the store acknowledged
 * on a pipe; it is killed with SIGKILL at a random moment. The database is
 * then reopened as the app would: it must open (not be moved aside), pass
 * its integrity check, hold every acknowledged reading, and no temporary
 * file of a killed backup may survive the reopening. Round after round.
 *
 * In the test suite: 30 kills. `--kills N` for the long mode (bench/
 * builds this file as bench-crash and runs 1,000). */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "fy-backup.h"
#include "fy-clock.h"
#include "fy-health.h"
#include "fy-store-private.h"
#include "fy-test-support.h"
#include "fy-validate.h"

#define N_STAFF 40
#define TODAY "2026-11-22"
#define BACKUP_EVERY 13

static guint n_kills = 30;

/* Entry k: person 1 + k % N_STAFF, sessions alternating, a day further
 * back every 2 × N_STAFF entries; a temperature that depends on k. */
static void
slot_of (gint64 k, gint64 *staff_id, char **day, FyHealthSession *session)
{
  *staff_id = 1 + k % N_STAFF;
  *session = (k / N_STAFF) % 2 ? FY_SESSION_AFTERNOON : FY_SESSION_MORNING;
  *day = fy_date_add_days (TODAY, (int) -(k / (2 * N_STAFF)));
}

static int
tenths_of (gint64 k)
{
  return 355 + (int) (k % 15);
}

/* The child: enter readings from `first` on until killed. */
G_GNUC_NORETURN static void
child_main (const char *path, gint64 first, int report_fd)
{
  g_autoptr(GError) error = NULL;
  FyStore *store = fy_store_open (path, &error);

  if (store == NULL)
    _exit (3);
  for (gint64 k = first;; k++)
    {
      g_autofree char *day = NULL;
      FyReadingEntry entry = { 0 };
      FyHealthSession session;
      gint64 staff_id;

      slot_of (k, &staff_id, &day, &session);
      entry.tenths = tenths_of (k);
      if (!fy_health_record (store, &(FyReadingSlot) { staff_id, day, session }, &entry,
                             fy_local_day_start (day) + 8 * 3600, NULL, &error))
        _exit (4);
      /* Acknowledged: from here on it must survive anything. */
      if (write (report_fd, &k, sizeof k) != sizeof k)
        _exit (5);
      if (k % BACKUP_EVERY == 0 && !fy_backup_create (store, "manual", NULL, &error))
        _exit (6);
    }
}

static gint64
stored_tenths (FyStore *store, gint64 k)
{
  g_autofree char *day = NULL;
  g_autofree char *sql = NULL;
  FyHealthSession session;
  gint64 staff_id;

  slot_of (k, &staff_id, &day, &session);
  sql = g_strdup_printf ("SELECT coalesce ((SELECT temp_tenths FROM reading WHERE staff_id = %" G_GINT64_FORMAT
                         " AND day = '%s' AND session = %d), -1)", staff_id, day, (int) session);
  return fy_test_query_int (store, sql);
}

static guint
hidden_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d && (name = g_dir_read_name (d)) != NULL)
    if (name[0] == '.')
      n++;
  return n;
}

static void
test_kill_and_reopen (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "fangyi.db", NULL);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  gint64 acknowledged = -1;
  guint killed_mid_work = 0;

  {
    FY_TEST_LAST_REF FyStore *store = fy_store_open (path, &error);
    g_assert_no_error (error);
    for (int i = 0; i < N_STAFF; i++)
      {
        g_autofree char *no = g_strdup_printf ("C%03d", i + 1);
        fy_test_add_staff (store, no, "测试", NULL);
      }
    fy_store_close (store);
  }

  for (guint round = 0; round < n_kills; round++)
    {
      FY_TEST_LAST_REF FyStore *store = NULL;
      int fds[2];
      pid_t pid;
      gint64 k, count;
      int status = 0;

      g_assert_cmpint (pipe (fds), ==, 0);
      /* Resume after what is stored (one more than acknowledged may be
       * there: committed, killed before it said so). */
      count = acknowledged + 1;
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          child_main (path, count, fds[1]);
        }
      close (fds[1]);
      g_usleep (g_rand_int_range (rand, 2000, 60000));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      /* Only our kill may end it: an exit means the child failed. */
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      while (read (fds[0], &k, sizeof k) == sizeof k)
        {
          g_assert_cmpint (k, >, acknowledged);
          acknowledged = k;
          killed_mid_work++;
        }
      close (fds[0]);

      store = fy_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (fy_store_check (store, NULL, &error));
      g_assert_no_error (error);
      count = fy_test_query_int (store, "SELECT count(*) FROM reading");
      g_assert_cmpint (count, >=, acknowledged + 1);
      g_assert_cmpint (count, <=, acknowledged + 2);
      /* The newest acknowledged and a sample of older ones, with their values. */
      for (gint64 j = acknowledged; j >= 0; j -= 1 + j / 7)
        g_assert_cmpint (stored_tenths (store, j), ==, tenths_of (j));
      if (count == acknowledged + 2)
        acknowledged++;
      g_assert_cmpuint (hidden_files (backups), ==, 0);
      fy_store_close (store);
    }
  g_test_message ("%u kills, %" G_GINT64_FORMAT " readings acknowledged and found", n_kills, acknowledged + 1);
  g_print ("# crash test: %u kills, %" G_GINT64_FORMAT " readings acknowledged and found, all present\n",
           n_kills, acknowledged + 1);
  g_assert_cmpuint (killed_mid_work, >, 0);
}

int
main (int argc, char **argv)
{
  for (int i = 1; i + 1 < argc; i++)
    if (g_str_equal (argv[i], "--kills"))
      {
        n_kills = (guint) g_ascii_strtoull (argv[i + 1], NULL, 10);
        /* Hide the option from GTest. */
        memmove (argv + i, argv + i + 2, (argc - i - 1) * sizeof *argv);
        argc -= 2;
        break;
      }
  fy_test_init (&argc, &argv, TODAY);
  g_test_add_func ("/crash/kill-and-reopen", test_kill_and_reopen);
  return g_test_run ();
}
