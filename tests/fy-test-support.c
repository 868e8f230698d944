/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <sys/wait.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "fy-backup.h"
#include "fy-cli.h"
#include "fy-clock.h"
#include "fy-demo.h"
#include "fy-gate.h"
#include "fy-health-private.h"
#include "fy-store-private.h"
#include "fy-test-support.h"
#include "fy-validate.h"

static GPtrArray *tmpdirs;

static void
remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) e = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (e && (info = g_file_enumerator_next_file (e, NULL, NULL)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_unlink (child);
      g_object_unref (info);
    }
  g_rmdir (path);
}

static void
cleanup_tmpdirs (void)
{
  if (g_getenv ("FANGYI_KEEP_TEST_FILES"))
    return;
  for (guint i = 0; tmpdirs && i < tmpdirs->len; i++)
    remove_tree (g_ptr_array_index (tmpdirs, i));
}

void
fy_test_init (int *argc, char ***argv, const char *today)
{
  const char *localedir = g_getenv ("FANGYI_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (today)
    g_setenv ("FANGYI_TODAY", today, TRUE);
  g_test_init (argc, argv, NULL);
  atexit (cleanup_tmpdirs);
}

void
fy_test_finalize_last_ref (gpointer object_pointer)
{
  GObject **object = object_pointer;

  if (*object != NULL)
    g_assert_finalize_object (g_steal_pointer (object));
}

char *
fy_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("fangyi-test-XXXXXX", &error);

  g_assert_no_error (error);
  if (tmpdirs == NULL)
    tmpdirs = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (tmpdirs, g_strdup (dir));
  return dir;
}

char *
fy_test_tmp_path (const char *name)
{
  g_autofree char *dir = fy_test_make_tmpdir ();

  return g_build_filename (dir, name, NULL);
}

FyStore *
fy_test_open_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fy_test_tmp_path ("fangyi.db");
  FyStore *store = fy_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

FyStore *
fy_test_open_demo_store (void)
{
  g_autoptr(GError) error = NULL;
  FyStore *store = fy_test_open_store ();

  g_assert_true (fy_demo_populate (store, FY_DEMO_DEFAULT_SEED, &error));
  g_assert_no_error (error);
  return store;
}

char *
fy_test_run_python (const char *script, const char *const *args)
{
  const char *python = g_getenv ("FANGYI_PYTHON");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) in = g_bytes_new_static (script, strlen (script));
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;

  g_ptr_array_add (argv, (gpointer) (python ? python : "/usr/bin/python3"));
  g_ptr_array_add (argv, (gpointer) "-");
  for (guint i = 0; args && args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  proc = g_subprocess_newv ((const char *const *) argv->pdata,
                            G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                            | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (proc, in, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (proc))
    {
      g_test_message ("python failed: %.*s", (int) g_bytes_get_size (err),
                      (const char *) g_bytes_get_data (err, NULL));
      g_test_fail ();
      return NULL;
    }
  return g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
}

char *
fy_test_read_xlsx (const char *xlsx, const char *script, const char *const *more_args)
{
  g_autofree char *full = g_strconcat ("import sys, openpyxl\n"
                                       "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                       "ws = wb.active\n", script, NULL);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, (gpointer) xlsx);
  for (guint i = 0; more_args && more_args[i]; i++)
    g_ptr_array_add (args, (gpointer) more_args[i]);
  g_ptr_array_add (args, NULL);
  return fy_test_run_python (full, (const char *const *) args->pdata);
}

char *
fy_test_run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_test_message ("%s failed: %s", argv[0], err);
      g_test_fail ();
    }
  return out;
}

guint
fy_test_pdf_pages (const char *path, char **page_size)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = fy_test_run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  guint pages = 0;

  for (guint i = 0; lines[i]; i++)
    {
      if (g_str_has_prefix (lines[i], "Pages:"))
        pages = (guint) g_ascii_strtoull (lines[i] + 6 + strspn (lines[i] + 6, " "), NULL, 10);
      if (page_size && g_str_has_prefix (lines[i], "Page size:"))
        *page_size = g_strstrip (g_strdup (lines[i] + 10));
    }
  return pages;
}

char *
fy_test_pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  return fy_test_run_tool (argv);
}

guint
fy_test_count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

