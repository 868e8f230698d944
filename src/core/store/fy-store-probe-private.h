/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-store-probe-private.h — what a database file is, read from its bytes
 * (and its pending write-ahead log) without SQLite, so that a refused file
 * is never touched, and what is done with its files accordingly. Used by
 * fy_store_open and the tests. */
#pragma once

#include <glib.h>

#include "fy-store.h"

G_BEGIN_DECLS

typedef enum
{
  FY_STORE_KIND_MISSING,     /* no file: create */
  FY_STORE_KIND_EMPTY,       /* zero bytes, or SQLite with no schema and no id: initialise */
  FY_STORE_KIND_FANGYI,      /* our application id */
  FY_STORE_KIND_FOREIGN,     /* another id, or tables without our id */
  FY_STORE_KIND_DAMAGED,     /* not an SQLite header */
  FY_STORE_KIND_UNREADABLE,  /* cannot be opened for reading */
} FyStoreKind;

typedef struct
{
  FyStoreKind kind;
  gint32      application_id;
  gint32      user_version;
  gboolean    has_schema;
} FyStoreProbe;

/* Reads the header of `path` as SQLite would see it once its -wal is
 * applied; writes nothing. Returns probe->kind. */
FyStoreKind fy_store_probe (const char *path, FyStoreProbe *probe);

/* fy-store-files.c, for fy_store_open. Admits a file from its bytes:
 * TRUE to go on (*existed when there is data to keep), FALSE with the
 * sentence for a newer, foreign or unreadable file (untouched) or a damaged
 * one (moved aside), or for a path whose database was moved aside before. */
gboolean    fy_store_admit_file        (const char *path,
                                        gboolean   *existed,
                                        GError    **error);
/* PATH.moved-aside: the note naming where a damaged PATH went. Owned. */
char       *fy_store_moved_aside_note_path (const char *path);
/* Renames the file with its -wal / -shm / -journal and leaves the note. */
void        fy_store_move_aside        (const char *path);
/* When the file `name` (a base name in the database's folder) was moved
 * aside from the database at `path` by fy_store_move_aside: TRUE with the
 * time in *at; FALSE for any other file (its -wal / -shm included). */
gboolean    fy_store_aside_time        (const char *path,
                                        const char *name,
                                        gint64     *at);
void        fy_store_set_damaged_error (const char *path,
                                        GError    **error);
/* chmod 0600 the file and whichever sidecars exist. */
void        fy_store_make_private      (const char *path);

G_END_DECLS
