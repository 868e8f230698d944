/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-staff-import.h — the staff roster from an HR export (CSV), in two steps:
 *
 * 1. parse: decode (UTF-8 with or without BOM, UTF-16 with BOM, else
 *    GB18030/GBK), sniff the delimiter (tab or comma), read RFC 4180 records,
 *    map the column titles, turn every row into an FyStaff and validate it.
 *    Writes nothing: the result is a preview listing every row with its
 *    errors.
 * 2. apply: writes the valid rows in ONE transaction — all of them only when
 *    every row is valid, or, when the user asked for it, only the valid ones.
 *
 * A row whose employee number is already in the roster UPDATES that person,
 * changing only the columns present in the file (with audit rows). Blank
 * cells of a present column clear that field, except 状态 (status): a blank
 * status keeps the stored one (new people are on site), so a sparse HR file
 * never ends someone's isolation by accident. */
#pragma once

#include <gio/gio.h>

#include "fy-staff.h"
#include "fy-store.h"
#include "fy-types.h"

G_BEGIN_DECLS


/* One data row of the file. Read-only for callers. */
typedef struct
{
  guint         line;        /* physical line where the record starts (titles = line 1) */
  FyStaff      *staff;       /* what would be saved; for updates the stored record
                              * with the file's columns applied */
  char         *error;       /* NULL when valid; else translated "Column: problem" sentences */
  char         *warning;     /* a valid row worth a look (a phone prefix no operator has), or NULL */
  FyStaffField  field;       /* first field in error (NONE when not a field of FyStaff) */
  gboolean      is_update;   /* the employee number is already in the roster */
  gboolean      unchanged;   /* an update that would change nothing */
} FyStaffImportRow;

/* Parses and validates. `store` is only read (one query for the roster);
 * it may be a reader connection (fy_store_open_reader) in a worker thread.
 * Fails with FY_ERROR_INVALID for a file that is empty, not text, has no
 * data row, or lacks the 姓名 / 工号 columns (the message lists the
 * recognised titles); FY_ERROR_CANCELLED when cancelled. */
FyStaffImport          *fy_staff_import_parse              (FyStore        *store,
                                                             GBytes         *contents,
                                                             GCancellable   *cancellable,
                                                             GError        **error);
FyStaffImport          *fy_staff_import_parse_file         (FyStore        *store,
                                                             const char     *path,
                                                             GCancellable   *cancellable,
                                                             GError        **error);
void                    fy_staff_import_free               (FyStaffImport  *import);

/* "UTF-8", "UTF-8 (BOM)", "UTF-16 (BOM)" or "GB18030". Borrowed. */
const char             *fy_staff_import_get_encoding       (FyStaffImport  *import);
/* ',' or '\t'. */
char                    fy_staff_import_get_delimiter      (FyStaffImport  *import);
const char * const     *fy_staff_import_get_ignored_headers (FyStaffImport *import);

guint                   fy_staff_import_get_n_rows         (FyStaffImport  *import);
/* Borrowed; i < n_rows. */
const FyStaffImportRow *fy_staff_import_get_row            (FyStaffImport  *import,
                                                             guint           i);
guint                   fy_staff_import_get_n_valid        (FyStaffImport  *import);
guint                   fy_staff_import_get_n_invalid      (FyStaffImport  *import);
/* Among the valid rows: new people, real updates, updates changing nothing. */
guint                   fy_staff_import_get_n_new          (FyStaffImport  *import);
guint                   fy_staff_import_get_n_updates      (FyStaffImport  *import);
guint                   fy_staff_import_get_n_unchanged    (FyStaffImport  *import);

/* Writes the valid rows in one transaction; any failure rolls everything
 * back. Refuses (FY_ERROR_INVALID, nothing written) when some rows are
 * invalid and !valid_only, or when no row is valid. Each row is merged with
 * the roster as it is now (not as it was at parse time) and checked again.
 * Emits "changed" (FY_STORE_CHANGE_STAFF) on success. n_new / n_updated may be NULL. */
gboolean                fy_staff_import_apply              (FyStore        *store,
                                                             FyStaffImport  *import,
                                                             gboolean        valid_only,
                                                             guint          *n_new,
                                                             guint          *n_updated,
                                                             GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyStaffImport, fy_staff_import_free)

G_END_DECLS