gint64
fy_test_query_int (FyStore *store, const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

void
fy_test_assert_setting (FyStore *store, const char *key, const char *expected)
{
  g_autofree char *value = fy_store_get_setting (store, key);

  g_assert_cmpstr (value, ==, expected);
}

void
fy_test_assert_pre_restore_setting (FyStore *store, const char *key, const char *expected)
{
  g_autoptr(GPtrArray) list = fy_backup_list (store);
  gboolean found = FALSE;

  for (guint i = 0; i < list->len; i++)
    {
      FyBackupInfo *info = g_ptr_array_index (list, i);
      if (g_str_equal (info->reason, "pre-restore"))
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(FyStore) kept = fy_store_open_reader (info->path, &error);

          g_assert_no_error (error);
          fy_test_assert_setting (kept, key, expected);
          found = TRUE;
        }
    }
  g_assert_true (found);
}

FyLedger *
fy_test_roster (FyStore *store, const FyLedgerParams *params)
{
  g_autoptr(GError) error = NULL;
  FyLedger *ledger = fy_ledger_new (store, "roster", params, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ledger);
  return ledger;
}

char *
fy_test_ledger_rows (FyStore *store, const char *id, const FyLedgerParams *params)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLedger) ledger = fy_ledger_new (store, id, params, &error);
  g_autoptr(FyLedgerCursor) cursor = NULL;
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  cursor = fy_ledger_query (ledger, 0, -1, &error);
  g_assert_no_error (error);
  while (fy_ledger_cursor_next (cursor, &error))
    {
      for (guint c = 0; c < fy_ledger_get_n_columns (ledger); c++)
        {
          g_string_append (text, c ? "|" : "");
          g_string_append (text, fy_ledger_cursor_get_text (cursor, c));
          if (fy_ledger_cursor_is_highlighted (cursor, c))
            g_string_append_c (text, '!');
        }
      g_string_append_c (text, '\n');
    }
  g_assert_no_error (error);
  return g_string_free (text, FALSE);
}

void
fy_test_set_text (char **field, const char *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

FyStaff *
fy_test_staff_new (const char *employee_no, const char *name)
{
  FyStaff *s = fy_staff_new ();

  fy_test_set_text (&s->employee_no, employee_no);
  fy_test_set_text (&s->name, name);
  return s;
}

void
fy_test_save_staff (FyStore *store, FyStaff *staff)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_staff_save (store, staff, NULL, &error));
  g_assert_no_error (error);
}

gint64
fy_test_add_staff (FyStore *store, const char *employee_no, const char *name, ...)
{
  g_autoptr(FyStaff) s = fy_test_staff_new (employee_no, name);
  const char *field;
  va_list ap;

  va_start (ap, name);
  while ((field = va_arg (ap, const char *)) != NULL)
    {
      const char *value = va_arg (ap, const char *);
      char **slot = g_str_equal (field, "department") ? &s->department
                    : g_str_equal (field, "team") ? &s->team
                    : g_str_equal (field, "post") ? &s->post
                    : g_str_equal (field, "phone") ? &s->phone
                    : g_str_equal (field, "id_number") ? &s->id_number
                    : g_str_equal (field, "gender") ? &s->gender
                    : g_str_equal (field, "note") ? &s->note
                    : NULL;
      if (slot == NULL)
        g_error ("fy_test_add_staff: no text field “%s”", field);
      fy_test_set_text (slot, value);
    }
  va_end (ap);
  fy_test_save_staff (store, s);
  return s->id;
}

gint64
fy_test_at (const char *day, int hour, int minute)
{
  return fy_local_day_start (day) + hour * 3600 + minute * 60;
}

char *
fy_test_fixture_path (const char *folder, const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", folder, name, NULL);
}

const char *
fy_test_tr (const char *msgid)
{
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

static GString *cli_printed;

static void
cli_print_cb (const char *text)
{
  if (cli_printed)
    g_string_append (cli_printed, text);
}

int
fy_test_run_cli (const char *database, const char *const *args, char **out)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char **copy = NULL;
  GPrintFunc old;
  int status;

  g_ptr_array_add (argv, (gpointer) "fangyi");
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, (gpointer) database);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  /* fy_cli_run rearranges its argv: hand it a copy of the pointers. */
  copy = g_memdup2 (argv->pdata, argv->len * sizeof (char *));
  cli_printed = out ? g_string_new (NULL) : NULL;
  old = g_set_print_handler (cli_print_cb);
  status = fy_cli_run ((int) argv->len - 1, copy);
  g_set_print_handler (old);
  if (out)
    *out = g_string_free (g_steal_pointer (&cli_printed), FALSE);
  return status;
}

