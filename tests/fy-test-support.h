/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-test-support.h — shared helpers for the test programs. */
#pragma once

#include "fy-ledger.h"
#include "fy-staff.h"
#include "fy-store.h"

G_BEGIN_DECLS

/* Sets up gettext (build po dir), a fixed "today" if given, and g_test_init. */
void      fy_test_init            (int *argc, char ***argv, const char *today);
/* A fresh temporary directory (removed at exit). Owned. */
char     *fy_test_make_tmpdir     (void);
/* A new migrated database in a fresh temporary directory. */
FyStore  *fy_test_open_store      (void);
/* Runs /usr/bin/python3 with a script on stdin and args; returns stdout
 * (owned) or NULL and fails the test when it exits non-zero. */
char     *fy_test_run_python      (const char *script, const char *const *args);
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

/* Replaces an owned string field of a record. */
void      fy_test_set_text        (char **field, const char *value);
/* A new record (owned) with the employee number and name set. */
FyStaff  *fy_test_staff_new       (const char *employee_no, const char *name);
/* Saves one person in its own transaction; fails the test when refused. */
void      fy_test_save_staff      (FyStore *store, FyStaff *staff);

G_END_DECLS
