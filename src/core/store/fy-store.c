/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-store.c — opening, checking, migrating and transacting on the database. */
#include "config.h"

#include <errno.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "fy-atomic-file.h"
#include "fy-backup.h"
#include "fy-clock.h"
#include "fy-store-private.h"
#include "fy-store-probe-private.h"

#define SCHEMA_RESOURCE_DIR RESOURCE_BASE "/schema/"

struct _FyStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *actor;
  char       *default_actor;      /* the setting "officer", read once; NULL = not read */
  GHashTable *cached;       /* const char *sql → sqlite3_stmt* */
  int         schema_version;
  gboolean    owns_open_marker;   /* the main connection: marks clean closes */
};

G_DEFINE_FINAL_TYPE (FyStore, fy_store, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Documented defaults of the company settings. */
static const struct { const char *key; const char *value; } setting_defaults[] = {
  { "company.name", "" },
  { "company.address", "" },
  { "company.phone", "" },
  { "officer", "" },
  { "reviewer", "" },
  { "fever_line", "373" },             /* tenths of °C: ≥ 37.3 is fever */
  { "cadence.default_hours", "48" },
  { "cadence.high_contact_hours", "24" },
  { "backup.keep", "10" },
  { "retention_days", "0" },           /* 0 = keep everything */
};

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
fy_store_finalize (GObject *object)
{
  FyStore *self = FY_STORE (object);

  fy_store_close (self);
  g_clear_pointer (&self->cached, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->actor, g_free);
  g_clear_pointer (&self->default_actor, g_free);
  G_OBJECT_CLASS (fy_store_parent_class)->finalize (object);
}

static void
fy_store_class_init (FyStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_store_finalize;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, FY_TYPE_STORE_CHANGE);
}

GType
fy_store_change_get_type (void)
{
  static gsize type_id = 0;
  /* The nicks are the words the signal carried before it was typed; "all"
   * comes first so that g_flags_get_first_value() names a wholesale change. */
  static const GFlagsValue values[] = {
    { FY_STORE_CHANGE_ALL, "FY_STORE_CHANGE_ALL", "all" },
    { FY_STORE_CHANGE_STAFF, "FY_STORE_CHANGE_STAFF", "staff" },
    { FY_STORE_CHANGE_HEALTH, "FY_STORE_CHANGE_HEALTH", "health" },
    { FY_STORE_CHANGE_TESTS, "FY_STORE_CHANGE_TESTS", "tests" },
    { FY_STORE_CHANGE_TRIPS, "FY_STORE_CHANGE_TRIPS", "trips" },
    { FY_STORE_CHANGE_QUARANTINE, "FY_STORE_CHANGE_QUARANTINE", "quarantine" },
    { FY_STORE_CHANGE_ZONES, "FY_STORE_CHANGE_ZONES", "zones" },
    { FY_STORE_CHANGE_SETTINGS, "FY_STORE_CHANGE_SETTINGS", "settings" },
    { FY_STORE_CHANGE_PLANS, "FY_STORE_CHANGE_PLANS", "plans" },
    { FY_STORE_CHANGE_SUPPLIES, "FY_STORE_CHANGE_SUPPLIES", "supplies" },
    { FY_STORE_CHANGE_DISINFECTION, "FY_STORE_CHANGE_DISINFECTION", "disinfection" },
    { FY_STORE_CHANGE_ABSENCE, "FY_STORE_CHANGE_ABSENCE", "absence" },
    { FY_STORE_CHANGE_GATE, "FY_STORE_CHANGE_GATE", "gate" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_flags_register_static (g_intern_static_string ("FyStoreChange"),
                                                          values));
  return type_id;
}

void
fy_store_emit_changed (FyStore *self, FyStoreChange change)
{
  g_return_if_fail (FY_IS_STORE (self));
  g_return_if_fail (change != 0 && (change & ~FY_STORE_CHANGE_ALL) == 0);
  /* A restore or new settings may bring another 填表人. */
  if (change & FY_STORE_CHANGE_SETTINGS)
    g_clear_pointer (&self->default_actor, g_free);
  g_signal_emit (self, signals[CHANGED], 0, change);
}

static void
fy_store_init (FyStore *self)
{
  self->cached = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                        finalize_statement);
}

static void set_open_marker (FyStore *self, const char *value);