int
fy_test_spawn_cli (const char *database, const char *const *args, char **out, char **err)
{
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "..", "src", "fangyi", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, program);
  if (database)
    {
      g_ptr_array_add (argv, (gpointer) "--database");
      g_ptr_array_add (argv, (gpointer) database);
    }
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                               &wait_status, &error));
  g_assert_no_error (error);
  return WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

gint64
fy_test_add_rect (FyZoneMap *map, const char *name, FyZoneLevel level, double x0, double y0, double x1, double y1)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneArea) a = fy_zone_area_new ();
  FyPoint pts[4];
  gint64 id;

  fy_test_set_text (&a->name, name);
  a->level = level;
  a->shape = FY_ZONE_SHAPE_RECT;
  fy_rect_to_polygon (&(FyRect) { x0, y0, x1, y1 }, pts);
  fy_zone_area_set_points (a, pts, 4);
  id = fy_zone_map_add_area (map, a, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

FyZoneMap *
fy_test_zone_site_map (gboolean assign_staff)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20221122);
  FyZoneMap *map = fy_zone_map_create (NULL, "基准厂区", 480, 270, NULL);
  gint64 staff = 1;

  for (int i = 0; i < 25; i++)
    for (int k = 0; k < 20; k++)
      {
        g_autoptr(FyZoneArea) a = fy_zone_area_new ();
        double cw = 480.0 / 25, ch = 270.0 / 20, cx = (i + 0.5) * cw, cy = (k + 0.5) * ch;
        guint n = g_rand_int_range (rand, 4, 9);
        FyPoint pts[8];
        gint64 id;

        for (guint v = 0; v < n; v++)
          {
            double t = 2 * G_PI * v / n + g_rand_double_range (rand, -0.25, 0.25);
            double rx = cw * g_rand_double_range (rand, 0.38, 0.48), ry = ch * g_rand_double_range (rand, 0.38, 0.48);
            pts[v] = (FyPoint) { cx + rx * cos (t), cy + ry * sin (t) };
          }
        g_free (a->name);
        a->name = g_strdup_printf ("车间%d-%d", i + 1, k + 1);
        a->level = g_rand_int_range (rand, 0, FY_ZONE_N_LEVELS);
        a->capacity = g_rand_int_range (rand, 0, 40);
        fy_zone_area_set_points (a, pts, n);
        id = fy_zone_map_add_area (map, a, NULL);
        g_assert_cmpint (id, >, 0);
        if (assign_staff)
          {
            /* From the same sequence: the areas after the first differ
             * from those of the map without staff. */
            int people = g_rand_int_range (rand, 0, 30);
            for (int p = 0; p < people; p++)
              fy_zone_map_assign_staff (map, staff++, id, 0, NULL);
          }
      }
  return map;
}

cairo_status_t
fy_test_append_bytes_cb (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gint64
fy_test_add_gate_truck (FyStore *store, gboolean inside)
{
  static int n;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyGateVisit) v = fy_gate_visit_new (FY_GATE_TRUCK);
  FyGatePerson *p = fy_gate_person_new (FY_GATE_ROLE_DRIVER);
  g_autofree char *first17 = g_strdup_printf ("11010519900101%03d", ++n % 1000);
  gint64 now = fy_now ();
  FyGateCheckIn check = { .admit = TRUE, .at = now };

  fy_test_set_text (&p->name, "王师傅");
  g_free (p->id_number);
  p->id_number = g_strdup_printf ("%s%c", first17, fy_id_number_check_char (first17));
  p->code = FY_CODE_GREEN;
  p->test_at = now - 3600;
  p->test_result = FY_RESULT_NEGATIVE;
  p->temp1 = 365;
  g_free (v->plate);
  v->plate = g_strdup_printf ("京A%05d", n);
  v->planned_at = now + 3600;
  g_ptr_array_add (v->people, p);
  fy_gate_declare (store, v, now, &error);
  g_assert_no_error (error);
  if (inside)
    {
      check.visit = v;
      fy_gate_check_in (store, &check, &error);
      g_assert_no_error (error);
    }
  return v->id;
}
