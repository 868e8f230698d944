/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-test-support.h — shared helpers for the test programs. */
#pragma once

#include <cairo.h>

#include "fy-ledger.h"
#include "fy-staff.h"
#include "fy-store.h"
#include "fy-zone-map.h"

G_BEGIN_DECLS

/* Marks an object variable whose reference is the last one when it goes
 * out of scope: it is then released with g_assert_finalize_object (NULL is
 * skipped), so a leaked reference fails the test.
 *   FY_TEST_LAST_REF FyStore *store = fy_test_open_store (); */
#define FY_TEST_LAST_REF __attribute__ ((cleanup (fy_test_finalize_last_ref)))
void      fy_test_finalize_last_ref (gpointer object_pointer);

/* Sets up gettext (build po dir), a fixed "today" if given, and g_test_init. */
void      fy_test_init            (int *argc, char ***argv, const char *today);
/* A fresh temporary directory (removed at exit). Owned. */
char     *fy_test_make_tmpdir     (void);
/* A path named `name` in a fresh temporary directory (owned). */
char     *fy_test_tmp_path        (const char *name);
/* A new migrated database in a fresh temporary directory. */
FyStore  *fy_test_open_store      (void);
/* fy_test_open_store with the demo company (default seed) in it. */
FyStore  *fy_test_open_demo_store (void);
/* Runs /usr/bin/python3 with a script on stdin and args; returns stdout
 * (owned) or NULL and fails the test when it exits non-zero. */
char     *fy_test_run_python      (const char *script, const char *const *args);
/* Runs a python script on a spreadsheet: the script starts with `wb`, the
 * workbook openpyxl read from `xlsx`, and `ws`, its active sheet; its
 * arguments follow in sys.argv[2:]. Returns its output as
 * fy_test_run_python does. */
char     *fy_test_read_xlsx       (const char *xlsx, const char *script, const char *const *more_args);
/* Runs a program found in PATH; returns its stdout (owned) and fails the
 * test when it exits non-zero. */
char     *fy_test_run_tool        (const char *const *argv);
/* pdfinfo: the number of pages, and the "Page size:" text (owned) if asked. */
guint     fy_test_pdf_pages       (const char *path, char **page_size);
/* pdftotext -layout of the whole file (owned). */
char     *fy_test_pdf_text        (const char *path);
/* Entries in a folder (0 when it cannot be read). */
guint     fy_test_count_entries   (const char *dir);

/* The first column of the first row `sql` returns, as an integer (a count). */
gint64    fy_test_query_int       (FyStore *store, const char *sql);
/* The stored setting `key` is `expected`. */
void      fy_test_assert_setting  (FyStore *store, const char *key, const char *expected);
/* There is a "pre-restore" backup of `store`, and in it `key` is `expected`. */
void      fy_test_assert_pre_restore_setting (FyStore *store, const char *key, const char *expected);

/* The roster ledger of `store` (owned); fails the test when it cannot be made. */
FyLedger *fy_test_roster          (FyStore *store, const FyLedgerParams *params);
/* Every row of ledger `id` over `params` as "cell|cell|…\n", with "!"
 * after a highlighted cell. Owned. */
char     *fy_test_ledger_rows     (FyStore *store, const char *id, const FyLedgerParams *params);

/* Replaces an owned string field of a record. */
void      fy_test_set_text        (char **field, const char *value);
/* A new record (owned) with the employee number and name set. */
FyStaff  *fy_test_staff_new       (const char *employee_no, const char *name);
/* Saves one person in its own transaction; fails the test when refused. */
void      fy_test_save_staff      (FyStore *store, FyStaff *staff);

/* Saves a new person with the employee number and name and, after them, a
 * NULL-terminated list of text field name / value pairs ("department",
 * "team", "post", "phone", "id_number", "gender", "note"); returns the id. */
gint64    fy_test_add_staff       (FyStore *store, const char *employee_no, const char *name,
                                   ...) G_GNUC_NULL_TERMINATED;

/* The local instant of `day` (YYYY-MM-DD) at hour:minute. */
gint64    fy_test_at              (const char *day, int hour, int minute);
/* A file of tests/fixtures/FOLDER (owned). */
char     *fy_test_fixture_path    (const char *folder, const char *name);
/* The translation of `msgid` in the app's domain, as the app shows it. */
const char *fy_test_tr            (const char *msgid);

/* Runs the command line in this process: fangyi --database DB ARGS…
 * (NULL-terminated); what it prints goes to *out (owned) when asked, or is
 * dropped. Returns its exit status. */
int       fy_test_run_cli         (const char *database, const char *const *args, char **out);
/* Runs the built program build/src/fangyi [--database DB] ARGS… as a child;
 * its standard output and error in *out and *err (owned) when asked.
 * Returns its exit status (-1 when it did not exit). */
int       fy_test_spawn_cli       (const char *database, const char *const *args, char **out, char **err);

/* Adds a rectangle area (x0, y0)–(x1, y1) at `level`; returns its id. */
gint64    fy_test_add_rect        (FyZoneMap *map, const char *name, FyZoneLevel level,
                                   double x0, double y0, double x1, double y1);
/* The fixed-seed 500-area site (480 × 270 m, a 25 × 20 lattice of jittered
 * polygons) of the zone tests and benchmarks, unsaved; with assign_staff,
 * 0–29 made-up staff ids assigned to each area. Owned. */
FyZoneMap *fy_test_zone_site_map  (gboolean assign_staff);
/* A truck declared now for the next hour, its driver (a new ID number on
 * each call) with a green code, a negative test an hour old and 36.5 °C;
 * admitted at once when `inside`. Returns the visit's id. */
gint64    fy_test_add_gate_truck  (FyStore *store, gboolean inside);
/* A cairo write function appending to a GByteArray (the closure). */
cairo_status_t fy_test_append_bytes_cb (void *closure, const unsigned char *data, unsigned int length);

G_END_DECLS
