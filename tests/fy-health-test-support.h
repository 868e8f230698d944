/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-health-test-support.h — helpers shared by the health and daily report
 * tests (fy-health-test-support.c, in the test support library): a fixed
 * time zone, people with a team and post, a fingerprint of every health
 * table, and a check that a query plan scans no big table. */
#pragma once

#include "fy-test-support.h"

G_BEGIN_DECLS

/* Fixed local time zone (China Standard Time, no DST) for exact instants,
 * then fy_test_init; must run before anything asks GLib or SQLite for the
 * local zone. */
void    fy_test_health_init         (int *argc, char ***argv, const char *today);
/* Saves a person with department, team, post and the high-contact flag. */
gint64  fy_test_add_person_full     (FyStore *store, const char *no, const char *name, const char *department,
                                     const char *team, const char *post, gboolean high_contact);
/* The same in team 甲班 as an 操作工, not high-contact. */
gint64  fy_test_add_person          (FyStore *store, const char *no, const char *name, const char *department);
/* A fingerprint of every health table (owned): equal before and after a
 * refused action means nothing was written. */
char   *fy_test_health_snapshot     (FyStore *store);
/* The person's status code (owned). */
char   *fy_test_staff_status        (FyStore *store, gint64 id);
/* Fails when a line of the query plan scans one of the named tables (or
 * aliases), NULL-terminated. */
void    fy_test_assert_plan_no_scan (const char *plan, const char *const *names);

G_END_DECLS
