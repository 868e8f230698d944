/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-plans-private.h — validation shared by the plans domain's files and
 * its tests: each returns the cleaned values or FALSE with a translated
 * message, and runs before any BEGIN. */
#pragma once

#include "fy-plans.h"
#include "fy-store.h"

G_BEGIN_DECLS

/* A required text of at most `max` characters, normalised (owned). */
char     *fy_plans_required_text   (const char  *input,
                                    guint        max,
                                    const char  *what,
                                    GError     **error);
/* An optional text, normalised (owned, "" for NULL). */
char     *fy_plans_optional_text   (const char  *input,
                                    guint        max,
                                    const char  *what,
                                    GError     **error);
/* Checks an action: problem given, deadline a date not before the day it
 * was raised. Fills the canonical deadline and raised day (owned). */
gboolean  fy_action_validate       (const FyActionInput *input,
                                    char       **deadline,
                                    char       **raised_on,
                                    GError     **error);
/* Reads a file to keep in the database: a regular file of at most
 * FY_PLAN_FILE_MAX_BYTES. */
GBytes   *fy_plans_read_attachment (const char  *path,
                                    GError     **error);

/* Ends a write begun with fy_store_begin: commits when `ok`, else (or when
 * the commit fails) rolls back; announces `change` after a commit. */
gboolean  fy_plans_commit          (FyStore       *store,
                                    gboolean       ok,
                                    FyStoreChange  change,
                                    GError       **error);

G_END_DECLS
