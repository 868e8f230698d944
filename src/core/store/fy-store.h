/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-store.h — the company database: one SQLite file.
 *
 * Opening applies the pragmas, checks integrity and identity, refuses a
 * database from a newer Fangyi and migrates an older one (after a verified
 * backup). Domain modules (staff, health, zones…) talk SQL through
 * fy-store-private.h; nothing above core sees sqlite3. */
#pragma once

#include <glib-object.h>

#include "fy-types.h"

G_BEGIN_DECLS

#define FY_TYPE_STORE (fy_store_get_type ())
G_DECLARE_FINAL_TYPE (FyStore, fy_store, FY, STORE, GObject)

/* 'FANG' — marks a file as a Fangyi database. */
#define FY_STORE_APPLICATION_ID 0x46414E47

char     *fy_store_default_path      (void);
FyStore  *fy_store_open              (const char  *path,
                                      GError     **error);
/* A second, read-only connection for a worker thread (exports): no checks,
 * no migrations; the database must already be open in the app. */
FyStore  *fy_store_open_reader       (const char  *path,
                                      GError     **error);
/* A second read-write connection for a worker thread (retention purge):
 * the privacy pragmas, no checks, no migrations; the app has the database
 * open already. */
FyStore  *fy_store_open_worker       (const char  *path,
                                      GError     **error);
const char *fy_store_get_path        (FyStore     *self);
/* After a damaged database was moved aside, a note beside its path names
 * where it went; fy_store_open then refuses to start an empty database in
 * its place until a restore or an explicit "new database" forgets it.
 * fy_store_get_moved_aside: the aside path (owned) or NULL. */
char     *fy_store_get_moved_aside   (const char  *path);
void      fy_store_forget_moved_aside (const char *path);
int       fy_store_get_schema_version (FyStore    *self);
int       fy_store_get_latest_version (void);
gboolean  fy_store_is_empty          (FyStore     *self);
gboolean  fy_store_check             (FyStore     *self,
                                      char       **report,
                                      GError     **error);
void      fy_store_close             (FyStore     *self);

/* Transactions: every user action that writes is exactly one. */
gboolean  fy_store_begin             (FyStore     *self,
                                      GError     **error);
gboolean  fy_store_commit            (FyStore     *self,
                                      GError     **error);
void      fy_store_rollback          (FyStore     *self);

/* Company settings (travel with the data). Getters return owned strings;
 * a missing key gives the documented default. */
char     *fy_store_get_setting       (FyStore     *self,
                                      const char  *key);
int       fy_store_get_setting_int   (FyStore     *self,
                                      const char  *key);
gboolean  fy_store_set_setting       (FyStore     *self,
                                      const char  *key,
                                      const char  *value,
                                      GError     **error);

/* What a write changed, as the "changed" signal carries it: listeners test
 * bits. ALL is every bit (demo, restore, purge): a listener that must tell a
 * wholesale change apart compares for equality. */
typedef enum /*< flags >*/
{
  FY_STORE_CHANGE_STAFF      = 1 << 0,   /* roster, statuses, vaccinations */
  FY_STORE_CHANGE_HEALTH     = 1 << 1,   /* readings, follow-ups */
  FY_STORE_CHANGE_TESTS      = 1 << 2,   /* rounds, results, cadence */
  FY_STORE_CHANGE_TRIPS      = 1 << 3,
  FY_STORE_CHANGE_QUARANTINE = 1 << 4,
  FY_STORE_CHANGE_ZONES      = 1 << 5,
  FY_STORE_CHANGE_SETTINGS   = 1 << 6,
  FY_STORE_CHANGE_SUPPLIES   = 1 << 7,   /* items, batches, movements */
  FY_STORE_CHANGE_PLANS      = 1 << 8,   /* task force, plans, checklists, drills, emergencies */
  FY_STORE_CHANGE_DISINFECTION = 1 << 9, /* schedules and entries of the disinfection log */
  FY_STORE_CHANGE_ABSENCE    = 1 << 10,  /* leave, sick leave, business trips */
  FY_STORE_CHANGE_GATE       = 1 << 11,  /* visitors, trucks, outsiders, events */
  FY_STORE_CHANGE_ALL        = FY_STORE_CHANGE_STAFF | FY_STORE_CHANGE_HEALTH | FY_STORE_CHANGE_TESTS
                               | FY_STORE_CHANGE_TRIPS | FY_STORE_CHANGE_QUARANTINE | FY_STORE_CHANGE_ZONES
                               | FY_STORE_CHANGE_SETTINGS | FY_STORE_CHANGE_SUPPLIES | FY_STORE_CHANGE_PLANS
                               | FY_STORE_CHANGE_DISINFECTION | FY_STORE_CHANGE_ABSENCE
                               | FY_STORE_CHANGE_GATE,
} FyStoreChange;

#define FY_TYPE_STORE_CHANGE (fy_store_change_get_type ())
GType     fy_store_change_get_type   (void) G_GNUC_CONST;

/* Tells listeners (the window's pages) what changed: emits "changed" with
 * the FyStoreChange flags as its one argument. */
void      fy_store_emit_changed      (FyStore       *self,
                                      FyStoreChange  change);

/* The current operator: who is making changes. Every write stamps it
 * (entered_by, changed_by, the audit trail …). Until one is set (NULL or
 * blank goes back to the default) it is the 填表人 of Preferences, the
 * setting "officer". */
void        fy_store_set_actor       (FyStore     *self,
                                      const char  *actor);
const char *fy_store_get_actor       (FyStore     *self);
/* Whether an operator was set (else the default is in force). */
gboolean    fy_store_has_operator    (FyStore     *self);

G_END_DECLS
