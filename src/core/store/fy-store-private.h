/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-store-private.h — for core modules that keep their rows in the store.
 * Only files in src/core may include this (and so sqlite3.h). */
#pragma once

#include <sqlite3.h>

#include "fy-store.h"
#include "fy-error.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

sqlite3      *fy_store_get_db          (FyStore      *self);

/* A statement kept for the life of the store, reset and unbound, ready to
 * bind. Borrowed: do not finalize. `sql` must be a string literal (it is the
 * cache key). */
sqlite3_stmt *fy_store_prepare_cached  (FyStore      *self,
                                        const char   *sql,
                                        GError      **error);
/* A one-off statement: caller finalizes (g_autoptr(sqlite3_stmt)). */
sqlite3_stmt *fy_store_prepare         (FyStore      *self,
                                        const char   *sql,
                                        GError      **error);
gboolean      fy_store_exec            (FyStore      *self,
                                        const char   *sql,
                                        GError      **error);
/* Step a statement that returns no row (INSERT/UPDATE/DELETE). */
gboolean      fy_store_step_done       (FyStore      *self,
                                        sqlite3_stmt *stmt,
                                        GError      **error);
/* Step a statement expected to return one row. TRUE on a row (read it, then
 * reset the statement); FALSE with FY_ERROR_NOT_FOUND and `not_found_message`
 * (already translated) when there is none, or with the store's error when
 * SQLite fails. On FALSE the statement is already reset. */
gboolean      fy_store_step_row        (FyStore      *self,
                                        sqlite3_stmt *stmt,
                                        const char   *not_found_message,
                                        GError      **error);
/* Builds one record from the current row of `stmt`; NULL skips the row. */
typedef gpointer (*FyStoreRowFunc) (sqlite3_stmt *stmt,
                                    gpointer      user_data);
/* Step every row of a bound statement into a new array of `from_row`'s
 * records (freed with `free_func`), in the order of the rows; no row gives
 * an empty array. NULL with the store's error when SQLite fails, the rows
 * read so far freed. The statement is reset either way. */
GPtrArray    *fy_store_collect         (FyStore       *self,
                                        sqlite3_stmt  *stmt,
                                        FyStoreRowFunc from_row,
                                        gpointer       user_data,
                                        GDestroyNotify free_func,
                                        GError       **error);
/* Turn the last SQLite failure into a user-readable GError (FALSE always). */
gboolean      fy_store_fail            (FyStore      *self,
                                        int           rc,
                                        GError      **error);
gboolean      fy_store_in_transaction  (FyStore      *self);
/* A write in its own transaction, or joining the caller's (the demo, one
 * domain writing through another): begins only when none is open, and
 * `own` says which. fy_store_end_write then commits and emits `changes`
 * when `ok`, else rolls back — its own transaction only: a caller whose
 * transaction was joined rolls back the whole. Returns `ok` (FALSE also
 * when the commit fails). */
gboolean      fy_store_begin_write     (FyStore       *self,
                                        gboolean      *own,
                                        GError       **error);
gboolean      fy_store_end_write       (FyStore       *self,
                                        gboolean       ok,
                                        gboolean       own,
                                        FyStoreChange  changes,
                                        GError       **error);

/* One audit trail row (who is the store's actor). Pass already-masked
 * values for sensitive fields; NULL old / new values are stored as NULL
 * (an insert has no old value). */
typedef struct
{
  const char *entity;      /* table: "staff", "trip" … */
  gint64      entity_id;
  const char *action;      /* "insert", "update", "delete" … */
  const char *field;       /* "" for the whole row */
  const char *old_value;
  const char *new_value;
} FyAuditEntry;

gboolean      fy_store_audit           (FyStore            *self,
                                        const FyAuditEntry *entry,
                                        GError            **error);

/* Bind helpers: NULL text binds '' (columns are NOT NULL DEFAULT ''). */
void          fy_bind_text             (sqlite3_stmt *stmt,
                                        int           index,
                                        const char   *text);
const char   *fy_column_text           (sqlite3_stmt *stmt,
                                        int           index);

/* Tests only: apply no migration above VERSION (0 = all), to build a
 * database as an older release left it. */
void fy_store_set_migration_limit_for_testing (int version);

G_END_DECLS
