/* fy-test-support.h — shared helpers for the test programs. */
#pragma once

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

G_END_DECLS