void
fy_store_close (FyStore *self)
{
  g_return_if_fail (FY_IS_STORE (self));

  g_hash_table_remove_all (self->cached);
  if (self->db != NULL)
    {
      if (self->owns_open_marker && !fy_store_in_transaction (self))
        set_open_marker (self, "0");
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
}

char *
fy_store_default_path (void)
{
  const char *env = g_getenv ("FANGYI_DATABASE");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "fangyi", "fangyi.db", NULL);
}

const char *
fy_store_get_path (FyStore *self)
{
  return self->path;
}

sqlite3 *
fy_store_get_db (FyStore *self)
{
  return self->db;
}

void
fy_store_set_actor (FyStore *self, const char *actor)
{
  g_autofree char *name = actor ? g_strstrip (g_strdup (actor)) : NULL;

  g_free (self->actor);
  self->actor = name && *name ? g_steal_pointer (&name) : NULL;
}

const char *
fy_store_get_actor (FyStore *self)
{
  if (self->actor)
    return self->actor;
  if (self->default_actor == NULL)
    {
      self->default_actor = self->db ? fy_store_get_setting (self, "officer") : NULL;
      if (self->default_actor == NULL)
        self->default_actor = g_strdup ("");
    }
  return self->default_actor;
}

gboolean
fy_store_has_operator (FyStore *self)
{
  return self->actor != NULL;
}

gboolean
fy_store_fail (FyStore *self, int rc, GError **error)
{
  int primary = rc & 0xff;
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  int sys_errno = self->db ? sqlite3_system_errno (self->db) : 0;

  if ((primary == SQLITE_IOERR || primary == SQLITE_FULL) && sys_errno == EFBIG)
    fy_set_file_size_limit_error (error);
  else if (primary == SQLITE_FULL || (rc == SQLITE_IOERR_WRITE && (sys_errno == ENOSPC || sys_errno == EDQUOT)))
    g_set_error (error, FY_ERROR, FY_ERROR_DISK_FULL,
                 _("The disk is full, so the change was not saved. Free some space and try again; nothing already saved was lost."));
  else if (primary == SQLITE_CONSTRAINT)
    g_set_error (error, FY_ERROR, FY_ERROR_CONFLICT,
                 _("The change breaks a rule of the database and was not saved (%s)."), detail);
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    g_set_error (error, FY_ERROR, FY_ERROR_STORE,
                 _("The database is busy in another window or program. Close it and try again."));
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, FY_ERROR, FY_ERROR_CORRUPT,
                 _("The database file is damaged (%s). Restore a backup."), detail);
  else
    g_set_error (error, FY_ERROR, FY_ERROR_STORE,
                 _("The database reported an error: %s."), detail);
  return FALSE;
}

sqlite3_stmt *
fy_store_prepare (FyStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      g_critical ("SQL does not prepare: %s", sqlite3_errmsg (self->db));
      fy_store_fail (self, rc, error);
      return NULL;
    }
  return stmt;
}

sqlite3_stmt *
fy_store_prepare_cached (FyStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->cached, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_critical ("SQL does not prepare: %s", sqlite3_errmsg (self->db));
      fy_store_fail (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->cached, (gpointer) sql, stmt);
  return stmt;
}

gboolean
fy_store_exec (FyStore *self, const char *sql, GError **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return fy_store_fail (self, rc, error);
  return TRUE;
}

gboolean
fy_store_step_done (FyStore *self, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return fy_store_fail (self, rc, error);
  return TRUE;
}

gboolean
fy_store_step_row (FyStore      *self,
                   sqlite3_stmt *stmt,
                   const char   *not_found_message,
                   GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, FY_ERROR, FY_ERROR_NOT_FOUND, not_found_message);
  else
    fy_store_fail (self, rc, error);
  sqlite3_reset (stmt);
  return FALSE;
}

GPtrArray *
fy_store_collect (FyStore       *self,
                  sqlite3_stmt  *stmt,
                  FyStoreRowFunc from_row,
                  gpointer       user_data,
                  GDestroyNotify free_func,
                  GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (free_func);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gpointer record = from_row (stmt, user_data);
      if (record != NULL)
        g_ptr_array_add (list, record);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      fy_store_fail (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

void
fy_bind_text (sqlite3_stmt *stmt, int index, const char *text)
{
  sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

const char *
fy_column_text (sqlite3_stmt *stmt, int index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);
  return text ? text : "";
}

gboolean
fy_store_in_transaction (FyStore *self)
{
  return !sqlite3_get_autocommit (self->db);
}

gboolean
fy_store_begin_write (FyStore *self, gboolean *own, GError **error)
{
  *own = !fy_store_in_transaction (self);
  return !*own || fy_store_begin (self, error);
}

gboolean
fy_store_end_write (FyStore *self, gboolean ok, gboolean own, FyStoreChange changes, GError **error)
{
  if (!own)
    return ok;
  if (!ok)
    {
      fy_store_rollback (self);
      return FALSE;
    }
  if (!fy_store_commit (self, error))
    return FALSE;
  fy_store_emit_changed (self, changes);
  return TRUE;
}

gboolean
fy_store_begin (FyStore *self, GError **error)
{
  return fy_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
fy_store_commit (FyStore *self, GError **error)
{
  if (!fy_store_exec (self, "COMMIT", error))
    {
      fy_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
fy_store_rollback (FyStore *self)
{
  if (self->db != NULL && fy_store_in_transaction (self))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
fy_store_audit (FyStore *self, const FyAuditEntry *entry, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (self,
      "INSERT INTO audit (at, actor, entity, entity_id, action, field, old_value, new_value)"
      " VALUES (fy_now (), ?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, fy_store_get_actor (self));
  fy_bind_text (stmt, 2, entry->entity);
  sqlite3_bind_int64 (stmt, 3, entry->entity_id);
  fy_bind_text (stmt, 4, entry->action);
  fy_bind_text (stmt, 5, entry->field);
  if (entry->old_value)
    sqlite3_bind_text (stmt, 6, entry->old_value, -1, SQLITE_TRANSIENT);
  if (entry->new_value)
    sqlite3_bind_text (stmt, 7, entry->new_value, -1, SQLITE_TRANSIENT);
  return fy_store_step_done (self, stmt, error);
}

static int
pragma_int (sqlite3 *db, const char *sql, int *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  if (rc_out)
    *rc_out = rc;
  return value;
}

/* Ordered migration names from the resource bundle: NNN-name.sql. */
static char **
list_migrations (void)
{
  char **names = g_resources_enumerate_children (SCHEMA_RESOURCE_DIR, 0, NULL);
  gsize n;

  if (names == NULL)
    return g_new0 (char *, 1);
  n = g_strv_length (names);
  /* Zero-padded NNN- prefixes: byte order is version order. */
  for (gsize i = 1; i < n; i++)
    for (gsize j = i; j > 0 && strcmp (names[j - 1], names[j]) > 0; j--)
      {
        char *t = names[j];
        names[j] = names[j - 1];
        names[j - 1] = t;
      }
  return names;
}

static int
migration_number (const char *name)
{
  return (int) g_ascii_strtoll (name, NULL, 10);
}

int
fy_store_get_latest_version (void)
{
  g_auto(GStrv) names = list_migrations ();
  guint n = g_strv_length (names);

  return n ? migration_number (names[n - 1]) : 0;
}

int
fy_store_get_schema_version (FyStore *self)
{
  return self->schema_version;
}

static gboolean
apply_migration (FyStore *self, const char *name, GError **error)
{
  g_autofree char *resource = g_strconcat (SCHEMA_RESOURCE_DIR, name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, error);
  g_autofree char *sql = NULL;
  g_autofree char *bump = NULL;
  int version = migration_number (name);

  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  bump = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                          version, FY_STORE_APPLICATION_ID);
  if (!fy_store_begin (self, error))
    return FALSE;
  if (!fy_store_exec (self, sql, error) || !fy_store_exec (self, bump, error))
    {
      g_prefix_error (error, _("Upgrading the database (step %s) failed: "), name);
      fy_store_rollback (self);
      return FALSE;
    }
  if (!fy_store_commit (self, error))
    return FALSE;
  self->schema_version = version;
  return TRUE;
}

/* Tests build a database as an older release left it (0 = no limit). */
static int migration_limit;

void
fy_store_set_migration_limit_for_testing (int version)
{
  migration_limit = version;
}

static gboolean
migrate (FyStore *self, gboolean existed, GError **error)
{
  g_auto(GStrv) names = list_migrations ();
  int latest = fy_store_get_latest_version ();

  if (self->schema_version >= latest)
    return TRUE;

  /* Keep a verified copy of the data as it was before any schema change. */
  if (existed && self->schema_version > 0)
    {
      g_autofree char *backup = NULL;
      if (!fy_backup_create (self, "pre-upgrade", &backup, error))
        {
          g_prefix_error (error, _("The database was not upgraded because the safety backup failed: "));
          return FALSE;
        }
    }

  for (guint i = 0; names[i]; i++)
    if (migration_number (names[i]) > self->schema_version
        && (migration_limit == 0 || migration_number (names[i]) <= migration_limit))
      if (!apply_migration (self, names[i], error))
        return FALSE;
  return TRUE;
}

#define OPEN_MARKER_KEY "store.open"

/* The marker is "0" after fy_store_close, "1" while a session has it open. */
static gboolean
closed_cleanly (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gboolean clean = FALSE;

  if (sqlite3_prepare_v2 (db, "SELECT value FROM setting WHERE key = '" OPEN_MARKER_KEY "'", -1, &stmt, NULL)
      == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    clean = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "0") == 0;
  sqlite3_finalize (stmt);
  return clean;
}

static void
set_open_marker (FyStore *self, const char *value)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, "INSERT INTO setting (key, value) VALUES ('" OPEN_MARKER_KEY "', ?1)"
                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
}

/* Checks a file the probe accepted as ours (its identity and version are
 * settled from its bytes): that SQLite can read it, and all its pages
 * after a session that did not close it. */
static gboolean
check_identity (FyStore *self, GError **error)
{
  int rc = SQLITE_OK;
  int version = pragma_int (self->db, "PRAGMA user_version", &rc);

  if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
    goto damaged;
  if (rc != SQLITE_OK)
    return fy_store_fail (self, rc, error);
  /* quick_check reads every page: ~1 s for a year of a 2,000-person plant,
   * 12 s for 10,000 people. Run it only when the last session did not close
   * the database (a crash, a power cut, another program); a cleanly closed
   * file is verified page by page by the daily backup (VACUUM INTO, then
   * quick_check of the copy). */
  if (!closed_cleanly (self->db))
  {
    sqlite3_stmt *stmt = NULL;
    gboolean ok = FALSE;
    rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &stmt, NULL);
    if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
      ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
    sqlite3_finalize (stmt);
    if (!ok)
      goto damaged;
  }
  self->schema_version = version;
  return TRUE;

damaged:
  /* The connection was opened with checkpoint-on-close off: the log goes
   * aside as it was, not merged into the damaged file. */
  sqlite3_close_v2 (self->db);
  self->db = NULL;
  fy_store_move_aside (self->path);
  fy_store_set_damaged_error (self->path, error);
  return FALSE;
}

/* SQL fy_now (): fy_now (), Unix seconds. */
static void
sql_fy_now (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  sqlite3_result_int64 (context, fy_now ());
}

/* Opens the connection with `flags`; both kinds of store want extended
 * result codes and to wait a while for another connection's lock. */
static gboolean
open_connection (FyStore *self, const char *path, int flags, GError **error)
{
  int rc = sqlite3_open_v2 (path, &self->db, flags, NULL);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_IO, _("Cannot open the database “%s”: %s."),
                   path, self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);
  /* Row stamps come from fy-clock, like every other time the app writes,
   * so a pinned clock (tests, FANGYI_NOW) pins them too. */
  sqlite3_create_function (self->db, "fy_now", 0, SQLITE_UTF8 | SQLITE_DIRECTONLY, NULL, sql_fy_now, NULL, NULL);
  return TRUE;
}

FyStore *
fy_store_open (const char *path, GError **error)
{
  g_autoptr(FyStore) self = NULL;
  gboolean memory;
  gboolean existed = FALSE;
  gboolean ok;
  mode_t old_mask;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (FY_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  memory = g_str_equal (path, ":memory:");

  if (!memory)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved = errno;
          g_set_error (error, FY_ERROR, FY_ERROR_IO, _("Cannot create the folder “%s”: %s."),
                       dir, g_strerror (saved));
          return NULL;
        }
      if (!fy_store_admit_file (path, &existed, error))
        return NULL;
      fy_store_make_private (path);
      fy_backup_remove_stale (path);
      fy_backup_watch_temp_files (path);
    }

  /* Whatever SQLite creates from here on (the file, -wal, -shm) is 0600. */
  old_mask = umask (077);
  ok = open_connection (self, path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
  /* Until the file is accepted, closing must not merge its log into it. */
  if (ok)
    sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  ok = ok && (!existed || check_identity (self, error));
  ok = ok && fy_store_exec (self,
                            "PRAGMA foreign_keys = ON;"
                            "PRAGMA secure_delete = ON;"
                            "PRAGMA trusted_schema = OFF;"
                            "PRAGMA synchronous = FULL;", error);
  ok = ok && (memory || fy_store_exec (self, "PRAGMA journal_mode = WAL;", error));
  umask (old_mask);
  if (!ok)
    return NULL;
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
  if (!memory)
    g_chmod (path, 0600);

  if (!migrate (self, existed, error))
    return NULL;
  if (!memory)
    {
      set_open_marker (self, "1");
      self->owns_open_marker = TRUE;
    }
  return g_steal_pointer (&self);
}

FyStore *
fy_store_open_reader (const char *path, GError **error)
{
  g_autoptr(FyStore) self = g_object_new (FY_TYPE_STORE, NULL);

  self->path = g_strdup (path);
  if (!open_connection (self, path, SQLITE_OPEN_READONLY, error))
    return NULL;
  self->schema_version = pragma_int (self->db, "PRAGMA user_version", NULL);
  if (!fy_store_exec (self, "PRAGMA trusted_schema = OFF;", error))
    return NULL;
  return g_steal_pointer (&self);
}

FyStore *
fy_store_open_worker (const char *path, GError **error)
{
  g_autoptr(FyStore) self = g_object_new (FY_TYPE_STORE, NULL);

  self->path = g_strdup (path);
  if (!open_connection (self, path, SQLITE_OPEN_READWRITE, error))
    return NULL;
  self->schema_version = pragma_int (self->db, "PRAGMA user_version", NULL);
  if (!fy_store_exec (self,
                      "PRAGMA foreign_keys = ON;"
                      "PRAGMA secure_delete = ON;"
                      "PRAGMA trusted_schema = OFF;"
                      "PRAGMA synchronous = FULL;", error))
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
fy_store_is_empty (FyStore *self)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (self, "SELECT NOT EXISTS (SELECT 1 FROM staff)", NULL);
  gboolean empty = TRUE;

  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    empty = sqlite3_column_int (stmt, 0) != 0;
  if (stmt)
    sqlite3_reset (stmt);
  return empty;
}

gboolean
fy_store_check (FyStore *self, char **report, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = fy_store_prepare (self, "PRAGMA integrity_check", error);
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean ok = TRUE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = fy_column_text (stmt, 0);
      if (!g_str_equal (line, "ok"))
        ok = FALSE;
      g_string_append_printf (text, "%s\n", line);
    }
  if (rc != SQLITE_DONE)
    return fy_store_fail (self, rc, error);

  {
    g_autoptr(sqlite3_stmt) fk = fy_store_prepare (self, "PRAGMA foreign_key_check", error);
    if (fk == NULL)
      return FALSE;
    while (sqlite3_step (fk) == SQLITE_ROW)
      {
        ok = FALSE;
        g_string_append_printf (text, "foreign key: %s row %lld\n",
                                fy_column_text (fk, 0), (long long) sqlite3_column_int64 (fk, 1));
      }
  }
  if (report)
    *report = g_string_free (g_steal_pointer (&text), FALSE);
  if (!ok)
    g_set_error (error, FY_ERROR, FY_ERROR_CORRUPT,
                 _("The database failed its integrity check. Restore a backup."));
  return ok;
}

static const char *
setting_default (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (setting_defaults); i++)
    if (g_str_equal (setting_defaults[i].key, key))
      return setting_defaults[i].value;
  return "";
}

char *
fy_store_get_setting (FyStore *self, const char *key)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (self, "SELECT value FROM setting WHERE key = ?1", NULL);
  char *value = NULL;

  if (stmt != NULL)
    {
      fy_bind_text (stmt, 1, key);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        value = g_strdup (fy_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  return value ? value : g_strdup (setting_default (key));
}

int
fy_store_get_setting_int (FyStore *self, const char *key)
{
  g_autofree char *value = fy_store_get_setting (self, key);
  return (int) g_ascii_strtoll (value, NULL, 10);
}

gboolean
fy_store_set_setting (FyStore *self, const char *key, const char *value, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (self,
      "INSERT INTO setting (key, value) VALUES (?1, ?2)"
      " ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, key);
  fy_bind_text (stmt, 2, value);
  if (g_strcmp0 (key, "officer") == 0)
    g_clear_pointer (&self->default_actor, g_free);
  return fy_store_step_done (self, stmt, error);
}
